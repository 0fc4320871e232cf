#include <functional>
#include <string>

#include "absl/strings/str_cat.h"
#include "checker/rules/rules_test_util.h"

namespace checker::testing {
namespace {

RulesConfig IntervalOnly() { return OnlyRules({"checker.rule.interval"}); }

RulesConfig IntervalAndSingle() {
  return OnlyRules({"checker.rule.interval", "checker.rule.single_source"});
}

// A claim of 2,000 deaths whose context (prefix, quote, suffix) is `context`
// split in three.
std::string Toll(const std::string& id, const std::string& source,
                 const std::string& prefix, const std::string& quote,
                 const std::string& suffix) {
  return absl::StrCat("id: '", id, "' source: '", source,
                      "' text: 'about 2,000' subject { entity: 'blast' "
                      "attribute: 'deaths' } quantity { value: 2000 } "
                      "provenance { document: '",
                      source, ".txt' prefix: '", prefix, "' quote: '", quote,
                      "' suffix: '", suffix, "' }");
}

TEST(IndependenceTest, CorroborationSaysHowManySourcesAreIndependent) {
  BaseBuilder b;
  b.AddSource("a").AddSource("b").AddSource("c", RELIABILITY_TIER_UNSPECIFIED,
                                            {"b"});
  b.Quantity("x1", "a", "e", "n", 100);
  b.Quantity("x2", "b", "e", "n", 100);
  b.Quantity("x3", "c", "e", "n", 100);
  Report report = RunRules(b.base(), IntervalOnly());
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).explanation(),
            "Three sources give 100 (a; b; c, two of them "
            "independent). Corroborated by 3 sources, 2 of them independent: "
            "b and c cite, quote or copy one another.");
  EXPECT_EQ(report.finding(0).cause(), CAUSE_COPIED_SOURCE);
  EXPECT_EQ(report.finding(0).independent_sources(), 2);
  EXPECT_EQ(report.finding(0).sources(), 3);
  EXPECT_EQ(report.summary().corroborated(), 1);
}

TEST(IndependenceTest, AgreementRestingOnCopyingIsNotCorroboration) {
  BaseBuilder b;
  b.AddSource("original")
      .AddSource("copy", RELIABILITY_TIER_UNSPECIFIED, {"original"});
  b.Quantity("x1", "original", "e", "n", 100);
  b.Quantity("x2", "copy", "e", "n", 100);
  Report report = RunRules(b.base(), IntervalAndSingle());
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).verdict(), SINGLE_SOURCE);
  EXPECT_EQ(report.finding(0).cause(), CAUSE_COPIED_SOURCE);
  EXPECT_EQ(report.finding(0).explanation(),
            "Only one voice states this (original; copy rest on one "
            "authority): 100.");
  EXPECT_EQ(report.summary().corroborated(), 0);
}

TEST(IndependenceTest, APageDerivedFromAnotherIsNotASecondWitness) {
  BaseBuilder b;
  b.AddSource("encyclopedia").AddSource("mirror").AddSource("archive");
  b.AddDerivedFrom("mirror", "encyclopedia");
  b.Quantity("x1", "encyclopedia", "e", "n", 2000);
  b.Quantity("x2", "mirror", "e", "n", 2000);
  b.Quantity("x3", "archive", "e", "n", 2000);
  Report report = RunRules(b.base(), IntervalOnly());
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).independent_sources(), 2);
  EXPECT_THAT(report.finding(0).explanation(),
              HasSubstr("Corroborated by 3 sources, 2 of them independent: "
                        "encyclopedia and mirror cite, quote or copy one "
                        "another."));
}

TEST(IndependenceTest, RepeatedWordingAroundTheFigureIsOneVoice) {
  BaseBuilder b;
  b.AddClaim(Toll("p1", "page1", "xx the explosion ", "killed about 2,000",
                  " people in the city and x"));
  b.AddClaim(Toll("p2", "page2", "yy the explosion ", "killed about 2,000",
                  " people in the city and y"));
  b.AddClaim(Toll("p3", "page3", "zz a toll of ", "about 2,000 dead",
                  " was given by the x"));
  Report report = RunRules(b.base(), IntervalOnly());
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).independent_sources(), 2);
  EXPECT_EQ(report.finding(0).sources(), 3);
  EXPECT_THAT(report.finding(0).explanation(),
              HasSubstr("page1 and page2 repeat the same wording around the "
                        "figure"));
}

