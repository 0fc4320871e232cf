#include "checker/cli/check_command.h"

#include <filesystem>
#include <sstream>
#include <string>

#include "checker/base/file_io.h"
#include "checker/cli/cli_test_util.h"
#include "checker/rules/engine.h"
#include "checker/store/claim_base.h"
#include "checker/store/claim_base_set.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/json_util.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class CheckCommandTest : public testing::TempDirTest {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    dir_ = root_ / "claims";
    WriteStalinBase("claims", "docs");
  }

  void Write(const std::string& name, const std::string& text) {
    TempDirTest::Write("claims/" + name, text);
  }

  int Run(CheckFlags flags) {
    if (flags.dir.empty()) flags.dir = dir_.string();
    out_.str("");
    err_.str("");
    return RunCheck(flags, out_, err_);
  }

  std::filesystem::path dir_;  // the claim base
  std::ostringstream out_;
  std::ostringstream err_;
};

TEST_F(CheckCommandTest, ConflictFailsByDefaultAndPrintsOneBlockPerFinding) {
  EXPECT_EQ(Run({}), 1) << err_.str();
  std::string text = out_.str();
  EXPECT_THAT(text, HasSubstr("CONFLICT  stalin date_of_death  "
                              "(checker.rule.interval, CAUSE_DATE_ROLE, id "));
  EXPECT_THAT(text, HasSubstr("  - death_5: March 5, 1953  1953-03-05  "
                              "(heller, p. 519)\n"));
  EXPECT_THAT(text, HasSubstr("      at a.txt [10, 23) \"March 5, 1953\"\n"));
  EXPECT_THAT(text, HasSubstr("(web)  [unreviewed]\n"));
  EXPECT_THAT(text, HasSubstr("  Tier: The disagreement rests on TIER_WEB "
                              "sources (web): without them one claim "
                              "remains.\n"));
  // Counts in words: "1 conflict", not "1 conflict(s)".
  EXPECT_THAT(text, HasSubstr("checked 3 claims about 2 subjects: 1 "
                              "conflict, 0 varying, 1 single-source, 0 "
                              "consistent (0 corroborated), 0 waived\n"));
}

TEST_F(CheckCommandTest, FailOnNeverAlwaysExitsZero) {
  CheckFlags flags;
  flags.fail_on = "never";
  EXPECT_EQ(Run(flags), 0) << err_.str();
}

TEST_F(CheckCommandTest, JsonIsTheReportWithProtoFieldNames) {
  CheckFlags flags;
  flags.format = "json";
  EXPECT_EQ(Run(flags), 1);
  EXPECT_THAT(out_.str(), HasSubstr("\"single_source\":1"));
  EXPECT_THAT(out_.str(), HasSubstr("\"low_text\":\"1953-03-05\""));
  Report report;
  ASSERT_TRUE(
      google::protobuf::util::JsonStringToMessage(out_.str(), &report).ok());
  ASSERT_EQ(report.finding_size(), 2);
  EXPECT_EQ(report.finding(0).verdict(), CONFLICT);
  EXPECT_EQ(report.finding(0).claim(0).provenance().page(), "519");
  EXPECT_EQ(report.finding(0).claim(1).status(), EXTRACTED);
}

TEST_F(CheckCommandTest, StreamedJsonEqualsTheReportMapping) {
  CheckFlags flags;
  flags.format = "json";
  Run(flags);
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(dir_.string(), {}, &issues);
  ASSERT_TRUE(base.ok());
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(base->rules);
  ASSERT_TRUE(engine.ok());
  Report report = engine->Run(ClaimBaseSet(*base), &issues);
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  std::string want;
  ASSERT_TRUE(
      google::protobuf::util::MessageToJsonString(report, &want, options).ok());
  EXPECT_EQ(out_.str(), want + "\n");
  // And by hand: two subjects (date_of_death, date_announced), three
  // claims, one conflict, the announcement single-source; zero counts are
  // left out by the JSON mapping.
  EXPECT_EQ(out_.str().rfind("{\"summary\":{\"subjects\":2,\"claims\":3,"
                             "\"conflicts\":1,\"single_source\":1},"
                             "\"finding\":[{",
                             0),
            0u)
      << out_.str();
}

TEST_F(CheckCommandTest, WaiverInTheRulesFileStopsTheFailure) {
  Write("rules.textproto",
        "waiver { entity: 'stalin' attribute: 'date_of_death' note: "
        "'announcement date; see Deriabin' }");
  EXPECT_EQ(Run({}), 0) << err_.str();
  EXPECT_THAT(out_.str(),
              HasSubstr("  Accepted: announcement date; see Deriabin\n"));
}

TEST_F(CheckCommandTest, RulesFlagOverridesTheBaseRules) {
  std::string rules = (dir_ / "strict.rules").string();
  ASSERT_TRUE(
      WriteFileAtomically(rules, "disabled_rule: 'checker.rule.interval'\n")
          .ok());
  CheckFlags flags;
  flags.rules = rules;
  EXPECT_EQ(Run(flags), 0);
  EXPECT_THAT(out_.str(), Not(HasSubstr("CONFLICT")));
}

TEST_F(CheckCommandTest, SummaryCountsTheSubjectsThatNeedReview) {
  // The web's unreviewed date, linked with confidence 0.2 (below the
  // default threshold 0.5), is set apart: no conflict, one subject to
  // review, and the summary line says so.
  std::string claims = testing::kStalinClaims;
  const std::string unreviewed = "status: EXTRACTED";
  claims.replace(claims.find(unreviewed), unreviewed.size(),
                 "evidence { confidence: 0.2 } status: EXTRACTED");
  Write("stalin.textproto", claims);
  EXPECT_EQ(Run({}), 0) << err_.str();
  EXPECT_THAT(out_.str(), Not(HasSubstr("CONFLICT")));
  EXPECT_THAT(out_.str(), HasSubstr(", 0 waived, 1 needing review (not "
                                    "counted)\n"));
}

TEST_F(CheckCommandTest, SummaryLeavesOutNeedsReviewWhenThereIsNone) {
  EXPECT_EQ(Run({}), 1) << err_.str();
  EXPECT_THAT(out_.str(), Not(HasSubstr("needing review")));
}

TEST_F(CheckCommandTest, UnusableInputExitsTwo) {
  CheckFlags missing;
  missing.dir = (dir_ / "nope").string();
  EXPECT_EQ(Run(missing), 2);
  EXPECT_THAT(err_.str(), HasSubstr("checker check: "));

  std::string rules = (dir_ / "bad.rules").string();
  ASSERT_TRUE(WriteFileAtomically(rules, "varying_threshold: oops\n").ok());
  CheckFlags bad_rules;
  bad_rules.rules = rules;
  EXPECT_EQ(Run(bad_rules), 2);
  EXPECT_THAT(err_.str(), HasSubstr("bad.rules:1:"));

  CheckFlags bad_flag;
  bad_flag.fail_on = "sometimes";
  EXPECT_EQ(Run(bad_flag), 2);

  Write("broken.textproto", "claim { id: ");
  EXPECT_EQ(Run({}), 2);
  EXPECT_THAT(err_.str(), HasSubstr("has errors (above)"));
}

}  // namespace
}  // namespace checker
