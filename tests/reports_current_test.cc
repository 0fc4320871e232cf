// The committed reports/ are current: regenerating them from claims/ with
// `checker report claims --out TMP` gives the same bytes, file by file.
// Skipped (with a message) while the repository has no reports/ yet.
#include <cstdlib>
#include <filesystem>
#include <string>

#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "gtest/gtest.h"
#include "tests/report_test_util.h"

namespace checker {
namespace {

TEST(ReportsCurrentTest, CommittedReportsMatchARegeneration) {
  if (!std::filesystem::is_directory("reports") ||
      !std::filesystem::is_directory("claims")) {
    GTEST_SKIP() << "no reports/ or claims/ in the repository yet";
  }
  const char* bin = std::getenv("CHECKER_BINARY_DIR");
  std::string out = MakeTempDir();
  CommandResult result =
      RunCommand(absl::StrCat(bin == nullptr ? "build" : bin,
                              "/bin/checker report claims --out ", out));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  int compared = 0;
  for (const auto& entry : std::filesystem::directory_iterator(out)) {
    std::string name = entry.path().filename().string();
    absl::StatusOr<std::string> committed =
        ReadFile(absl::StrCat("reports/", name));
    ASSERT_TRUE(committed.ok())
        << "reports/" << name << " is missing; regenerate with: "
        << "checker report claims --out reports";
    EXPECT_TRUE(*committed == *ReadFile(entry.path().string()))
        << "reports/" << name << " is out of date; regenerate with: "
        << "checker report claims --out reports (diff -u reports/" << name
        << " " << entry.path().string() << ")";
    ++compared;
  }
  EXPECT_EQ(compared, 7);
}

}  // namespace
}  // namespace checker
