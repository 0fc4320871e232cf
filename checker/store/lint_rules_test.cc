#include <string>

#include "checker/normalize/rules_config_check.h"
#include "checker/store/lint.h"
#include "checker/store/lint_test_util.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

const std::vector<std::string> kRules = {"checker.rule.interval",
                                         "checker.rule.voices"};

std::string LintText(const std::string& text,
                     const std::vector<std::string>& known = kRules) {
  IssueList issues;
  LintRules("r.textproto", text, known, &issues);
  issues.Sort();
  return issues.ToDisplayString();
}

TEST(LintRulesTest, GoodRulesFileIsClean) {
  EXPECT_EQ(LintText("approximate_tolerance: 0.1\n"
                     "hedge { phrase: \"about\" meaning: APPROXIMATE "
                     "tolerance: 0.05 }\n"
                     "vague { phrase: \"thousands\" low: 2000 high: 9999 }\n"
                     "severity { rule: \"checker.rule.voices\" severity: "
                     "WARNING }\n"
                     "disabled_rule: \"checker.rule.interval\"\n"
                     "waiver { entity: \"kengir\" rule: "
                     "\"checker.rule.interval\" note: \"known typo\" }\n"),
            "");
}

TEST(LintRulesTest, EveryMeaningErrorIsReportedAtItsFieldInOneRun) {
  const std::string text =
      "approximate_tolerance: -0.1\n"                                     // 1
      "varying_threshold: nan\n"                                          // 2
      "hedge { phrase: \"about\" meaning: APPROXIMATE tolerance: -1 }\n"  // 3
      "vague { phrase: \"dozens\" low: 100 high: 24 }\n"                  // 4
      "severity { rule: \"checker.rule.nope\" severity: ERROR }\n"        // 5
      "disabled_rule: \"checker.rule.gone\"\n"                            // 6
      "waiver { entity: \"kengir\" rule: \"checker.rule.interval\" }\n"   // 7
      "waiver { entity: \"kengir\" note: \"ok\" rule: \"typo\" }\n";      // 8
  EXPECT_EQ(
      LintText(text),
      "ERROR: r.textproto:1:1: rules: approximate_tolerance is -0.1; it must "
      "be a finite number >= 0\n"
      "ERROR: r.textproto:2:1: rules: varying_threshold is nan; it must be a "
      "finite number >= 0\n"
      "ERROR: r.textproto:3:46: rules: hedge \"about\" tolerance is -1; it "
      "must be a finite number >= 0\n"
      "ERROR: r.textproto:4:26: rules: vague \"dozens\" low 100 is greater "
      "than high 24; swap them\n"
      "ERROR: r.textproto:5:12: rules: severity names unknown rule "
      "\"checker.rule.nope\"; the rules are checker.rule.interval, "
      "checker.rule.voices\n"
      "ERROR: r.textproto:6:1: rules: disabled_rule names unknown rule "
      "\"checker.rule.gone\"; the rules are checker.rule.interval, "
      "checker.rule.voices\n"
      "ERROR: r.textproto:7:1: rules: waiver for \"kengir\" has no note; add "
      "note: \"why the finding is accepted\" so readers of the report know\n"
      "ERROR: r.textproto:8:38: rules: waiver names unknown rule \"typo\"; "
      "the rules are checker.rule.interval, checker.rule.voices\n");
}

TEST(LintRulesTest, HedgeWithoutMeaningAndVagueWithoutPhrase) {
  EXPECT_EQ(LintText("hedge { phrase: \"circa\" }\nvague { low: 1 high: 2 }\n"),
            "ERROR: r.textproto:1:1: rules: hedge \"circa\" has no meaning; "
            "add meaning: APPROXIMATE (or another HedgeMeaning)\n"
            "ERROR: r.textproto:2:1: rules: vague magnitude has no phrase; "
            "add phrase: \"...\"\n");
}

// Six significant digits would print both bounds as "1.23457e+06".
TEST(LintRulesTest, VagueBoundsAboveEachOtherAreQuotedInFull) {
  EXPECT_EQ(LintText("vague { phrase: \"over a million\" low: 1234567 "
                     "high: 1234566 }\n"),
            "ERROR: r.textproto:1:34: rules: vague \"over a million\" low "
            "1,234,567 is greater than high 1,234,566; swap them\n");
  EXPECT_EQ(LintText("vague { phrase: \"over a million\" low: 1234566 "
                     "high: 1234567 }\n"),
            "");
}

TEST(LintRulesTest, ReviewThresholdIsAFractionAndContextWordsACount) {
  EXPECT_EQ(LintText("review_threshold: 1.5\ncopied_context_words: -3\n"),
            "ERROR: r.textproto:1:1: rules: review_threshold is 1.5; it must "
            "be a number in [0, 1]\n"
            "ERROR: r.textproto:2:1: rules: copied_context_words is -3; it "
            "must be a finite number >= 0\n");
  // The ends of the range are allowed.
  EXPECT_EQ(LintText("review_threshold: 1\ncopied_context_words: 0\n"), "");
  EXPECT_EQ(LintText("review_threshold: 0\n"), "");
}

TEST(LintRulesConfigTest, WithoutLocationsIssuesNameOnlyThePath) {
  RulesConfig config;
  config.set_varying_threshold(-1);
  config.add_disabled_rule("checker.rule.gone");
  IssueList issues;
  LintRulesConfig(config, nullptr, "rules.textproto", kRules, &issues);
  ASSERT_EQ(issues.issues().size(), 2u);
  EXPECT_EQ(issues.issues()[0].ToString(),
            "ERROR: rules.textproto: rules: varying_threshold is -1; it must "
            "be a finite number >= 0");
  EXPECT_EQ(issues.issues()[1].ToString(),
            "ERROR: rules.textproto: rules: disabled_rule names unknown rule "
            "\"checker.rule.gone\"; the rules are checker.rule.interval, "
            "checker.rule.voices");
}

TEST(LintRulesTest, UnknownRulesAreNotCheckedWithoutTheList) {
  EXPECT_EQ(LintText("disabled_rule: \"anything\"\n", {}), "");
}

TEST(LintRulesTest, SyntaxErrorsAreLeftToTheLoader) {
  EXPECT_EQ(LintText("approximate_tolerance: -1\nthis is not textproto\n"), "");
}

// Through LintClaimBase: the directory's rules.textproto is checked too.
class LintRulesFileTest : public testing::ClaimBaseFixture {};

TEST_F(LintRulesFileTest, LintReadsTheDirectorysRulesFile) {
  files_.Add("claims/rules.textproto",
             "waiver { entity: \"kengir\" }\noffset_tolerance: -3\n");
  EXPECT_EQ(Lint(""),
            "ERROR: claims/rules.textproto:1:1: rules: waiver for \"kengir\" "
            "has no note; add note: \"why the finding is accepted\" so "
            "readers of the report know\n"
            "ERROR: claims/rules.textproto:2:1: rules: offset_tolerance is -3; "
            "it must be a finite number >= 0\n");
}

}  // namespace
}  // namespace checker
