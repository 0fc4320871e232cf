// Unreviewed claims linked with low confidence: listed, not counted.
#include <string>

#include "absl/strings/str_cat.h"
#include "checker/rules/engine.h"
#include "checker/rules/rules_test_util.h"

namespace checker::testing {
namespace {

RulesConfig IntervalAndReview() {
  return OnlyRules({"checker.rule.interval", "checker.rule.needs_review"});
}

// A length of a strike in days; `extra` adds status and evidence.
std::string Strike(const std::string& id, const std::string& source,
                   double days, const std::string& extra = "") {
  return absl::StrCat("id: '", id, "' source: '", source, "' text: '", days,
                      " days' subject { entity: 'strike' attribute: "
                      "'duration' } duration { amount: ",
                      days, " unit: UNIT_DAY } ", extra);
}

// Two reviewed sources agree on 12 days; a third claim says 30.
BaseBuilder StrikeBase(const std::string& third_extra) {
  BaseBuilder b;
  b.AddClaim(Strike("a", "paper", 12));
  b.AddClaim(Strike("b", "union", 12));
  b.AddClaim(Strike("c", "blog", 30, third_extra));
  return b;
}

TEST(ReviewRuleTest, UnsureUnreviewedLinkIsListedNotCounted) {
  BaseBuilder b = StrikeBase("status: EXTRACTED evidence { confidence: 0.3 }");
  Report report = RunRules(b.base(), IntervalAndReview());
  EXPECT_THAT(CompactAll(report),
              ElementsAre("CONSISTENT strike/duration a,b",
                          "NEEDS_REVIEW strike/duration c"));
  EXPECT_EQ(report.finding(1).explanation(),
            "One unreviewed figure was linked to this subject with confidence "
            "below 0.5 and not counted toward its verdict: 30 days (blog, "
            "confidence 0.3). Review it (CONFIRMED, CORRECTED or REJECTED) to "
            "settle the subject.");
  EXPECT_EQ(report.summary().needs_review(), 1);
  EXPECT_EQ(report.summary().claims(), 3);
  EXPECT_EQ(report.summary().conflicts(), 0);
}

// When the blog's 30 days counts: it disagrees with each of the two that
// give 12, and those two agree.
std::vector<std::string> CountedConflict() {
  return {"CONFLICT strike/duration a,c", "CONFLICT strike/duration b,c",
          "CONSISTENT strike/duration a,b"};
}

struct ReviewCase {
  const char* name;
  std::string third_extra;
  double threshold;  // < 0: the default
  std::vector<std::string> want;
};

class ReviewTableTest : public ::testing::TestWithParam<ReviewCase> {};

TEST_P(ReviewTableTest, CountsOnlySureOrReviewedLinks) {
  BaseBuilder b = StrikeBase(GetParam().third_extra);
  RulesConfig config = IntervalAndReview();
  if (GetParam().threshold >= 0)
    config.set_review_threshold(GetParam().threshold);
  EXPECT_THAT(CompactAll(RunRules(b.base(), config)),
              ::testing::ElementsAreArray(GetParam().want));
}

INSTANTIATE_TEST_SUITE_P(
    Table, ReviewTableTest,
    ::testing::Values(
        ReviewCase{"SureUnreviewedLinkCounts",
                   "status: EXTRACTED evidence { confidence: 0.9 }", -1,
                   CountedConflict()},
        ReviewCase{"LinkWithoutConfidenceCountsAsBefore",
                   "status: EXTRACTED evidence { entity_name: 'strike' }", -1,
                   CountedConflict()},
        ReviewCase{"ReviewedClaimAlwaysCounts",
                   "status: CONFIRMED evidence { confidence: 0.1 }", -1,
                   CountedConflict()},
        ReviewCase{"CorrectedClaimAlwaysCounts",
                   "status: CORRECTED evidence { confidence: 0.1 }", -1,
                   CountedConflict()},
        ReviewCase{"ThresholdIsConfigurable",
                   "status: EXTRACTED evidence { confidence: 0.3 }", 0.25,
                   CountedConflict()},
        ReviewCase{"AtTheThresholdCounts",
                   "status: EXTRACTED evidence { confidence: 0.5 }", -1,
                   CountedConflict()}),
    CaseName());

TEST(ReviewRuleTest, AGroupOfOnlyUnsureClaimsIsStillListed) {
  BaseBuilder b;
  b.AddClaim(Strike("x", "blog", 30,
                    "status: EXTRACTED evidence { confidence: 0.2 }"));
  b.AddClaim(Strike("y", "forum", 31,
                    "status: EXTRACTED evidence { confidence: 0.1 }"));
  Report report = RunRules(b.base(), IntervalAndReview());
  EXPECT_THAT(CompactAll(report),
              ElementsAre("NEEDS_REVIEW strike/duration x,y"));
}

TEST(ReviewRuleTest, ThresholdOutsideZeroToOneIsRejected) {
  RulesConfig config;
  config.set_review_threshold(1.5);
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(config);
  ASSERT_FALSE(engine.ok());
  EXPECT_EQ(engine.status().message(),
            "rules: review_threshold is 1.5; it must be a number in [0, 1]");
}

}  // namespace
}  // namespace checker::testing
