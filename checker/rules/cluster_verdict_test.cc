// Verdicts by voices and clusters: a source's own list is its range, the
// largest agreeing cluster and its outliers are named in plain words, and a
// difference of scope is explained rather than flagged.
#include <functional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checker/rules/rules_test_util.h"

namespace checker::testing {
namespace {

using ::testing::Not;

RulesConfig IntervalOnly() { return OnlyRules({"checker.rule.interval"}); }

// A count with its text as written.
std::string Count(const std::string& id, const std::string& source,
                  double value, const std::string& text,
                  const std::string& qualifiers = "") {
  return absl::StrCat("id: '", id, "' source: '", source, "' text: '", text,
                      "' subject { entity: 'flood' attribute: 'deaths' ",
                      qualifiers, " } quantity { value: ", value, " }");
}

std::string Range(const std::string& id, const std::string& source, double low,
                  double high, const std::string& text) {
  return absl::StrCat("id: '", id, "' source: '", source, "' text: '", text,
                      "' subject { entity: 'flood' attribute: 'deaths' } "
                      "quantity { low: ",
                      low, " high: ", high, " }");
}

std::string Days(const std::string& id, const std::string& source, double days,
                 const std::string& text) {
  return absl::StrCat("id: '", id, "' source: '", source, "' text: '", text,
                      "' subject { entity: 'siege' attribute: 'duration' } "
                      "duration { amount: ",
                      days, " unit: UNIT_DAY }");
}

TEST(ClusterVerdictTest, NamesTheLargestClusterAndTheOutlierInPlainWords) {
  BaseBuilder b;
  b.AddClaim(Days("c1", "annals", 40, "40 days"));
  b.AddClaim(Days("c2", "chronicle", 40, "forty days"));
  b.AddClaim(Days("c3", "diary", 40, "40 days"));
  b.AddClaim(Days("c4", "memoir", 42, "forty-two days"));
  Report report = RunRules(b.base(), IntervalOnly());
  // The outlier against each of the three that agree, then the three.
  ASSERT_EQ(report.finding_size(), 4);
  const std::string all =
      " All sources: three sources give 40 days or forty days (annals; "
      "chronicle; diary); one gives forty-two days (memoir). 40 days (annals) "
      "is forty-two days (memoir) rounded to 1 digit.";
  const Finding& f = report.finding(0);
  EXPECT_EQ(f.verdict(), CONFLICT);
  EXPECT_EQ(f.explanation(),
            "One source gives 40 days (annals); one gives forty-two days "
            "(memoir)." +
                all);
  for (int i = 0; i < 3; ++i) {
    const Finding& pair = report.finding(i);
    EXPECT_EQ(pair.verdict(), CONFLICT);
    EXPECT_EQ(pair.cause(), CAUSE_ROUNDING);
    ASSERT_EQ(pair.claim_size(), 2);
    EXPECT_EQ(pair.claim(0).claim(), absl::StrCat("c", i + 1));
    EXPECT_EQ(pair.claim(1).claim(), "c4");
    for (const char* id : {"c1", "c2", "c3", "c4"}) {
      EXPECT_THAT(pair.explanation(), Not(HasSubstr(id)));
    }
    // Every pair carries the whole group's clusters.
    ASSERT_EQ(pair.cluster_size(), 2);
    EXPECT_THAT(pair.cluster(0).claim(), ElementsAre("c1", "c2", "c3"));
    EXPECT_THAT(pair.cluster(0).value(), ElementsAre("40 days", "forty days"));
    EXPECT_EQ(pair.cluster(0).independent_sources(), 3);
    EXPECT_THAT(pair.cluster(1).claim(), ElementsAre("c4"));
    EXPECT_THAT(pair.cluster(1).source(), ElementsAre("memoir"));
  }
  const Finding& agree = report.finding(3);
  EXPECT_EQ(agree.verdict(), CONSISTENT);
  EXPECT_EQ(agree.independent_sources(), 3);
  ASSERT_EQ(agree.claim_size(), 3);
  EXPECT_EQ(agree.claim(2).claim(), "c3");
  EXPECT_EQ(agree.explanation(),
            "Three sources give 40 days or forty days (annals; chronicle; "
            "diary): they agree with each other; other sources differ." +
                all);
}

// A pair finding holds the figures in dispute: "about 2,000" written beside
// the precise 1,950 fits 2,000 and is left out of that pair; against 1,700
// it is in dispute too.
TEST(ClusterVerdictTest, APairHoldsOnlyTheFiguresInDispute) {
  BaseBuilder b;
  b.AddClaim(Count("r1", "registry", 1950, "1,950"));
  b.Quantity("r2", "registry", "flood", "deaths", 2000, "about");
  b.AddClaim(Count("t1", "tally", 2000, "2,000"));
  b.AddClaim(Count("u1", "undercount", 1700, "1,700"));
  Report report = RunRules(b.base(), IntervalOnly());
  // No two sources agree, so there is no agreeing cluster to report. The
  // group's likely cause (2,000 is 1,950 rounded) goes with every pair.
  EXPECT_THAT(CompactAll(report),
              ElementsAre("CONFLICT flood/deaths r1,t1 CAUSE_ROUNDING",
                          "CONFLICT flood/deaths r1,r2,u1 CAUSE_ROUNDING",
                          "CONFLICT flood/deaths t1,u1 CAUSE_ROUNDING"));
}

// A figure that fits both sides of a disagreement is in no pair; it still
// has a finding of its own, so the report leaves no claim of the group out.
TEST(ClusterVerdictTest, AFigureThatFitsBothSidesIsShownAsNotInDispute) {
  BaseBuilder b;
  b.AddClaim(
      "id: 'year' source: 'annals' text: '1953' subject { entity: 'stalin' "
      "attribute: 'date_of_death' } date { earliest: '1953-01-01' latest: "
      "'1953-12-31' precision: PRECISION_YEAR }");
  b.Day("sixth", "annals", "stalin", "date_of_death", "1953-03-06");
  b.Day("fifth", "memoir", "stalin", "date_of_death", "1953-03-05");
  Report report = RunRules(b.base(), IntervalOnly());
  EXPECT_THAT(CompactAll(report),
              ElementsAre("CONFLICT stalin/date_of_death fifth,sixth",
                          "CONSISTENT stalin/date_of_death year"));
  ASSERT_EQ(report.finding_size(), 2);
  EXPECT_THAT(report.finding(1).explanation(),
              ::testing::StartsWith("Not in dispute: 1953 (annals) fits the "
                                    "figures on both sides."));
}

// In a varying group every figure overlaps, but "over 6,000" spreads far
// from three sources that each give about 9,000: the spread is flagged pair
// by pair, and the three that are close are shown agreeing.
TEST(ClusterVerdictTest, CloseFiguresOfAVaryingGroupAreShownAgreeing) {
  BaseBuilder b;
  b.Quantity("low", "bulletin", "flood", "injured", 6000, "over");
  b.Quantity("n1", "paper", "flood", "injured", 9000, "about");
  b.Quantity("n2", "register", "flood", "injured", 9000, "about");
  b.Quantity("n3", "diary", "flood", "injured", 9000, "about");
  Report report = RunRules(b.base(), IntervalOnly());
  EXPECT_THAT(CompactAll(report),
              ElementsAre("VARYING flood/injured low,n1 CAUSE_HEDGE",
                          "VARYING flood/injured low,n2 CAUSE_HEDGE",
                          "VARYING flood/injured low,n3 CAUSE_HEDGE",
                          "CONSISTENT flood/injured n1,n2,n3"));
  ASSERT_EQ(report.finding_size(), 4);
  EXPECT_EQ(report.finding(3).independent_sources(), 3);
}

// Past sixteen disagreeing pairs, one card per pair helps nobody: the
// group's disagreement is one finding holding every claim.
TEST(ClusterVerdictTest, ManyDisagreeingPairsAreOneFinding) {
  BaseBuilder b;
  for (int i = 0; i < 12; ++i) {
    b.AddClaim(Count(absl::StrCat("low", i), absl::StrCat("a", i), 10, "10"));
    b.AddClaim(Count(absl::StrCat("high", i), absl::StrCat("b", i), 20, "20"));
  }
  Report report = RunRules(b.base(), IntervalOnly());
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).verdict(), CONFLICT);
  EXPECT_EQ(report.finding(0).claim_size(), 24);
  EXPECT_EQ(report.finding(0).independent_sources(), 24);
}

