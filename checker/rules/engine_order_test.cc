// The engine's order and data flow, stated and checked: a streaming run's
// second check of an entity must reproduce the first (an error when it does
// not), and no rule's findings depend on which other rules run.
#include <atomic>
#include <string>
#include <tuple>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checker/rules/engine.h"
#include "checker/rules/engine_run.h"
#include "checker/rules/rule_set.h"
#include "checker/rules/rules_test_util.h"
#include "checker/store/claim_base_set.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using ::checker::testing::BaseBuilder;
using ::testing::ElementsAreArray;
using ::testing::HasSubstr;

class CollectingSink : public FindingSink {
 public:
  void Summary(const ReportSummary& summary) override { summary_ = summary; }
  void Add(Finding finding) override { findings.push_back(std::move(finding)); }
  std::vector<Finding> findings;

 private:
  ReportSummary summary_;
};

// A rule that is not a pure function of its group: the verdict it gives
// depends on how often it was called before (`flip_after` calls give
// CONSISTENT, later ones CONFLICT). With `vanish`, later calls report
// nothing instead.
class DriftingRule : public Rule {
 public:
  DriftingRule(int flip_after, bool vanish)
      : flip_after_(flip_after), vanish_(vanish) {}
  absl::string_view id() const override { return "checker.rule.test_drift"; }
  void CheckGroup(const Group& group, RuleContext& context) const override {
    const bool late = calls_.fetch_add(1) >= flip_after_;
    if (late && vanish_) return;
    std::vector<const NormalizedClaim*> claims;
    for (const NormalizedClaim& c : group.claims) claims.push_back(&c);
    context.Report(context.NewFinding(
        *this, *group.subject, late ? CONFLICT : CONSISTENT, claims, "test"));
  }

 private:
  int flip_after_;
  bool vanish_;
  mutable std::atomic<int> calls_{0};
};

// Three entities of one group each.
BaseBuilder ThreeEntities() {
  BaseBuilder b;
  for (const char* entity : {"alpha", "beta", "gamma"}) {
    b.Quantity(absl::StrCat(entity, "1"), "s1", entity, "n", 10);
    b.Quantity(absl::StrCat(entity, "2"), "s2", entity, "n", 10);
  }
  return b;
}

TEST(EngineOrderTest, ReCheckGivingAnotherVerdictIsAnInternalError) {
  BaseBuilder b = ThreeEntities();
  DriftingRule rule(/*flip_after=*/3, /*vanish=*/false);  // pass 1: 3 calls
  EngineSetup setup{RulesConfig()};
  setup.rules = {&rule};
  IssueList issues;
  CollectingSink sink;
  absl::Status status = RunEngine(setup, ClaimBaseSet(b.base()), &issues,
                                  /*streaming=*/true, 1, &sink);
  EXPECT_EQ(status.code(), absl::StatusCode::kInternal) << status;
  EXPECT_THAT(std::string(status.message()),
              HasSubstr("second check of entity \"alpha\" did not reproduce "
                        "finding 1"));
  EXPECT_TRUE(sink.findings.empty()) << "no mislabelled finding emitted";
}

TEST(EngineOrderTest, ReCheckLosingAFindingIsAnInternalError) {
  BaseBuilder b = ThreeEntities();
  DriftingRule rule(/*flip_after=*/3, /*vanish=*/true);
  EngineSetup setup{RulesConfig()};
  setup.rules = {&rule};
  IssueList issues;
  CollectingSink sink;
  absl::Status status = RunEngine(setup, ClaimBaseSet(b.base()), &issues,
                                  /*streaming=*/true, 3, &sink);
  EXPECT_EQ(status.code(), absl::StatusCode::kInternal) << status;
}

TEST(EngineOrderTest, PureRuleStreamsEveryFindingOnAnyWorkerCount) {
  BaseBuilder b = ThreeEntities();
  // Never flips: a pure function of its group.
  DriftingRule rule(/*flip_after=*/1 << 30, /*vanish=*/false);
  EngineSetup setup{RulesConfig()};
  setup.rules = {&rule};
  for (int threads : {1, 2, 3}) {
    IssueList issues;
    CollectingSink sink;
    ASSERT_TRUE(RunEngine(setup, ClaimBaseSet(b.base()), &issues,
                          /*streaming=*/true, threads, &sink)
                    .ok());
    ASSERT_EQ(sink.findings.size(), 3u) << threads << " threads";
    EXPECT_EQ(sink.findings[0].subject().entity(), "alpha");
    EXPECT_EQ(sink.findings[2].subject().entity(), "gamma");
    EXPECT_EQ(sink.findings[1].verdict(), CONSISTENT);
  }
}

