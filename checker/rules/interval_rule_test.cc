#include <functional>
#include <string>
#include <vector>

#include "checker/rules/rules_test_util.h"

namespace checker::testing {
namespace {

RulesConfig IntervalOnly() { return OnlyRules({"checker.rule.interval"}); }

TEST(IntervalRuleTest, ConflictExplanationNamesTheClustersThatDisagree) {
  BaseBuilder b;
  b.AddClaim(
      "id: 'a' source: 'heller' text: '5 March 1953' subject { entity: "
      "'stalin' attribute: 'date_of_death' } date { earliest: '1953-03-05' "
      "latest: '1953-03-05' precision: PRECISION_DAY }");
  b.AddClaim(
      "id: 'b' source: 'conquest' text: '6 March 1953' subject { entity: "
      "'stalin' attribute: 'date_of_death' } date { earliest: '1953-03-06' "
      "latest: '1953-03-06' precision: PRECISION_DAY }");
  b.AddClaim(
      "id: 'c' source: 'service' text: 'March 5, 1953' subject { entity: "
      "'stalin' attribute: 'date_of_death' } date { earliest: '1953-03-05' "
      "latest: '1953-03-05' precision: PRECISION_DAY }");
  Report report = RunRules(b.base(), IntervalOnly());
  // Two disagreeing pairs, each holding only the figures in dispute, then
  // the two sources that agree.
  ASSERT_EQ(report.finding_size(), 3);
  const std::string all =
      " All sources: two sources give 5 March 1953 or March 5, 1953 (heller; "
      "service); one gives 6 March 1953 (conquest).";
  const Finding* heller = nullptr;
  const Finding* service = nullptr;
  for (int i = 0; i < 2; ++i) {
    const Finding& f = report.finding(i);
    EXPECT_EQ(f.rule(), "checker.rule.interval");
    EXPECT_EQ(f.verdict(), CONFLICT);
    EXPECT_EQ(f.severity(), ERROR);
    EXPECT_EQ(f.independent_sources(), 2);
    EXPECT_EQ(f.footnote(),
              "Sources disagree: two sources give 5 March 1953 or March 5, "
              "1953 (heller; service); one gives 6 March 1953 (conquest).");
    EXPECT_EQ(f.id().size(), 16u);
    // Claims by id: conquest's "b" is in both pairs.
    ASSERT_EQ(f.claim_size(), 2);
    const bool with_a = f.claim(0).claim() == "a";
    const FindingClaim& conquest = f.claim(with_a ? 1 : 0);
    EXPECT_EQ(conquest.claim(), "b");
    EXPECT_EQ(f.claim(with_a ? 0 : 1).claim(), with_a ? "a" : "c");
    EXPECT_EQ(conquest.interval().low_text(), "1953-03-06");
    EXPECT_EQ(conquest.interval().high_text(), "1953-03-06");
    EXPECT_EQ(conquest.interval().derivation(), "1953-03-06");
    (with_a ? heller : service) = &f;
  }
  ASSERT_NE(heller, nullptr);
  ASSERT_NE(service, nullptr);
  EXPECT_EQ(heller->explanation(),
            "One source gives 5 March 1953 (heller); one gives 6 March 1953 "
            "(conquest)." +
                all);
  EXPECT_EQ(service->explanation(),
            "One source gives March 5, 1953 (service); one gives 6 March 1953 "
            "(conquest)." +
                all);
  EXPECT_NE(heller->id(), service->id());
  const Finding& agree = report.finding(2);
  EXPECT_EQ(agree.verdict(), CONSISTENT);
  ASSERT_EQ(agree.claim_size(), 2);
  EXPECT_EQ(agree.claim(0).claim(), "a");
  EXPECT_EQ(agree.claim(1).claim(), "c");
  EXPECT_EQ(agree.independent_sources(), 2);
  EXPECT_EQ(agree.explanation(),
            "Two sources give 5 March 1953 or March 5, 1953 (heller; "
            "service): they agree with each other; other sources differ." +
                all);
}

TEST(IntervalRuleTest, VaryingExplanationGivesTheSpreadAndItsEnds) {
  BaseBuilder b;
  b.Quantity("low", "s1", "japanese_pows", "captured", 60000, "over");
  b.Quantity("high", "s2", "japanese_pows", "captured", 70000, "about");
  Report report = RunRules(b.base(), IntervalOnly());
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).explanation(),
            "The sources overlap, but their figures spread 15.38% (threshold "
            "10%): above 60,000 (s1); 63,000 – 77,000 (s2). The figures "
            "differ, but hedges and written bounds let them all be right.");
}

