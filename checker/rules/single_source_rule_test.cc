#include <functional>
#include <string>

#include "checker/rules/rules_test_util.h"

namespace checker::testing {
namespace {

RulesConfig SingleSourceOnly() {
  return OnlyRules({"checker.rule.single_source"});
}

TEST(SingleSourceRuleTest, ExplanationNamesTheOnlySource) {
  BaseBuilder b;
  b.AddClaim(
      "id: 'k' source: 'applebaum' text: '476 camps' subject { entity: "
      "'gulag' attribute: 'camps' } quantity { value: 476 } provenance { "
      "document: 'a.txt' page: '12' quote: '476 camps' }");
  Report report = RunRules(b.base(), SingleSourceOnly());
  ASSERT_EQ(report.finding_size(), 1);
  const Finding& f = report.finding(0);
  EXPECT_EQ(f.verdict(), SINGLE_SOURCE);
  EXPECT_EQ(f.severity(), INFO);
  EXPECT_EQ(f.explanation(), "Only applebaum states this: 476 camps.");
  EXPECT_EQ(f.footnote(), "Single source: 476 camps (applebaum, p. 12).");
  EXPECT_EQ(f.claim(0).provenance().document(), "a.txt");
}

TEST(SingleSourceRuleTest, AccumulatesOneFindingPerSingleVoiceGroup) {
  BaseBuilder b;
  b.Quantity("a", "s1", "e", "n", 1);
  b.Quantity("b", "s1", "f", "n", 2);
  b.Quantity("c", "s1", "g", "n", 3);
  b.Quantity("d", "s2", "g", "n", 3);
  EXPECT_THAT(CompactAll(RunRules(b.base(), SingleSourceOnly())),
              ElementsAre("SINGLE_SOURCE e/n a", "SINGLE_SOURCE f/n b"));
}

struct SingleCase {
  const char* name;
  std::function<void(BaseBuilder&)> build;
  bool want_single;
};

class SingleSourceVerdictTest : public ::testing::TestWithParam<SingleCase> {};

TEST_P(SingleSourceVerdictTest, MarksWhatRestsOnOneVoice) {
  BaseBuilder b;
  GetParam().build(b);
  Report report = RunRules(b.base(), SingleSourceOnly());
  EXPECT_EQ(report.finding_size(), GetParam().want_single ? 1 : 0);
}

INSTANTIATE_TEST_SUITE_P(
    Table, SingleSourceVerdictTest,
    ::testing::Values(
        SingleCase{"OneClaim",
                   [](BaseBuilder& b) { b.Quantity("a", "s1", "e", "n", 1); },
                   true},
        SingleCase{"TwoClaimsOneSource",
                   [](BaseBuilder& b) {
                     b.Quantity("a", "s1", "e", "n", 1);
                     b.Quantity("b", "s1", "e", "n", 1);
                   },
                   true},
        SingleCase{"CopyOfTheSource",
                   [](BaseBuilder& b) {
                     b.AddSource("s1").AddSource(
                         "s2", RELIABILITY_TIER_UNSPECIFIED, {"s1"});
                     b.Quantity("a", "s1", "e", "n", 1);
                     b.Quantity("b", "s2", "e", "n", 1);
                   },
                   true},
        SingleCase{"TwoIndependentSources",
                   [](BaseBuilder& b) {
                     b.Quantity("a", "s1", "e", "n", 1);
                     b.Quantity("b", "s2", "e", "n", 1);
                   },
                   false},
        SingleCase{"RejectedSecondClaimDoesNotCount",
                   [](BaseBuilder& b) {
                     b.Quantity("a", "s1", "e", "n", 1);
                     b.AddClaim(
                         "id: 'b' source: 's2' status: REJECTED subject { "
                         "entity: 'e' attribute: 'n' } quantity { value: 1 }");
                   },
                   true}),
    CaseName());

}  // namespace
}  // namespace checker::testing