TEST(ClusterVerdictTest, OneSourcesListOfEstimatesIsItsRangeNotAConflict) {
  BaseBuilder b;
  b.AddClaim(Count("l1", "survey", 40000, "40,000"));
  b.AddClaim(Range("l2", "survey", 90000, 120000, "90,000–120,000"));
  b.AddClaim(Count("l3", "survey", 150000, "150,000"));
  Report alone = RunRules(b.base(), OnlyRules({"checker.rule.interval",
                                               "checker.rule.single_source"}));
  EXPECT_THAT(CompactAll(alone),
              ElementsAre("SINGLE_SOURCE flood/deaths l1,l2,l3"));

  b.AddClaim(Count("o1", "census", 100000, "100,000"));
  Report report = RunRules(b.base(), IntervalOnly());
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).verdict(), CONSISTENT);
  EXPECT_THAT(report.finding(0).explanation(),
              HasSubstr("survey gives several figures (40,000, "
                        "90,000–120,000, 150,000): one source's range of "
                        "estimates, not a disagreement."));
}

TEST(ClusterVerdictTest, AVaguerFigureBesideAPreciseOneAddsNothing) {
  BaseBuilder b;
  b.AddClaim(
      "id: 'v' source: 'exhibit' text: 'several weeks' subject { entity: "
      "'siege' attribute: 'duration' } duration { unit: UNIT_WEEK low_days: "
      "21 high_days: 49 }");
  b.AddClaim(Days("p", "exhibit", 40, "40 days"));
  b.AddClaim(Days("h", "history", 42, "forty-two days"));
  Report report = RunRules(b.base(), IntervalOnly());
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).verdict(), CONFLICT);
  EXPECT_THAT(report.finding(0).explanation(),
              HasSubstr("One source gives 40 days (exhibit); one gives "
                        "forty-two days (history)."));
}

