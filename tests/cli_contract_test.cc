// End-to-end contracts of the `checker` binary that only a separate process
// can show: output that is byte-identical across processes (a hash seed or
// thread schedule differs per process, so rendering twice in one process
// cannot catch nondeterminism), and the `mentions` JSON Lines contract
// with its exit codes (architecture.md, "Output contracts").
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/cli_runner.h"

namespace checker {
namespace {

using ::checker::testing::RunResult;
using ::checker::testing::Slurp;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class CliContractTest : public testing::CliTest {};

TEST_F(CliContractTest, ReportsAreByteIdenticalAcrossProcesses) {
  const std::string claims = (repo_root_ / "claims").string();
  RunResult first = Run("report '" + claims + "' --out first");
  RunResult second = Run("report '" + claims + "' --out second");
  ASSERT_EQ(first.exit_code, 0) << first.err;
  ASSERT_EQ(second.exit_code, 0) << second.err;
  int files = 0;
  for (const auto& entry :
       std::filesystem::directory_iterator(root_ / "first")) {
    const std::filesystem::path name = entry.path().filename();
    ASSERT_TRUE(std::filesystem::exists(root_ / "second" / name)) << name;
    EXPECT_EQ(Slurp(entry.path()), Slurp(root_ / "second" / name)) << name;
    ++files;
  }
  // report.md, report.html, findings.csv, claims.csv, report.json,
  // footnotes.md, bibliography.json.
  EXPECT_EQ(files, 7);
}

TEST_F(CliContractTest, CheckOutputIsByteIdenticalAcrossProcesses) {
  const std::string claims = (repo_root_ / "claims").string();
  for (const char* format : {"text", "json"}) {
    const std::string args =
        "check '" + claims + "' --fail-on never --format " + format;
    RunResult first = Run(args);
    RunResult second = Run(args);
    ASSERT_EQ(first.exit_code, 0) << first.err;
    EXPECT_FALSE(first.out.empty());
    EXPECT_EQ(first.out, second.out) << format;
  }
}

// One JSON object per line, in text order, with byte spans [begin, end)
// into the file; hedges, intervals and ISO days as in the extraction
// contract. Expected lines written from the sentence: "About 500" covers
// bytes 0 to 9, "5 March 1953" bytes 25 to 37.
TEST_F(CliContractTest, MentionsPrintsOneJsonObjectPerMention) {
  Write("a.txt", "About 500 people died on 5 March 1953.\n");
  RunResult run = Run("mentions a.txt");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  std::vector<std::string> lines =
      absl::StrSplit(run.out, '\n', absl::SkipEmpty());
  EXPECT_THAT(
      lines,
      ElementsAre(
          R"({"doc":"a.txt","begin":0,"end":9,"text":"About 500",)"
          R"("kind":"QUANTITY","hedge":"about","low":500,"high":500})",
          R"({"doc":"a.txt","begin":25,"end":37,"text":"5 March 1953",)"
          R"("kind":"DATE","earliest":"1953-03-05","latest":"1953-03-05",)"
          R"("precision":"DAY"})"));
  EXPECT_EQ(run.out.back(), '\n');
}

TEST_F(CliContractTest, MentionsWithNoFigureIsCleanAndEmpty) {
  Write("none.txt", "Nothing countable is said here.\n");
  RunResult run = Run("mentions none.txt");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "");
}

// A file that cannot be read or is not UTF-8 is named on stderr with the
// byte offset; the other files are still processed; the exit code is 2.
TEST_F(CliContractTest, MentionsReportsBadFilesAndGoesOn) {
  Write("bad.txt", "bad \xff byte\n");
  Write("good.txt", "It lasted 40 days.\n");
  RunResult run = Run("mentions bad.txt missing.txt good.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("bad.txt: invalid UTF-8 at byte offset 4"));
  EXPECT_THAT(run.err, HasSubstr("missing.txt: "));
  EXPECT_THAT(run.out, HasSubstr(R"("doc":"good.txt")"));
  std::vector<std::string> lines =
      absl::StrSplit(run.out, '\n', absl::SkipEmpty());
  EXPECT_EQ(lines.size(), 1u);
}

TEST_F(CliContractTest, MentionsUsageErrorsExitTwo) {
  Write("a.txt", "It lasted 40 days.\n");
  EXPECT_EQ(Run("mentions").exit_code, 2);
  RunResult bad_date = Run("mentions a.txt --reference-date 1953-3-5");
  EXPECT_EQ(bad_date.exit_code, 2);
  EXPECT_EQ(bad_date.out, "");
  EXPECT_THAT(bad_date.err, HasSubstr("\"1953-3-5\" is not an ISO date"));
}

}  // namespace
}  // namespace checker