TEST(EngineOrderTest, FingerprintTellsFindingsApartByRuleVerdictAndClaims) {
  Finding a;
  a.set_rule("checker.rule.interval");
  a.set_verdict(CONFLICT);
  a.mutable_subject()->set_entity("kengir");
  a.mutable_subject()->set_attribute("deaths");
  a.add_claim()->set_claim("c1");
  a.add_claim()->set_claim("c2");
  Finding same = a;
  same.set_explanation("explanations are not part of it");
  EXPECT_EQ(FindingFingerprint(same), FindingFingerprint(a));
  // 16 bits of a CRC, the same in every process: fixed inputs that do not
  // collide never will.
  Finding other_verdict = a;
  other_verdict.set_verdict(VARYING);
  Finding other_rule = a;
  other_rule.set_rule("checker.rule.arithmetic");
  Finding other_claims = a;
  other_claims.mutable_claim(1)->set_claim("c3");
  EXPECT_NE(FindingFingerprint(other_verdict), FindingFingerprint(a));
  EXPECT_NE(FindingFingerprint(other_rule), FindingFingerprint(a));
  EXPECT_NE(FindingFingerprint(other_claims), FindingFingerprint(a));
}

// A base on which every built-in rule reports: a spread of counts, a figure
// from one source, an unsure unreviewed link, parts that do not add up to
// their whole, and a duration its own period contradicts.
BaseBuilder EveryRuleReports() {
  BaseBuilder b;
  b.Quantity("w1", "s1", "dam", "workers", 800);
  b.Quantity("w2", "s2", "dam", "workers", 2000);
  b.Quantity("cost", "s1", "dam", "cost", 5);
  for (const auto& [id, source, days, extra] :
       std::vector<std::tuple<std::string, std::string, int, std::string>>{
           {"k1", "paper", 9, ""},
           {"k2", "union", 9, ""},
           {"k3", "blog", 25, "status: EXTRACTED evidence { confidence: 0.2 }"},
       }) {
    b.AddClaim(absl::StrCat("id: '", id, "' source: '", source, "' text: '",
                            days,
                            " days' subject { entity: 'dam' attribute: "
                            "'strike_days' } duration { amount: ",
                            days, " unit: UNIT_DAY } ", extra));
  }
  for (const auto& [id, part, value] :
       std::vector<std::tuple<std::string, std::string, int>>{
           {"weavers", "weavers", 300}, {"spinners", "spinners", 200}}) {
    b.AddClaim(absl::StrCat("id: '", id,
                            "' source: 's1' subject { entity: 'mill' "
                            "attribute: 'staff' qualifier { key: 'part' "
                            "value: '",
                            part, "' } } quantity { value: ", value, " }"));
  }
  b.Quantity("staff", "s1", "mill", "staff", 900);
  b.AddClaim(
      "id: 'run' source: 's1' text: '1 to 20 March' subject { entity: "
      "'mill' attribute: 'dates' } date { earliest: '1921-03-01' latest: "
      "'1921-03-20' precision: PRECISION_DAY extent: EXTENT_PERIOD }");
  b.Days("weeks", "s2", "mill", "duration", 45);
  return b;
}

// Rules see only groups, never each other's findings: the findings of each
// rule run alone are exactly its findings among all rules, in the same
// relative order. Checked on a base where every rule reports and on the
// bundled claim base (anchors, voices, waivers, tiers).
TEST(EngineOrderTest, NoRuleDependsOnAnotherHavingRun) {
  IssueList load_issues;
  absl::StatusOr<ClaimBase> bundled = LoadClaimBase("claims", {}, &load_issues);
  ASSERT_TRUE(bundled.ok()) << bundled.status();
  const BaseBuilder built = EveryRuleReports();
  for (const ClaimBase* base :
       std::vector<const ClaimBase*>{&built.base(), &*bundled}) {
    absl::StatusOr<RuleEngine> all = RuleEngine::Create(base->rules);
    ASSERT_TRUE(all.ok());
    IssueList issues;
    const Report together = all->Run(ClaimBaseSet(*base), &issues);
    int rules_with_findings = 0;
    for (const Rule* rule : RuleSet::Default().rules()) {
      RulesConfig alone = base->rules;
      for (const Rule* other : RuleSet::Default().rules()) {
        if (other != rule) alone.add_disabled_rule(std::string(other->id()));
      }
      absl::StatusOr<RuleEngine> engine = RuleEngine::Create(alone);
      ASSERT_TRUE(engine.ok()) << engine.status();
      const Report by_itself = engine->Run(ClaimBaseSet(*base), &issues);
      std::vector<std::string> want, got;
      for (const Finding& f : together.finding()) {
        if (f.rule() == rule->id()) want.push_back(f.ShortDebugString());
      }
      for (const Finding& f : by_itself.finding()) {
        got.push_back(f.ShortDebugString());
      }
      // Text form: it prints map entries (qualifiers) sorted, where the
      // binary form's order may differ between two equal messages.
      EXPECT_THAT(got, ElementsAreArray(want)) << rule->id() << " alone";
      rules_with_findings += want.empty() ? 0 : 1;
    }
    if (base == &built.base()) {
      EXPECT_EQ(static_cast<size_t>(rules_with_findings),
                RuleSet::Default().rules().size())
          << "every rule must report on the built base, or the comparison "
             "proves little";
    }
  }
}

}  // namespace
}  // namespace checker
