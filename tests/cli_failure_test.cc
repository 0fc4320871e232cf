// How the `checker` binary fails: every error names the file once, bad
// flag values are refused with the range, and a write the system refuses
// (over the file size limit) is an error naming the file, never a silent
// death by SIGXFSZ (exit 153) or a cut output that looks like a success.
#include <filesystem>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/cli_runner.h"

namespace checker {
namespace {

using ::checker::testing::Count;
using ::checker::testing::RunResult;
using ::testing::HasSubstr;
using ::testing::Not;

class CliFailureTest : public testing::CliTest {
 protected:
  std::string Claims() const {
    return "'" + (repo_root_ / "claims").string() + "'";
  }
};

TEST_F(CliFailureTest, EachErrorNamesItsFileOnce) {
  Write("bad_rules.textproto", "approximate_tolerance: -0.5\n");
  struct Row {
    int line;
    std::string args;
    std::string named;  // must appear exactly once in stderr
  };
  const std::string claims = Claims();
  const Row rows[] = {
      {__LINE__, "verify /nx/draft.md --claims " + claims, "/nx/draft.md"},
      {__LINE__, "verify /nx/draft.md --claims " + claims, "draft: "},
      {__LINE__, "extract --gazetteer /nx/gaz docs --out out", "/nx/gaz"},
      {__LINE__,
       "extract --gazetteer " + claims +
           " --sources /nx/src docs "
           "--out out",
       "/nx/src"},
      {__LINE__, "vocabulary --gazetteer /nx/gaz", "/nx/gaz"},
      {__LINE__, "check /nx/base", "/nx/base"},
      {__LINE__, "report /nx/base --out out", "/nx/base"},
      {__LINE__, "report " + claims + " --out out --rules bad_rules.textproto",
       "rules: "},
      {__LINE__, "check " + claims + " --rules bad_rules.textproto", "rules: "},
      {__LINE__, "lint " + claims + " --docs /nx/docs", "/nx/docs"},
  };
  for (const Row& row : rows) {
    RunResult run = Run(row.args);
    EXPECT_EQ(run.exit_code, 2) << "line " << row.line << ": " << run.err;
    EXPECT_EQ(Count(run.err, row.named), 1)
        << "line " << row.line << ": " << run.err;
  }
}

TEST_F(CliFailureTest, JobsOutsideOneTo256IsAUsageErrorSayingTheRange) {
  Write("gaz.textproto", "entity { id: \"e\" name: \"Kengir\" }\n");
  Write("docs/a.txt", "Kengir had 5,000 prisoners.\n");
  for (const char* jobs : {"0", "-1", "257", "100000", "two"}) {
    RunResult run = Run(std::string("extract --gazetteer gaz.textproto docs "
                                    "--out out --jobs ") +
                        jobs);
    EXPECT_EQ(run.exit_code, 2) << jobs << ": " << run.err;
    EXPECT_THAT(run.err, HasSubstr("--jobs")) << jobs;
    EXPECT_FALSE(std::filesystem::exists(root_ / "out")) << jobs;
  }
  // The ends of the range are accepted.
  for (const char* jobs : {"1", "256"}) {
    RunResult run = Run(std::string("extract --gazetteer gaz.textproto docs "
                                    "--out out --jobs ") +
                        jobs);
    EXPECT_EQ(run.exit_code, 0) << jobs << ": " << run.err;
  }
}

// `ulimit -f 4` (4 blocks of 512 bytes in /bin/sh): every report file of
// the bundled base is larger, so the first write fails with EFBIG.
constexpr char kSmallFileLimit[] = "ulimit -f 4;";

TEST_F(CliFailureTest, ReportOverTheFileSizeLimitNamesTheFile) {
  RunResult run = Run("report " + Claims() + " --out r", kSmallFileLimit);
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_THAT(run.err, HasSubstr("File too large"));
  EXPECT_THAT(run.err, HasSubstr("r/report"));
  // The set is written whole or not at all: no r/, no half-written sibling.
  for (const auto& entry : std::filesystem::directory_iterator(root_)) {
    const std::string name = entry.path().filename().string();
    EXPECT_TRUE(name == ".out.txt" || name == ".err.txt") << name;
  }
}

TEST_F(CliFailureTest, StandardOutputOverTheFileSizeLimitIsAnError) {
  RunResult run = Run("check " + Claims() + " --format json --fail-on never",
                      kSmallFileLimit);
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_THAT(run.err, HasSubstr("cannot write standard output"));
  // The same run without the limit succeeds: the limit was the failure.
  EXPECT_EQ(
      Run("check " + Claims() + " --format json --fail-on never").exit_code, 0);
}

TEST_F(CliFailureTest, ExtractOverTheFileSizeLimitNamesTheClaimFile) {
  Write("gaz.textproto", "entity { id: \"e\" name: \"Kengir\" }\n");
  std::string text;
  for (int i = 0; i < 40; ++i) {
    text += "Kengir had " + std::to_string(1000 + i) + " prisoners. ";
  }
  Write("docs/a.txt", text + "\n");
  RunResult run =
      Run("extract --gazetteer gaz.textproto docs --out out", kSmallFileLimit);
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_THAT(run.err, HasSubstr("out/a.textproto: write failed: File too "
                                 "large"));
  EXPECT_FALSE(std::filesystem::exists(root_ / "out" / "a.textproto"));
  EXPECT_THAT(run.err, Not(HasSubstr(".tmp.")));
}

}  // namespace
}  // namespace checker
