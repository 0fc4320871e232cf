// `checker report` end to end on tests/testdata/report/claims: files
// written, determinism, format selection, --fail-on, and that a failed run
// leaves an existing report untouched.
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/base/file_io.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/report_test_util.h"

namespace checker {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kClaims[] = "tests/testdata/report/claims";

std::string Checker() {
  const char* dir = std::getenv("CHECKER_BINARY_DIR");
  return absl::StrCat(dir == nullptr ? "build" : dir, "/bin/checker");
}

CommandResult Report(const std::string& args) {
  return RunCommand(absl::StrCat(Checker(), " report ", args));
}

const std::vector<std::string>& AllFiles() {
  static const std::vector<std::string> kFiles = {
      "report.md",   "report.html",  "findings.csv",     "claims.csv",
      "report.json", "footnotes.md", "bibliography.json"};
  return kFiles;
}

TEST(ReportCliTest, WritesEveryFormatByDefaultWithOneLineEach) {
  std::string out = MakeTempDir() + "/new/reports";
  CommandResult result = Report(absl::StrCat(kClaims, " --out '", out, "'"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  std::vector<std::string> lines =
      absl::StrSplit(result.out, '\n', absl::SkipEmpty());
  ASSERT_EQ(lines.size(), AllFiles().size() + 1) << result.out;
  for (size_t i = 0; i < AllFiles().size(); ++i) {
    EXPECT_EQ(lines[i], absl::StrCat("wrote ", out, "/", AllFiles()[i]));
    EXPECT_TRUE(ReadFile(absl::StrCat(out, "/", AllFiles()[i])).ok());
  }
  EXPECT_THAT(lines.back(), HasSubstr("2 subjects, 4 claims: 2 conflicts"));
  std::string md = *ReadFile(out + "/report.md");
  EXPECT_THAT(md, HasSubstr("Joseph Stalin — death date — Conflict"));
  EXPECT_THAT(md, HasSubstr("Kengir uprising — duration — Conflict"));
  std::string html = *ReadFile(out + "/report.html");
  EXPECT_THAT(html, HasSubstr("&lt;script&gt;alert(1)&lt;/script&gt;"));
  EXPECT_THAT(html, Not(HasSubstr("<script>alert(1)")));
  std::string claims_csv = *ReadFile(out + "/claims.csv");
  EXPECT_THAT(claims_csv, HasSubstr(",'=42 days,"));
  EXPECT_THAT(claims_csv, HasSubstr(",1953-03-05,"));
  EXPECT_THAT(*ReadFile(out + "/footnotes.md"),
              HasSubstr("5 March 1953 [@heller1985utopia, p. 519]"));
}

TEST(ReportCliTest, SameInputGivesIdenticalFiles) {
  std::string first = MakeTempDir(), second = MakeTempDir();
  ASSERT_EQ(Report(absl::StrCat(kClaims, " --out ", first)).exit_code, 0);
  ASSERT_EQ(Report(absl::StrCat(kClaims, " --out ", second)).exit_code, 0);
  for (const std::string& name : AllFiles()) {
    EXPECT_EQ(*ReadFile(absl::StrCat(first, "/", name)),
              *ReadFile(absl::StrCat(second, "/", name)))
        << name;
  }
}

TEST(ReportCliTest, FormatSelectsFiles) {
  std::string out = MakeTempDir();
  CommandResult result =
      Report(absl::StrCat(kClaims, " --out ", out, " --format md,csv"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_TRUE(ReadFile(out + "/report.md").ok());
  EXPECT_TRUE(ReadFile(out + "/findings.csv").ok());
  EXPECT_TRUE(ReadFile(out + "/claims.csv").ok());
  EXPECT_FALSE(ReadFile(out + "/report.html").ok());
}

TEST(ReportCliTest, UsageErrorsExitTwo) {
  std::string out = MakeTempDir();
  CommandResult format =
      Report(absl::StrCat(kClaims, " --out ", out, " --format pdf"));
  EXPECT_EQ(format.exit_code, 2);
  EXPECT_THAT(format.err, HasSubstr("unknown report format \"pdf\""));
  CommandResult missing = Report(absl::StrCat(out, "/nothing --out ", out));
  EXPECT_EQ(missing.exit_code, 2);
  CommandResult fail_on =
      Report(absl::StrCat(kClaims, " --out ", out, " --fail-on sometimes"));
  EXPECT_EQ(fail_on.exit_code, 2);
}

TEST(ReportCliTest, FailOnConflictExitsOneAndStillWrites) {
  std::string out = MakeTempDir();
  CommandResult result =
      Report(absl::StrCat(kClaims, " --out ", out, " --fail-on conflict"));
  EXPECT_EQ(result.exit_code, 1) << result.err;
  EXPECT_TRUE(ReadFile(out + "/report.md").ok());
}

TEST(ReportCliTest, FailedRunLeavesThePreviousReportUntouched) {
  std::string out = MakeTempDir();
  ASSERT_TRUE(WriteFileAtomically(out + "/report.md", "previous\n").ok());
  CommandResult result = Report(
      absl::StrCat(kClaims, " --out ", out, " --rules ", out, "/none.txtpb"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(*ReadFile(out + "/report.md"), "previous\n");
}

TEST(ReportCliTest, JsonIsWhatCheckPrints) {
  std::string out = MakeTempDir();
  ASSERT_EQ(
      Report(absl::StrCat(kClaims, " --out ", out, " --format json")).exit_code,
      0);
  CommandResult check =
      RunCommand(absl::StrCat(Checker(), " check ", kClaims, " --format json"));
  ASSERT_NE(check.exit_code, 2) << check.err;
  EXPECT_EQ(*ReadFile(out + "/report.json"), check.out);
}

TEST(ReportCliTest, CheckOfThePackedBasePrintsWhatTheDirectoryGives) {
  // `check` keeps a .binpb's claims serialized and parses them per entity;
  // the findings must be exactly those of the textproto directory. The
  // binary form carries no rules, so they are passed.
  std::string out = MakeTempDir();
  std::string packed = out + "/claims.binpb";
  CommandResult pack =
      RunCommand(absl::StrCat(Checker(), " lint claims --pack '", packed, "'"));
  ASSERT_EQ(pack.exit_code, 0) << pack.err;
  CommandResult from_dir =
      RunCommand(absl::StrCat(Checker(), " check claims --format json"));
  CommandResult from_packed = RunCommand(
      absl::StrCat(Checker(), " check '", packed,
                   "' --rules claims/rules.textproto --format json"));
  ASSERT_NE(from_dir.exit_code, 2) << from_dir.err;
  EXPECT_EQ(from_packed.exit_code, from_dir.exit_code) << from_packed.err;
  EXPECT_THAT(from_dir.out, HasSubstr("\"CONFLICT\""));
  EXPECT_EQ(from_packed.out, from_dir.out);
}

// An unreviewed claim linked with confidence 0.2 (below the default
// review_threshold 0.5) does not count; the summary line says one subject
// needs review, as report.md's table does.
TEST(ReportCliTest, SummaryLineCountsTheSubjectsThatNeedReview) {
  const std::string base = MakeTempDir() + "/claims";
  std::filesystem::create_directories(base);
  for (const char* name :
       {"gazetteer.textproto", "sources.textproto", "claims.textproto"}) {
    std::filesystem::copy_file(absl::StrCat(kClaims, "/", name),
                               absl::StrCat(base, "/", name));
  }
  ASSERT_TRUE(WriteFileAtomically(
                  base + "/unsure.textproto",
                  "claim { id: \"unsure\" source: \"times1953\" subject { "
                  "entity: \"kengir_uprising\" attribute: \"duration\" } "
                  "duration { amount: 90 unit: UNIT_DAY low_days: 90 "
                  "high_days: 90 } text: \"90 days\" status: EXTRACTED "
                  "evidence { confidence: 0.2 } }\n")
                  .ok());
  CommandResult result =
      Report(absl::StrCat("'", base, "' --out '", MakeTempDir(), "/r'"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr(" waived, 1 needing review (not "
                                    "counted)\n"));
  CommandResult plain =
      Report(absl::StrCat(kClaims, " --out '", MakeTempDir(), "/plain'"));
  EXPECT_THAT(plain.out, Not(HasSubstr("needing review")));
}

}  // namespace
}  // namespace checker
