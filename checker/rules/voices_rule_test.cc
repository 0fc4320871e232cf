#include <functional>
#include <string>

#include "absl/strings/str_cat.h"
#include "checker/rules/rules_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using ::checker::testing::BaseBuilder;
using ::checker::testing::CompactAll;
using ::checker::testing::OnlyRules;
using ::checker::testing::RunRules;
using ::testing::ElementsAre;

RulesConfig IntervalAndVoices() {
  return OnlyRules({"checker.rule.interval", "checker.rule.voices"});
}

TEST(VoicesRuleTest, ExplanationListsTheIndependentVoices) {
  BaseBuilder b;
  b.AddSource("a").AddSource("b").AddSource("c", RELIABILITY_TIER_UNSPECIFIED,
                                            {"b"});
  b.Quantity("x1", "a", "e", "n", 100);
  b.Quantity("x2", "b", "e", "n", 100);
  b.Quantity("x3", "c", "e", "n", 100);
  Report report = RunRules(b.base(), IntervalAndVoices());
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).explanation(),
            "All 3 claims fit the common range [100, 100]. Corroborated by 2 "
            "independent sources: a; {b, c}. 3 sources agree but only 2 "
            "voices stand behind them: sources in braces cite or quote one "
            "another, or repeat the same attributed voice.");
  EXPECT_EQ(report.finding(0).cause(), CAUSE_COPIED_SOURCE);
  EXPECT_EQ(report.finding(0).independent_sources(), 2);
  EXPECT_EQ(report.summary().corroborated(), 1);
}

TEST(VoicesRuleTest, AgreementRestingOnCopyingIsNotCorroboration) {
  BaseBuilder b;
  b.AddSource("original").AddSource("copy", RELIABILITY_TIER_UNSPECIFIED,
                                    {"original"});
  b.Quantity("x1", "original", "e", "n", 100);
  b.Quantity("x2", "copy", "e", "n", 100);
  Report report = RunRules(
      b.base(), OnlyRules({"checker.rule.interval", "checker.rule.voices",
                           "checker.rule.single_source"}));
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).verdict(), SINGLE_SOURCE);
  EXPECT_EQ(report.finding(0).cause(), CAUSE_COPIED_SOURCE);
  EXPECT_EQ(report.finding(0).explanation(),
            "Only one voice states this (copy, original rest on one "
            "authority): x1 (original: [100, 100]), x2 (copy: [100, 100]).");
  EXPECT_EQ(report.summary().corroborated(), 0);
}

TEST(VoicesRuleTest, AccumulatesAnnotationsOnEveryGroup) {
  BaseBuilder b;
  b.Quantity("a1", "s1", "e", "n", 100);
  b.Quantity("a2", "s2", "e", "n", 100);
  b.Quantity("b1", "s1", "f", "n", 5);
  b.Quantity("b2", "s2", "f", "n", 9);
  b.Quantity("b3", "s3", "f", "n", 5);
  Report report = RunRules(b.base(), IntervalAndVoices());
  ASSERT_EQ(report.finding_size(), 2);
  EXPECT_EQ(report.finding(0).verdict(), CONFLICT);
  EXPECT_EQ(report.finding(0).independent_sources(), 3);
  EXPECT_EQ(report.finding(1).verdict(), CONSISTENT);
  EXPECT_EQ(report.finding(1).independent_sources(), 2);
}

struct VoiceCase {
  const char* name;
  std::function<void(BaseBuilder&)> build;
  int want_voices;
};

class VoiceCountTest : public ::testing::TestWithParam<VoiceCase> {};

TEST_P(VoiceCountTest, CountsIndependentVoices) {
  BaseBuilder b;
  GetParam().build(b);
  Report report = RunRules(
      b.base(), OnlyRules({"checker.rule.interval", "checker.rule.voices",
                           "checker.rule.single_source"}));
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).independent_sources(), GetParam().want_voices);
}

constexpr char kClaimA[] =
    "id: 'a' source: 's1' subject { entity: 'pows' attribute: 'captured' } "
    "quantity { value: 700000 }";
constexpr char kClaimB[] =
    "id: 'b' source: 's2' subject { entity: 'pows' attribute: 'captured' } "
    "quantity { value: 700000 }";

INSTANTIATE_TEST_SUITE_P(
    Table, VoiceCountTest,
    ::testing::Values(
        VoiceCase{"TwoUnrelatedSources",
                  [](BaseBuilder& b) { b.AddClaim(kClaimA).AddClaim(kClaimB); },
                  2},
        VoiceCase{"SameSourceTwice",
                  [](BaseBuilder& b) {
                    b.AddClaim(kClaimA);
                    b.AddClaim(
                        "id: 'b' source: 's1' subject { entity: 'pows' "
                        "attribute: 'captured' } quantity { value: 700000 }");
                  },
                  1},
        VoiceCase{"TransitiveCitationIsOneVoice",
                  [](BaseBuilder& b) {
                    b.AddSource("s1", RELIABILITY_TIER_UNSPECIFIED, {"mid"});
                    b.AddSource("mid", RELIABILITY_TIER_UNSPECIFIED, {"s2"});
                    b.AddClaim(kClaimA).AddClaim(kClaimB);
                  },
                  1},
        VoiceCase{"CitingACommonAuthorityIsOneVoice",
                  [](BaseBuilder& b) {
                    b.AddSource("s1", RELIABILITY_TIER_UNSPECIFIED, {"root"});
                    b.AddSource("s2", RELIABILITY_TIER_UNSPECIFIED, {"root"});
                    b.AddClaim(kClaimA).AddClaim(kClaimB);
                  },
                  1},
        VoiceCase{"SameAttributedVoiceInTwoBooks",
                  [](BaseBuilder& b) {
                    b.AddClaim(absl::StrCat(
                        kClaimA, " attribution { voice: 'Japanese sources' }"));
                    b.AddClaim(absl::StrCat(
                        kClaimB, " attribution { voice: 'Japanese sources' }"));
                  },
                  1},
        VoiceCase{"AttributedVoiceDiffersFromTheBookItself",
                  [](BaseBuilder& b) {
                    b.AddClaim(absl::StrCat(
                        kClaimA, " attribution { voice: 'Japanese sources' }"));
                    b.AddClaim(
                        "id: 'b' source: 's1' subject { entity: 'pows' "
                        "attribute: 'captured' } quantity { value: 700000 }");
                  },
                  2},
        VoiceCase{"WorksQuotedInOneCompilationStayIndependent",
                  [](BaseBuilder& b) {
                    b.AddSource("s1").AddSource("s2");
                    b.AddQuote("compilation", "s1");
                    b.AddQuote("compilation", "s2");
                    b.AddClaim(absl::StrCat(
                        kClaimA,
                        " provenance { carrier_source: 'compilation' }"));
                    b.AddClaim(absl::StrCat(
                        kClaimB,
                        " provenance { carrier_source: 'compilation' }"));
                  },
                  2}),
    [](const ::testing::TestParamInfo<VoiceCase>& info) {
      return std::string(info.param.name);
    });

}  // namespace
}  // namespace checker