TEST(IndependenceTest, AShortCommonPhraseIsNoCopy) {
  BaseBuilder b;
  // Five words in a row in common ("killed about 2 000 people"), fewer than
  // the default six.
  b.AddClaim(Toll("p1", "page1", "xx in 1917 the blast ", "killed about 2,000",
                  " people and razed the north x"));
  b.AddClaim(Toll("p2", "page2", "yy a ship that ", "killed about 2,000",
                  " people blew up in the harbour y"));
  Report report = RunRules(b.base(), IntervalOnly());
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).independent_sources(), 2);
}

TEST(IndependenceTest, TextComparisonCanBeSwitchedOff) {
  BaseBuilder b;
  b.AddClaim(Toll("p1", "page1", "xx the explosion ", "killed about 2,000",
                  " people in the city and x"));
  b.AddClaim(Toll("p2", "page2", "yy the explosion ", "killed about 2,000",
                  " people in the city and y"));
  RulesConfig config = IntervalOnly();
  config.set_copied_context_words(0);
  Report report = RunRules(b.base(), config);
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).independent_sources(), 2);
}

TEST(IndependenceTest, EveryFindingCarriesItsVoiceCount) {
  BaseBuilder b;
  b.Quantity("a1", "s1", "e", "n", 100);
  b.Quantity("a2", "s2", "e", "n", 100);
  b.Quantity("b1", "s1", "f", "n", 5);
  b.Quantity("b2", "s2", "f", "n", 9);
  b.Quantity("b3", "s3", "f", "n", 5);
  Report report = RunRules(b.base(), IntervalOnly());
  // f: 9 against each 5 (two voices each), and the two voices that give 5;
  // e: two voices agree.
  ASSERT_EQ(report.finding_size(), 4);
  EXPECT_EQ(report.finding(0).verdict(), CONFLICT);
  EXPECT_EQ(report.finding(0).independent_sources(), 2);
  EXPECT_EQ(report.finding(1).verdict(), CONFLICT);
  EXPECT_EQ(report.finding(1).independent_sources(), 2);
  EXPECT_EQ(report.finding(2).verdict(), CONSISTENT);
  EXPECT_EQ(report.finding(2).subject().entity(), "e");
  EXPECT_EQ(report.finding(2).independent_sources(), 2);
  EXPECT_EQ(report.finding(3).verdict(), CONSISTENT);
  EXPECT_EQ(report.finding(3).subject().entity(), "f");
  EXPECT_EQ(report.finding(3).independent_sources(), 2);
  ASSERT_EQ(report.finding(3).claim_size(), 2);
  EXPECT_EQ(report.finding(3).claim(0).claim(), "b1");
  EXPECT_EQ(report.finding(3).claim(1).claim(), "b3");
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
  Report report = RunRules(b.base(), IntervalAndSingle());
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
        VoiceCase{"DerivedFromIsOneVoice",
                  [](BaseBuilder& b) {
                    b.AddSource("s1").AddSource("s2");
                    b.AddDerivedFrom("s2", "s1");
                    b.AddClaim(kClaimA).AddClaim(kClaimB);
                  },
                  1},
        VoiceCase{
            "WorksQuotedInOneCompilationStayIndependent",
            [](BaseBuilder& b) {
              b.AddSource("s1").AddSource("s2");
              b.AddQuote("compilation", "s1");
              b.AddQuote("compilation", "s2");
              b.AddClaim(absl::StrCat(
                  kClaimA, " provenance { carrier_source: 'compilation' }"));
              b.AddClaim(absl::StrCat(
                  kClaimB, " provenance { carrier_source: 'compilation' }"));
            },
            2}),
    CaseName());

}  // namespace
}  // namespace checker::testing
