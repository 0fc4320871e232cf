// Where the seed corpus is, for the tests and benchmarks that read it.
//
// Tests run from the repository root (CTest's working directory), so the
// shared folder beside the checkout is ../shared; $CHECKER_CORPUS_DIR
// points anywhere else.
//
//   const std::string seeds = checker::testing::SeedCorpusDir();
//   if (seeds.empty()) GTEST_SKIP() << "seed corpus not found ...";
#ifndef CHECKER_TESTS_TESTING_SEED_CORPUS_H_
#define CHECKER_TESTS_TESTING_SEED_CORPUS_H_

#include <cstdlib>
#include <filesystem>
#include <string>
#include <system_error>

namespace checker::testing {

// The seeds folder: $CHECKER_CORPUS_DIR, ../shared/corpus/seeds or
// /work/shared/corpus/seeds, the first that is a directory; "" if none.
inline std::string SeedCorpusDir() {
  const char* env = std::getenv("CHECKER_CORPUS_DIR");
  for (const char* dir :
       {env, "../shared/corpus/seeds", "/work/shared/corpus/seeds"}) {
    std::error_code ec;
    if (dir != nullptr && *dir != '\0' &&
        std::filesystem::is_directory(dir, ec)) {
      return dir;
    }
  }
  return "";
}

}  // namespace checker::testing

#endif  // CHECKER_TESTS_TESTING_SEED_CORPUS_H_
