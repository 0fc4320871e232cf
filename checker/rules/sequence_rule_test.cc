#include <functional>
#include <string>
#include <vector>

#include "checker/rules/rules_test_util.h"

namespace checker::testing {
namespace {

RulesConfig SequenceOnly() { return OnlyRules({"checker.rule.sequence"}); }

// "from 16 May to 26 June 1954", a period claim of the Kengir uprising.
constexpr char kKengirPeriod[] =
    "id: 'period' source: 's1' text: '16 May to 26 June' subject { entity: "
    "'kengir' attribute: 'dates' } date { earliest: '1954-05-16' latest: "
    "'1954-06-26' precision: PRECISION_DAY extent: EXTENT_PERIOD }";

TEST(SequenceRuleTest, DayCountingExplanationGivesBothCounts) {
  BaseBuilder b;
  b.AddClaim(kKengirPeriod);
  b.AddClaim(
      "id: 'forty' source: 's2' text: 'forty days' subject { entity: "
      "'kengir' attribute: 'duration' } duration { amount: 40 unit: UNIT_DAY "
      "}");
  Report report = RunRules(b.base(), SequenceOnly());
  ASSERT_EQ(report.finding_size(), 1);
  const Finding& f = report.finding(0);
  EXPECT_EQ(f.verdict(), VARYING);
  EXPECT_EQ(f.cause(), CAUSE_DAY_COUNTING);
  EXPECT_EQ(f.explanation(),
            "16 May to 26 June (s1) is 41 days counted exclusively, "
            "42 inclusively; forty days (s2) is one day off: a "
            "different way of counting days.");
}

TEST(SequenceRuleTest, AccumulatesOrderAndDurationFindings) {
  BaseBuilder b;
  b.AddClaim(kKengirPeriod);
  b.Days("thirty", "s2", "kengir", "duration", 30);
  b.Day("arrest", "s1", "beria", "date_of_arrest", "1953-12-24");
  b.Day("shot", "s2", "beria", "date_of_execution", "1953-12-23");
  b.Day("death", "s1", "stalin", "date_of_death", "1953-03-05");
  b.Day("ann", "s2", "stalin", "date_announced", "1953-03-04");
  EXPECT_THAT(
      CompactAll(RunRules(b.base(), SequenceOnly())),
      ElementsAre("CONFLICT beria/date_of_arrest arrest,shot CAUSE_SEQUENCE",
                  "CONFLICT kengir/duration thirty,period CAUSE_SEQUENCE",
                  "CONFLICT stalin/date_of_death death,ann CAUSE_SEQUENCE"));
}

using SequenceCase = FindingsCase;

class SequenceVerdictTest : public ::testing::TestWithParam<SequenceCase> {};

TEST_P(SequenceVerdictTest, GivesTheExpectedFindings) {
  EXPECT_THAT(FindingsOf(GetParam(), SequenceOnly()),
              ElementsAreArray(GetParam().want));
}

INSTANTIATE_TEST_SUITE_P(
    Table, SequenceVerdictTest,
    ::testing::Values(
        SequenceCase{"ExclusiveCountFits",
                     [](BaseBuilder& b) {
                       b.AddClaim(kKengirPeriod);
                       b.Days("d", "s2", "kengir", "duration", 41);
                     },
                     {}},
        SequenceCase{"InclusiveCountFits",
                     [](BaseBuilder& b) {
                       b.AddClaim(kKengirPeriod);
                       b.Days("d", "s2", "kengir", "duration", 42);
                     },
                     {}},
        SequenceCase{"StartPlusDurationReachesEnd",
                     [](BaseBuilder& b) {
                       b.Day("s", "s1", "e", "start_date", "1954-05-16");
                       b.Day("t", "s1", "e", "end_date", "1954-06-26");
                       b.Days("d", "s2", "e", "duration", 41);
                     },
                     {}},
        SequenceCase{"DurationFarFromStartAndEnd",
                     [](BaseBuilder& b) {
                       b.Day("s", "s1", "e", "start_date", "1954-05-16");
                       b.Day("t", "s1", "e", "end_date", "1954-06-26");
                       b.Days("d", "s2", "e", "duration", 60);
                     },
                     {"CONFLICT e/duration d,s,t CAUSE_SEQUENCE"}},
        SequenceCase{"EndBeforeStart",
                     [](BaseBuilder& b) {
                       b.Day("s", "s1", "e", "start_date", "1954-05-16");
                       b.Day("t", "s2", "e", "end_date", "1954-05-10");
                     },
                     {"CONFLICT e/start_date s,t CAUSE_SEQUENCE"}},
        SequenceCase{
            "AnnouncedTheDayAfterDeathIsFine",
            [](BaseBuilder& b) {
              b.Day("d", "s1", "stalin", "date_of_death", "1953-03-05");
              b.Day("a", "s2", "stalin", "date_announced", "1953-03-06");
            },
            {}},
        SequenceCase{"RolesFromTheGazetteer",
                     [](BaseBuilder& b) {
                       b.AddAttribute("began", VALUE_DATE, "start");
                       b.AddAttribute("crushed", VALUE_DATE, "end");
                       b.Day("s", "s1", "e", "began", "1954-05-16");
                       b.Day("t", "s2", "e", "crushed", "1954-05-10");
                     },
                     {"CONFLICT e/began s,t CAUSE_SEQUENCE"}},
        SequenceCase{"MonthPrecisionOverlapIsNotOutOfOrder",
                     [](BaseBuilder& b) {
                       b.AddClaim(
                           "id: 's' source: 's1' subject { entity: 'e' "
                           "attribute: 'start_date' } date { earliest: "
                           "'1954-05-01' latest: '1954-05-31' precision: "
                           "PRECISION_MONTH }");
                       b.Day("t", "s2", "e", "end_date", "1954-05-10");
                     },
                     {}}),
    CaseName());

}  // namespace
}  // namespace checker::testing