struct ScopeCase {
  const char* name;
  std::function<void(BaseBuilder&, RulesConfig&)> build;
  std::vector<std::string> want;
};

class ClusterVerdictTableTest : public ::testing::TestWithParam<ScopeCase> {};

TEST_P(ClusterVerdictTableTest, GivesTheExpectedVerdicts) {
  BaseBuilder b;
  RulesConfig config = IntervalOnly();
  GetParam().build(b, config);
  EXPECT_THAT(CompactAll(RunRules(b.base(), config)),
              ElementsAreArray(GetParam().want));
}

INSTANTIATE_TEST_SUITE_P(
    Table, ClusterVerdictTableTest,
    ::testing::Values(
        ScopeCase{"SameFigureInDigitsAndWordsAgrees",
                  [](BaseBuilder& b, RulesConfig&) {
                    b.AddClaim(Count("d", "a", 2000, "2,000"));
                    b.AddClaim(Count("w", "b", 2000, "two thousand"));
                  },
                  {"CONSISTENT flood/deaths d,w"}},
        ScopeCase{"TwoIndependentSourcesThatCannotBothHoldConflict",
                  [](BaseBuilder& b, RulesConfig&) {
                    b.AddClaim(Count("x", "a", 1950, "1,950"));
                    b.AddClaim(Count("y", "b", 1782, "1,782"));
                  },
                  {"CONFLICT flood/deaths x,y"}},
        ScopeCase{"OneSourceDisagreeingWithItselfIsNoConflict",
                  [](BaseBuilder& b, RulesConfig&) {
                    b.AddClaim(Count("x", "a", 1950, "1,950"));
                    b.AddClaim(Count("y", "a", 1782, "1,782"));
                  },
                  {}},
        ScopeCase{"CitingSourcesDisagreeingAreStillOneVoice",
                  [](BaseBuilder& b, RulesConfig&) {
                    b.AddSource("copy", RELIABILITY_TIER_UNSPECIFIED, {"a"});
                    b.AddClaim(Count("x", "a", 1950, "1,950"));
                    b.AddClaim(Count("y", "copy", 1782, "1,782"));
                  },
                  {}},
        ScopeCase{"DifferentQualifierSeparatesByDefault",
                  [](BaseBuilder& b, RulesConfig&) {
                    b.AddClaim(Count("t1", "a", 2000, "2,000"));
                    b.AddClaim(Count("t2", "b", 2000, "some 2,000"));
                    b.AddClaim(Count("o", "c", 1600, "1,600",
                                     "qualifier { key: 'partial' value: "
                                     "'outright' }"));
                  },
                  {"CONSISTENT flood/deaths t1,t2"}},
        ScopeCase{"NonSeparatingQualifierIsDifferentScopeNotConflict",
                  [](BaseBuilder& b, RulesConfig& config) {
                    config.add_group_qualifier("time");
                    b.AddClaim(Count("t1", "a", 2000, "2,000"));
                    b.AddClaim(Count("t2", "b", 2000, "some 2,000"));
                    b.AddClaim(Count("o", "c", 1600, "1,600",
                                     "qualifier { key: 'partial' value: "
                                     "'outright' }"));
                  },
                  {"CONSISTENT flood/deaths o,t1,t2 CAUSE_SCOPE"}},
        ScopeCase{"SeparatingQualifierListedKeepsGroupsApart",
                  [](BaseBuilder& b, RulesConfig& config) {
                    config.add_group_qualifier("partial");
                    b.AddClaim(Count("t1", "a", 2000, "2,000"));
                    b.AddClaim(Count("t2", "b", 2000, "some 2,000"));
                    b.AddClaim(Count("o", "c", 1600, "1,600",
                                     "qualifier { key: 'partial' value: "
                                     "'outright' }"));
                  },
                  {"CONSISTENT flood/deaths t1,t2"}},
        ScopeCase{"OutlierEqualToAnotherScopesFigureIsDifferentScope",
                  [](BaseBuilder& b, RulesConfig&) {
                    b.AddClaim(Count("t1", "a", 2000, "2,000"));
                    b.AddClaim(Count("t2", "b", 2000, "some 2,000"));
                    b.AddClaim(Count("t3", "c", 1600, "1,600"));
                    b.AddClaim(Count("o", "d", 1600, "1,600",
                                     "qualifier { key: 'partial' value: "
                                     "'outright' }"));
                  },
                  {"CONSISTENT flood/deaths t1,t2,t3 CAUSE_SCOPE"}}),
    CaseName());

TEST(ClusterVerdictTest, DifferentScopeIsSaidInWords) {
  BaseBuilder b;
  b.AddClaim(Count("t1", "a", 2000, "2,000"));
  b.AddClaim(Count("t2", "b", 2000, "some 2,000"));
  b.AddClaim(Count("o", "c", 1600, "1,600",
                   "qualifier { key: 'partial' value: 'outright' }"));
  RulesConfig config = IntervalOnly();
  config.add_group_qualifier("time");
  Report report = RunRules(b.base(), config);
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_THAT(report.finding(0).explanation(),
              HasSubstr("1,600 is stated for partial: outright — different "
                        "scope, not a disagreement."));
  // The group is named without the qualifier that does not separate it.
  EXPECT_TRUE(report.finding(0).subject().qualifier().empty());
}

}  // namespace
}  // namespace checker::testing
