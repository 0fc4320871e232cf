#include <functional>
#include <string>
#include <vector>

#include "checker/rules/rules_test_util.h"

namespace checker::testing {
namespace {

RulesConfig ArithmeticOnly() { return OnlyRules({"checker.rule.arithmetic"}); }

// returned (of=captured) N percent.
std::string Percent(const std::string& id, const std::string& source,
                    double percent) {
  return "id: '" + id + "' source: '" + source +
         "' subject { entity: 'pows' attribute: 'returned' qualifier { key: "
         "'of' value: 'captured' } } quantity { value: " +
         std::to_string(percent) + " unit: 'percent' }";
}

std::string Part(const std::string& id, const std::string& part, double value) {
  return "id: '" + id +
         "' source: 's1' subject { entity: 'camp' attribute: "
         "'prisoners' qualifier { key: 'part' value: '" +
         part + "' } } quantity { value: " + std::to_string(value) + " }";
}

TEST(ArithmeticRuleTest, PercentageExplanationShowsTheComputedRange) {
  BaseBuilder b;
  b.Quantity("ret", "s1", "pows", "returned", 10087);
  b.Quantity("cap", "s1", "pows", "captured", 70000, "about");
  b.AddClaim(Percent("pct", "s1", 30));
  Report report = RunRules(b.base(), ArithmeticOnly());
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).cause(), CAUSE_ARITHMETIC);
  EXPECT_EQ(report.finding(0).explanation(),
            "10,087 (s1) of 63,000 – 77,000 (s1) is "
            "12.84–16.33 percent (with 2% tolerance), but 30% (s1) "
            "says otherwise.");
}

TEST(ArithmeticRuleTest, AccumulatesPercentAndPartFindings) {
  BaseBuilder b;
  b.Quantity("ret", "s1", "pows", "returned", 10087);
  b.Quantity("cap", "s1", "pows", "captured", 70000, "about");
  b.AddClaim(Percent("pct", "s1", 30));
  b.AddClaim(Part("m", "male", 9000)).AddClaim(Part("f", "female", 4000));
  b.Quantity("whole", "s1", "camp", "prisoners", 20000);
  EXPECT_THAT(
      CompactAll(RunRules(b.base(), ArithmeticOnly())),
      ElementsAre("CONFLICT camp/prisoners f,m,whole CAUSE_ARITHMETIC",
                  "CONFLICT pows/returned pct,ret,cap CAUSE_ARITHMETIC"));
}

using ArithmeticCase = FindingsCase;

class ArithmeticVerdictTest : public ::testing::TestWithParam<ArithmeticCase> {
};

TEST_P(ArithmeticVerdictTest, GivesTheExpectedFindings) {
  EXPECT_THAT(FindingsOf(GetParam(), ArithmeticOnly()),
              ElementsAreArray(GetParam().want));
}

INSTANTIATE_TEST_SUITE_P(
    Table, ArithmeticVerdictTest,
    ::testing::Values(
        ArithmeticCase{"FourteenPercentOfAboutSeventyThousandFits",
                       [](BaseBuilder& b) {
                         b.Quantity("ret", "s1", "pows", "returned", 10087);
                         b.Quantity("cap", "s1", "pows", "captured", 70000,
                                    "about");
                         b.AddClaim(Percent("pct", "s1", 14));
                       },
                       {}},
        ArithmeticCase{"PercentWithoutOfRefersToCaptured",
                       [](BaseBuilder& b) {
                         b.Quantity("ret", "s1", "pows", "returned", 10087);
                         b.Quantity("cap", "s1", "pows", "captured", 70000,
                                    "about");
                         b.AddClaim(
                             "id: 'pct' source: 's1' subject { entity: 'pows' "
                             "attribute: 'returned' } quantity { value: 40 "
                             "unit: 'percent' }");
                       },
                       {"CONFLICT pows/returned pct,ret,cap CAUSE_ARITHMETIC"}},
        ArithmeticCase{"PercentWithoutTotalIsNotChecked",
                       [](BaseBuilder& b) {
                         b.Quantity("ret", "s1", "pows", "returned", 10087);
                         b.AddClaim(Percent("pct", "s1", 90));
                       },
                       {}},
        ArithmeticCase{"AnotherSourcesTotalFitsSoNoConflict",
                       [](BaseBuilder& b) {
                         b.Quantity("ret", "s1", "pows", "returned", 10087);
                         b.Quantity("cap1", "s2", "pows", "captured", 600000);
                         b.Quantity("cap2", "s3", "pows", "captured", 70000);
                         b.AddClaim(Percent("pct", "s4", 14));
                       },
                       {}},
        ArithmeticCase{"PartsThatAddUp",
                       [](BaseBuilder& b) {
                         b.AddClaim(Part("m", "male", 9000));
                         b.AddClaim(Part("f", "female", 4000));
                         b.Quantity("whole", "s2", "camp", "prisoners", 13000,
                                    "about");
                       },
                       {}},
        ArithmeticCase{"PartsAboveTheWhole",
                       [](BaseBuilder& b) {
                         b.AddClaim(Part("m", "male", 9000));
                         b.AddClaim(Part("f", "female", 4000));
                         b.Quantity("whole", "s2", "camp", "prisoners", 10000);
                       },
                       {"CONFLICT camp/prisoners f,m,whole CAUSE_ARITHMETIC"}},
        ArithmeticCase{"OnePartAloneIsNotChecked",
                       [](BaseBuilder& b) {
                         b.AddClaim(Part("m", "male", 9000));
                         b.Quantity("whole", "s2", "camp", "prisoners", 100);
                       },
                       {}}),
    CaseName());

}  // namespace
}  // namespace checker::testing