TEST(IntervalRuleTest, AccumulatesOneFindingPerGroup) {
  BaseBuilder b;
  b.Days("d1", "s1", "kengir", "duration", 40);
  b.Days("d2", "s2", "kengir", "duration", 42);
  b.Quantity("k1", "s1", "kengir", "deaths", 37);
  b.Quantity("k2", "s2", "kengir", "deaths", 700, "as many as");
  b.Quantity("p1", "s1", "gulag", "population", 2500000, "about");
  b.Quantity("p2", "s2", "gulag", "population", 2526402);
  b.Quantity("lonely", "s3", "gulag", "camps", 476);
  Report report = RunRules(b.base(), IntervalOnly());
  EXPECT_THAT(CompactAll(report),
              ElementsAre("CONFLICT kengir/duration d1,d2 CAUSE_ROUNDING",
                          "VARYING kengir/deaths k1,k2 CAUSE_HEDGE",
                          "CONSISTENT gulag/population p1,p2 CAUSE_HEDGE"));
  EXPECT_EQ(report.summary().subjects(), 4);
  EXPECT_EQ(report.summary().claims(), 7);
  EXPECT_EQ(report.summary().conflicts(), 1);
  EXPECT_EQ(report.summary().varying(), 1);
  EXPECT_EQ(report.summary().consistent(), 1);
}

using VerdictCase = FindingsCase;

class IntervalVerdictTest : public ::testing::TestWithParam<VerdictCase> {};

TEST_P(IntervalVerdictTest, GivesTheExpectedVerdicts) {
  EXPECT_THAT(FindingsOf(GetParam(), IntervalOnly()),
              ElementsAreArray(GetParam().want));
}

const char* kStalin = "stalin";

