#include "checker/rules/engine.h"

#include <algorithm>
#include <functional>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checker/rules/rules_test_util.h"
#include "checker/store/claim_base_set.h"
#include "gmock/gmock.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"

namespace checker::testing {
namespace {

TEST(RuleEngineTest, CreateRejectsUnusableConfigurationNamingTheField) {
  RulesConfig negative;
  negative.set_varying_threshold(-0.1);
  EXPECT_THAT(
      std::string(RuleEngine::Create(negative).status().message()),
      HasSubstr("varying_threshold is -0.1; it must be a finite number >= 0"));
  RulesConfig unknown;
  unknown.add_disabled_rule("checker.rule.nope");
  EXPECT_THAT(
      std::string(RuleEngine::Create(unknown).status().message()),
      HasSubstr("disabled_rule names unknown rule \"checker.rule.nope\""));
  RulesConfig severity;
  severity.add_severity()->set_rule("nope");
  EXPECT_FALSE(RuleEngine::Create(severity).ok());
  RulesConfig waiver;
  waiver.add_waiver()->set_entity("e");
  EXPECT_THAT(std::string(RuleEngine::Create(waiver).status().message()),
              HasSubstr("waiver for \"e\" has no note"));
}

TEST(RuleEngineTest, OrdersConflictsThenVaryingThenSingleSourceThenConsistent) {
  BaseBuilder b;
  b.Quantity("a1", "s1", "alpha", "n", 100);
  b.Quantity("a2", "s2", "alpha", "n", 100);  // consistent
  b.Quantity("b1", "s1", "beta", "n", 1);     // single source
  b.Quantity("c1", "s1", "gamma", "n", 60000, "over");
  b.Quantity("c2", "s2", "gamma", "n", 70000, "about");  // varying
  b.Quantity("d1", "s1", "delta", "n", 5);
  b.Quantity("d2", "s2", "delta", "n", 9);  // conflict
  Report report = RunRules(b.base());
  EXPECT_THAT(CompactAll(report), ElementsAre("CONFLICT delta/n d1,d2",
                                              "VARYING gamma/n c1,c2 "
                                              "CAUSE_HEDGE",
                                              "SINGLE_SOURCE beta/n b1",
                                              "CONSISTENT alpha/n a1,a2"));
  const ReportSummary& s = report.summary();
  EXPECT_EQ(s.subjects(), 4);
  EXPECT_EQ(s.claims(), 7);
  EXPECT_EQ(s.conflicts(), 1);
  EXPECT_EQ(s.varying(), 1);
  EXPECT_EQ(s.single_source(), 1);
  EXPECT_EQ(s.consistent(), 1);
  EXPECT_EQ(s.corroborated(), 1);
}

TEST(RuleEngineTest, RejectedClaimsAreIgnoredAndExtractedOnesMarked) {
  BaseBuilder b;
  b.Quantity("a", "s1", "e", "n", 5);
  b.AddClaim(
      "id: 'b' source: 's2' status: EXTRACTED subject { entity: 'e' "
      "attribute: 'n' } quantity { value: 9 }");
  b.AddClaim(
      "id: 'c' source: 's3' status: REJECTED subject { entity: 'e' "
      "attribute: 'n' } quantity { value: 500 }");
  Report report = RunRules(b.base(), OnlyRules({"checker.rule.interval"}));
  ASSERT_EQ(report.finding_size(), 1);
  ASSERT_EQ(report.finding(0).claim_size(), 2);
  EXPECT_EQ(report.finding(0).claim(0).status(), CONFIRMED);
  EXPECT_EQ(report.finding(0).claim(1).status(), EXTRACTED);
}

TEST(RuleEngineTest, WaivedFindingsStayButDoNotFail) {
  BaseBuilder b;
  b.Quantity("a", "s1", "e", "n", 5);
  b.Quantity("b", "s2", "e", "n", 9);
  RulesConfig config = OnlyRules({"checker.rule.interval"});
  Report unwaived = RunRules(b.base(), config);
  EXPECT_TRUE(ReportFails(unwaived, CONFLICT));
  Waiver* waiver = config.add_waiver();
  waiver->set_entity("e");
  waiver->set_note("5 is a misprint in s1");
  waiver->set_reviewer("editor");
  waiver->set_date("2026-11-01");
  Report report = RunRules(b.base(), config);
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_TRUE(report.finding(0).waived());
  EXPECT_EQ(report.finding(0).waiver_note(),
            "5 is a misprint in s1 (editor, 2026-11-01)");
  EXPECT_EQ(report.summary().waived(), 1);
  EXPECT_FALSE(ReportFails(report, CONFLICT));
}

TEST(RuleEngineTest, ReportFailsAtOrAboveTheThreshold) {
  Report report;
  report.add_finding()->set_verdict(VARYING);
  EXPECT_FALSE(ReportFails(report, CONFLICT));
  EXPECT_TRUE(ReportFails(report, VARYING));
  EXPECT_FALSE(ReportFails(report, VERDICT_UNSPECIFIED));
  report.add_finding()->set_verdict(CONFLICT);
  EXPECT_TRUE(ReportFails(report, CONFLICT));
  EXPECT_FALSE(ReportFails(report, VERDICT_UNSPECIFIED));
}

TEST(RuleEngineTest, TierNoteWhenTheWeakestTierMakesTheConflict) {
  BaseBuilder b;
  b.AddSource("archive", TIER_PRIMARY).AddSource("book", TIER_SCHOLARLY);
  b.AddSource("blog", TIER_WEB);
  b.Quantity("a", "archive", "e", "n", 100);
  b.Quantity("b", "book", "e", "n", 100);
  b.Quantity("c", "blog", "e", "n", 300);
  Report report = RunRules(b.base(), OnlyRules({"checker.rule.interval"}));
  // The blog against the archive and against the book, then the two that
  // agree: both conflicts carry the note, the agreement needs none.
  ASSERT_EQ(report.finding_size(), 3);
  for (int i = 0; i < 2; ++i) {
    EXPECT_EQ(report.finding(i).verdict(), CONFLICT);
    EXPECT_EQ(report.finding(i).tier_note(),
              "Without the TIER_WEB sources (blog) the verdict would be "
              "CONSISTENT.");
  }
  EXPECT_EQ(report.finding(2).verdict(), CONSISTENT);
  EXPECT_EQ(report.finding(2).tier_note(), "");
}

TEST(RuleEngineTest, FindingIdsDoNotDependOnClaimOrder) {
  BaseBuilder forward;
  forward.Quantity("a", "s1", "e", "n", 5).Quantity("b", "s2", "e", "n", 9);
  BaseBuilder backward;
  backward.Quantity("b", "s2", "e", "n", 9).Quantity("a", "s1", "e", "n", 5);
  Report one = RunRules(forward.base());
  Report two = RunRules(backward.base());
  ASSERT_EQ(one.finding_size(), two.finding_size());
  EXPECT_EQ(one.SerializeAsString(), two.SerializeAsString());
}

class CollectingSink : public FindingSink {
 public:
  void Summary(const ReportSummary& summary) override {
    EXPECT_EQ(report.finding_size(), 0) << "summary comes first";
    *report.mutable_summary() = summary;
  }
  void Add(Finding finding) override { *report.add_finding() = finding; }
  Report report;
};

TEST(RuleEngineTest, StreamingGivesExactlyTheReportOfRun) {
  BaseBuilder b;
  b.Quantity("a1", "s1", "alpha", "n", 100)
      .Quantity("a2", "s2", "alpha", "n", 100);
  b.Quantity("b1", "s1", "beta", "n", 1);
  b.Quantity("c1", "s1", "gamma", "n", 60000, "over");
  b.Quantity("c2", "s2", "gamma", "n", 70000, "about");
  b.Day("d5", "s1", "stalin", "date_of_death", "1953-03-05");
  b.Day("d6", "s2", "stalin", "date_of_death", "1953-03-06");
  b.Day("ann", "s3", "stalin", "date_announced", "1953-03-04");
  // A third date of death makes the conflict two pairs and an agreement:
  // the ordering pass must build the same three findings.
  b.Day("d5b", "s4", "stalin", "date_of_death", "1953-03-05");
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(RulesConfig());
  ASSERT_TRUE(engine.ok());
  IssueList issues;
  Report whole = engine->Run(ClaimBaseSet(b.base()), &issues);
  CollectingSink sink;
  ASSERT_TRUE(
      engine->RunStreaming(ClaimBaseSet(b.base()), &issues, &sink).ok());
  EXPECT_EQ(whole.finding_size(), 8);
  EXPECT_EQ(sink.report.SerializeAsString(), whole.SerializeAsString());
}

// The same base with its claims kept serialized, as `check` loads a .binpb.
ClaimBase Packed(const ClaimBase& base) {
  ClaimBase packed;
  packed.sources = base.sources;
  packed.entities = base.entities;
  packed.attributes = base.attributes;
  packed.rules = base.rules;
  for (const Claim& claim : base.claims) {
    packed.packed_claims.Append(claim.SerializeAsString(), claim.id());
  }
  packed.BuildIndex();
  return packed;
}

// Equal reports; map fields (qualifiers) may serialize in any order, so
// compare fields, not bytes.
void ExpectSameReport(const Report& got, const Report& want) {
  google::protobuf::util::MessageDifferencer differ;
  std::string differences;
  differ.ReportDifferencesToString(&differences);
  EXPECT_TRUE(differ.Compare(got, want)) << differences;
}

TEST(RuleEngineTest, PackedClaimsGiveExactlyTheReportOfParsedOnes) {
  // The bundled claim base: anchors across entities, arithmetic, voices,
  // waivers and tiers all take part.
  IssueList load_issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase("claims", {}, &load_issues);
  ASSERT_TRUE(base.ok()) << base.status();
  ASSERT_GT(base->claims.size(), 100u);
  ClaimBase packed = Packed(*base);
  ASSERT_TRUE(packed.claims.empty());
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(base->rules);
  ASSERT_TRUE(engine.ok());
  IssueList parsed_issues, packed_issues;
  Report want = engine->Run(ClaimBaseSet(*base), &parsed_issues);
  Report got = engine->Run(ClaimBaseSet(packed), &packed_issues);
  ASSERT_GT(want.finding_size(), 50);
  ExpectSameReport(got, want);
  CollectingSink sink;
  ASSERT_TRUE(
      engine->RunStreaming(ClaimBaseSet(packed), &packed_issues, &sink).ok());
  ExpectSameReport(sink.report, want);
  // Issues name the claim the same way (without a location: the packed
  // form keeps none).
  ASSERT_EQ(packed_issues.issues().size(), 2 * parsed_issues.issues().size());
  for (size_t i = 0; i < parsed_issues.issues().size(); ++i) {
    EXPECT_EQ(packed_issues.issues()[i].message,
              parsed_issues.issues()[i].message);
  }
}

TEST(RuleEngineTest, ManyEntitiesAcrossWorkersStayInReportOrder) {
  BaseBuilder b;
  for (int e = 0; e < 300; ++e) {
    std::string entity = absl::StrCat("e", 1000 - e);
    b.Quantity(entity + "a", "s1", entity, "n", 100);
    b.Quantity(entity + "b", "s2", entity, "n", e % 3 == 0 ? 500 : 100);
  }
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(RulesConfig());
  ASSERT_TRUE(engine.ok());
  IssueList issues;
  Report whole = engine->Run(ClaimBaseSet(b.base()), &issues);
  CollectingSink sink;
  ASSERT_TRUE(
      engine->RunStreaming(ClaimBaseSet(b.base()), &issues, &sink).ok());
  ASSERT_EQ(whole.finding_size(), 300);
  EXPECT_EQ(whole.summary().conflicts(), 100);
  EXPECT_EQ(sink.report.SerializeAsString(), whole.SerializeAsString());
  for (int i = 1; i < whole.finding_size(); ++i) {
    const Finding& a = whole.finding(i - 1);
    const Finding& b = whole.finding(i);
    if (a.verdict() == b.verdict()) {
      EXPECT_LT(a.subject().entity(), b.subject().entity());
    }
  }
}

// More findings than one streamed chunk (8,192) and more workers than two:
// every thread count gives the same findings, in entity order, streamed or
// held. Entity e has claims 100 and 500 (a conflict) when e is even, and
// 100 and 100 (consistent) when it is odd.
TEST(RuleEngineTest, ThreadCountAndChunkingDoNotChangeTheReport) {
  constexpr int kEntities = 9000;
  BaseBuilder b;
  for (int e = 0; e < kEntities; ++e) {
    const std::string entity = absl::StrCat("e", 10000 + e);
    b.Quantity(entity + "a", "s1", entity, "n", 100);
    b.Quantity(entity + "b", "s2", entity, "n", e % 2 == 0 ? 500 : 100);
  }
  std::string first;
  for (int threads : {1, 3, 5, 8}) {
    absl::StatusOr<RuleEngine> engine =
        RuleEngine::Create(RulesConfig(), threads);
    ASSERT_TRUE(engine.ok());
    IssueList issues;
    const Report whole = engine->Run(ClaimBaseSet(b.base()), &issues);
    CollectingSink sink;
    ASSERT_TRUE(
        engine->RunStreaming(ClaimBaseSet(b.base()), &issues, &sink).ok());
    EXPECT_TRUE(issues.empty()) << issues.ToDisplayString();
    ASSERT_EQ(whole.finding_size(), kEntities) << threads << " threads";
    EXPECT_EQ(whole.summary().conflicts(), kEntities / 2);
    EXPECT_EQ(whole.summary().consistent(), kEntities / 2);
    // Conflicts first, each verdict in entity order.
    EXPECT_EQ(whole.finding(0).subject().entity(), "e10000");
    EXPECT_EQ(whole.finding(0).verdict(), CONFLICT);
    EXPECT_EQ(whole.finding(kEntities / 2 - 1).subject().entity(), "e18998");
    EXPECT_EQ(whole.finding(kEntities / 2).subject().entity(), "e10001");
    EXPECT_EQ(whole.finding(kEntities / 2).verdict(), CONSISTENT);
    EXPECT_EQ(whole.finding(kEntities - 1).subject().entity(), "e18999");
    EXPECT_EQ(sink.report.SerializeAsString(), whole.SerializeAsString())
        << threads << " threads";
    if (first.empty()) first = whole.SerializeAsString();
    EXPECT_EQ(whole.SerializeAsString(), first) << threads << " threads";
  }
}

TEST(RuleEngineTest, UnusableClaimsAreReportedAndLeftOut) {
  BaseBuilder b;
  b.Quantity("a", "s1", "e", "n", 5);
  b.AddClaim(
      "id: 'bad' source: 's2' subject { entity: 'e' attribute: 'n' } "
      "quantity { low: 9 high: 1 }");
  b.AddClaim(
      "id: 'orphan' source: 's2' subject { entity: 'e' attribute: 'when' } "
      "relative_date { direction: AFTER anchor_claim: 'missing' offset { "
      "amount: 1 unit: UNIT_DAY } }");
  IssueList issues;
  Report report = RunRules(b.base(), {}, &issues);
  ASSERT_EQ(issues.issues().size(), 2u);
  EXPECT_EQ(issues.issues()[0].message,
            "claim \"bad\" left out of the check: claim \"bad\": range low 9 "
            "is above high 1");
  EXPECT_EQ(issues.issues()[1].message,
            "claim \"orphan\" left out of the check: anchor claim \"missing\" "
            "is not in the base");
  EXPECT_EQ(report.summary().claims(), 1);
}

TEST(RuleEngineTest, SeverityOverridesComeFromTheConfig) {
  BaseBuilder b;
  b.Quantity("a", "s1", "e", "n", 5);
  RulesConfig config;
  RuleSeverity* severity = config.add_severity();
  severity->set_rule("checker.rule.single_source");
  severity->set_severity(WARNING);
  Report report = RunRules(b.base(), config);
  ASSERT_EQ(report.finding_size(), 1);
  EXPECT_EQ(report.finding(0).severity(), WARNING);
}

// The true negatives and positives the issue names, with every rule on.
using IssueCase = FindingsCase;

class IssueExamplesTest : public ::testing::TestWithParam<IssueCase> {};

TEST_P(IssueExamplesTest, AllRulesGiveTheExpectedFindings) {
  EXPECT_THAT(FindingsOf(GetParam()), ElementsAreArray(GetParam().want));
  BaseBuilder b;
  GetParam().build(b);
  EXPECT_THAT(CompactAll(RunRules(Packed(b.base()))),
              ElementsAreArray(GetParam().want))
      << "with the claims packed";
}

INSTANTIATE_TEST_SUITE_P(
    Table, IssueExamplesTest,
    ::testing::Values(
        IssueCase{"June1953AndJune26Agree",
                  [](BaseBuilder& b) {
                    b.AddClaim(
                        "id: 'm' source: 's1' subject { entity: 'e' "
                        "attribute: 'date_of_release' } date { earliest: "
                        "'1953-06-01' latest: '1953-06-30' precision: "
                        "PRECISION_MONTH }");
                    b.Day("d", "s2", "e", "date_of_release", "1953-06-26");
                  },
                  {"CONSISTENT e/date_of_release d,m CAUSE_PRECISION"}},
        IssueCase{"Over60000AndAbout70000Vary",
                  [](BaseBuilder& b) {
                    b.Quantity("a", "s1", "pows", "captured", 60000, "over");
                    b.Quantity("b", "s2", "pows", "captured", 70000, "about");
                  },
                  {"VARYING pows/captured a,b CAUSE_HEDGE"}},
        IssueCase{"DeathAndAnnouncementOnTheSameDayDoNotConflict",
                  [](BaseBuilder& b) {
                    b.Day("d", "s1", "stalin", "date_of_death", "1953-03-06");
                    b.Day("a", "s2", "stalin", "date_announced", "1953-03-06");
                  },
                  {"SINGLE_SOURCE stalin/date_announced a",
                   "SINGLE_SOURCE stalin/date_of_death d"}},
        IssueCase{"ThreeWeeksAfter6MarchAgreesWith27March",
                  [](BaseBuilder& b) {
                    b.Day("anchor", "s1", "e", "date_of_death", "1953-03-06");
                    b.AddClaim(
                        "id: 'rel' source: 's2' subject { entity: 'e' "
                        "attribute: 'date_announced' } relative_date { "
                        "direction: AFTER anchor_claim: 'anchor' offset { "
                        "amount: 3 unit: UNIT_WEEK } }");
                    b.Day("abs", "s3", "e", "date_announced", "1953-03-27");
                  },
                  {"SINGLE_SOURCE e/date_of_death anchor",
                   "CONSISTENT e/date_announced abs,rel"}},
        IssueCase{"FortyAndFortyTwoDaysConflict",
                  [](BaseBuilder& b) {
                    b.Days("a", "s1", "kengir", "duration", 40);
                    b.Days("b", "s2", "kengir", "duration", 42);
                  },
                  {"CONFLICT kengir/duration a,b CAUSE_ROUNDING"}},
        IssueCase{"FiveVersusSixMarchIsDateRole",
                  [](BaseBuilder& b) {
                    b.Day("d5", "s1", "stalin", "date_of_death", "1953-03-05");
                    b.Day("d6", "s2", "stalin", "date_of_death", "1953-03-06");
                    b.Day("ann", "s2", "stalin", "date_announced",
                          "1953-03-06");
                  },
                  {"CONFLICT stalin/date_of_death d5,d6 CAUSE_DATE_ROLE",
                   "SINGLE_SOURCE stalin/date_announced ann"}},
        IssueCase{"OneSourcesRangeOfEstimatesIsNoConflict",
                  [](BaseBuilder& b) {
                    b.Quantity("e1", "s1", "famine", "deaths", 40000);
                    b.Quantity("e2", "s1", "famine", "deaths", 105000);
                    b.Quantity("e3", "s1", "famine", "deaths", 150000);
                  },
                  {"SINGLE_SOURCE famine/deaths e1,e2,e3"}},
        IssueCase{"AMirrorAgreeingWithItsOriginalIsOneVoice",
                  [](BaseBuilder& b) {
                    b.AddDerivedFrom("mirror", "wiki");
                    b.Quantity("w", "wiki", "blast", "deaths", 2000);
                    b.Quantity("m", "mirror", "blast", "deaths", 2000);
                  },
                  {"SINGLE_SOURCE blast/deaths m,w CAUSE_COPIED_SOURCE"}}),
    CaseName());

}  // namespace
}  // namespace checker::testing
