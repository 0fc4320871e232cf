// Runs the extractor over the seed documents and compares its JSON lines
// with the reviewed golden files tests/golden/mentions/<name>.jsonl.
//
// The corpus is found through $CHECKER_CORPUS_DIR, ../shared/corpus/seeds or
// /work/shared/corpus/seeds; the test skips when none exists. Set
// CHECKER_UPDATE_GOLDEN=1 to rewrite the golden files after reviewing a
// change by hand.
#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/base/file_io.h"
#include "checker/extract/extractor.h"
#include "checker/extract/mention_format.h"
#include "gtest/gtest.h"
#include "tests/testing/seed_corpus.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

constexpr char kGoldenDir[] = "tests/golden/mentions";

std::vector<std::string> Lines(absl::string_view text) {
  std::vector<std::string> out = absl::StrSplit(text, '\n');
  if (!out.empty() && out.back().empty()) out.pop_back();
  return out;
}

// A line diff (longest common subsequence): "-" golden only, "+" actual only.
std::string Diff(const std::vector<std::string>& want,
                 const std::vector<std::string>& got) {
  const size_t n = want.size(), m = got.size();
  std::vector<std::vector<int>> lcs(n + 1, std::vector<int>(m + 1, 0));
  for (size_t i = n; i-- > 0;) {
    for (size_t j = m; j-- > 0;) {
      lcs[i][j] = want[i] == got[j] ? lcs[i + 1][j + 1] + 1
                                    : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  std::string out;
  size_t i = 0, j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && want[i] == got[j]) {
      ++i, ++j;
    } else if (j < m && (i == n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      absl::StrAppend(&out, "+ ", got[j++], "\n");
    } else {
      absl::StrAppend(&out, "- golden line ", i + 1, ": ", want[i], "\n");
      ++i;
    }
  }
  return out;
}

TEST(CorpusMentionsTest, SeedDocumentsMatchReviewedGoldenFiles) {
  const std::string corpus = testing::SeedCorpusDir();
  if (corpus.empty()) {
    GTEST_SKIP() << "seed corpus not found (set CHECKER_CORPUS_DIR)";
  }
  std::vector<fs::path> docs;
  for (const fs::directory_entry& e : fs::directory_iterator(corpus)) {
    if (e.path().extension() == ".txt") docs.push_back(e.path());
  }
  std::sort(docs.begin(), docs.end());
  ASSERT_FALSE(docs.empty()) << "no .txt files in " << corpus;
  const bool update = std::getenv("CHECKER_UPDATE_GOLDEN") != nullptr &&
                      std::string(std::getenv("CHECKER_UPDATE_GOLDEN")) == "1";
  for (const fs::path& doc : docs) {
    absl::StatusOr<std::string> text = ReadFile(doc.string());
    ASSERT_TRUE(text.ok()) << text.status();
    absl::StatusOr<std::vector<Mention>> mentions =
        ExtractMentions(*text, ExtractOptions{});
    ASSERT_TRUE(mentions.ok()) << doc << ": " << mentions.status();
    std::string actual;
    for (const Mention& m : *mentions) {
      absl::StrAppend(&actual, MentionToJson(m, *text, doc.filename().string()),
                      "\n");
    }
    const std::string golden =
        absl::StrCat(kGoldenDir, "/", doc.stem().string(), ".jsonl");
    if (update) {
      ASSERT_TRUE(WriteFileAtomically(golden, actual).ok()) << golden;
      continue;
    }
    absl::StatusOr<std::string> want = ReadFile(golden);
    ASSERT_TRUE(want.ok())
        << want.status() << " (run with CHECKER_UPDATE_GOLDEN=1 to create it)";
    EXPECT_TRUE(*want == actual)
        << doc.filename() << " differs from " << golden << ":\n"
        << Diff(Lines(*want), Lines(actual))
        << "Review the change, then rerun with CHECKER_UPDATE_GOLDEN=1.";
  }
}

}  // namespace
}  // namespace checker