INSTANTIATE_TEST_SUITE_P(
    Table, IntervalVerdictTest,
    ::testing::Values(
        VerdictCase{"MonthContainsDay",
                    [](BaseBuilder& b) {
                      b.AddClaim(
                          "id: 'm' source: 's1' subject { entity: 'e' "
                          "attribute: 'date_of_death' } date { earliest: "
                          "'1953-06-01' latest: '1953-06-30' precision: "
                          "PRECISION_MONTH }");
                      b.Day("d", "s2", "e", "date_of_death", "1953-06-26");
                    },
                    {"CONSISTENT e/date_of_death d,m CAUSE_PRECISION"}},
        VerdictCase{"OverAndAboutAreVaryingNotConflict",
                    [](BaseBuilder& b) {
                      b.Quantity("a", "s1", "e", "n", 60000, "over");
                      b.Quantity("b", "s2", "e", "n", 70000, "about");
                    },
                    {"VARYING e/n a,b CAUSE_HEDGE"}},
        VerdictCase{
            "DeathAndAnnouncementAreDifferentAttributes",
            [](BaseBuilder& b) {
              b.Day("death", "s1", kStalin, "date_of_death", "1953-03-06");
              b.Day("ann", "s2", kStalin, "date_announced", "1953-03-06");
            },
            {}},
        VerdictCase{"ThreeWeeksLaterAgreesWith27March",
                    [](BaseBuilder& b) {
                      b.Day("anchor", "s1", "e", "start_date", "1953-03-06");
                      b.AddClaim(
                          "id: 'rel' source: 's2' subject { entity: 'e' "
                          "attribute: 'release_date' } relative_date { "
                          "direction: AFTER anchor_claim: 'anchor' offset { "
                          "amount: 3 unit: UNIT_WEEK } }");
                      b.Day("abs", "s3", "e", "release_date", "1953-03-27");
                    },
                    {"CONSISTENT e/release_date abs,rel"}},
        VerdictCase{"FortyVersusFortyTwoDaysConflict",
                    [](BaseBuilder& b) {
                      b.Days("a", "s1", "kengir", "duration", 40);
                      b.Days("b", "s2", "kengir", "duration", 42);
                    },
                    {"CONFLICT kengir/duration a,b CAUSE_ROUNDING"}},
        VerdictCase{"OneDayApartIsDayCounting",
                    [](BaseBuilder& b) {
                      b.Days("a", "s1", "kengir", "duration", 41);
                      b.Days("b", "s2", "kengir", "duration", 42);
                    },
                    {"CONFLICT kengir/duration a,b CAUSE_DAY_COUNTING"}},
        VerdictCase{"DeathDateMatchingAnAnnouncementIsDateRole",
                    [](BaseBuilder& b) {
                      b.Day("d5", "s1", kStalin, "date_of_death", "1953-03-05");
                      b.Day("d6", "s2", kStalin, "date_of_death", "1953-03-06");
                      b.Day("ann", "s3", kStalin, "date_announced",
                            "1953-03-06");
                    },
                    {"CONFLICT stalin/date_of_death d5,d6 CAUSE_DATE_ROLE"}},
        VerdictCase{"DeathDatesWithoutAnnouncementHaveNoCause",
                    [](BaseBuilder& b) {
                      b.Day("d5", "s1", kStalin, "date_of_death", "1953-03-05");
                      b.Day("d6", "s2", kStalin, "date_of_death", "1953-03-06");
                    },
                    {"CONFLICT stalin/date_of_death d5,d6"}},
        VerdictCase{"HedgedFigureInsideARangeIsConsistent",
                    [](BaseBuilder& b) {
                      b.Quantity("a", "s1", "e", "n", 570000, "about");
                      b.AddClaim(
                          "id: 'b' source: 's2' subject { entity: 'e' "
                          "attribute: 'n' } quantity { low: 510000 high: "
                          "600000 }");
                    },
                    {"CONSISTENT e/n a,b CAUSE_HEDGE"}},
        VerdictCase{"DifferentQualifiersAreNeverCompared",
                    [](BaseBuilder& b) {
                      b.AddClaim(
                          "id: 'm' source: 's1' subject { entity: 'e' "
                          "attribute: 'n' qualifier { key: 'sex' value: "
                          "'male' } } quantity { value: 9000 }");
                      b.AddClaim(
                          "id: 'f' source: 's1' subject { entity: 'e' "
                          "attribute: 'n' qualifier { key: 'sex' value: "
                          "'female' } } quantity { value: 4000 }");
                    },
                    {}},
        VerdictCase{"RoundedFigureIsRounding",
                    [](BaseBuilder& b) {
                      b.Quantity("exact", "s1", "e", "returned", 10087);
                      b.Quantity("round", "s2", "e", "returned", 10000);
                    },
                    {"CONFLICT e/returned exact,round CAUSE_ROUNDING"}},
        VerdictCase{"FigureOfAnotherYearIsScope",
                    [](BaseBuilder& b) {
                      b.AddClaim(
                          "id: 'a' source: 's1' subject { entity: 'gulag' "
                          "attribute: 'population' qualifier { key: 'year' "
                          "value: '1953' } } quantity { value: 2468524 }");
                      b.AddClaim(
                          "id: 'b' source: 's2' subject { entity: 'gulag' "
                          "attribute: 'population' qualifier { key: 'year' "
                          "value: '1953' } } quantity { value: 1881570 }");
                      b.AddClaim(
                          "id: 'c' source: 's3' subject { entity: 'gulag' "
                          "attribute: 'population' qualifier { key: 'year' "
                          "value: '1938' } } quantity { value: 1881570 }");
                    },
                    {"CONFLICT gulag/population a,b CAUSE_SCOPE"}},
        VerdictCase{"RelativeDateThroughDisputedAnchor",
                    [](BaseBuilder& b) {
                      b.Day("d5", "s1", kStalin, "date_of_death", "1953-03-05");
                      b.Day("d6", "s2", kStalin, "date_of_death", "1953-03-06");
                      b.AddClaim(
                          "id: 'rel' source: 's3' subject { entity: 'beria' "
                          "attribute: 'date_of_arrest' } relative_date { "
                          "direction: AFTER anchor_entity: 'stalin' "
                          "anchor_attribute: 'date_of_death' offset { amount: "
                          "2 unit: UNIT_WEEK } }");
                      b.Day("abs", "s4", "beria", "date_of_arrest",
                            "1953-06-26");
                    },
                    {"CONFLICT beria/date_of_arrest abs,rel "
                     "CAUSE_DISPUTED_ANCHOR",
                     "CONFLICT stalin/date_of_death d5,d6"}}),
    CaseName());

}  // namespace
}  // namespace checker::testing
