#include "checker/rules/rules_test_util.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/rules/engine.h"
#include "checker/rules/finding_util.h"
#include "checker/store/claim_base_set.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace checker {
namespace testing {

BaseBuilder& BaseBuilder::AddSource(const std::string& id, ReliabilityTier tier,
                                    std::initializer_list<const char*> cites) {
  for (Source& s : base_.sources) {
    if (s.id() == id) {
      s.set_tier(tier);
      for (const char* c : cites) s.add_cites(c);
      return *this;
    }
  }
  Source source;
  source.set_id(id);
  source.set_title(id);
  source.set_tier(tier);
  for (const char* c : cites) source.add_cites(c);
  base_.sources.push_back(source);
  return *this;
}

BaseBuilder& BaseBuilder::AddQuote(const std::string& id,
                                   const std::string& quoted) {
  AddSource(id);
  for (Source& s : base_.sources) {
    if (s.id() == id) s.add_quotes(quoted);
  }
  return *this;
}

BaseBuilder& BaseBuilder::AddDerivedFrom(const std::string& id,
                                         const std::string& original) {
  AddSource(id);
  for (Source& s : base_.sources) {
    if (s.id() == id) s.add_derived_from(original);
  }
  return *this;
}

BaseBuilder& BaseBuilder::AddAttribute(const std::string& id, ValueKind kind,
                                       const std::string& role) {
  for (Attribute& a : base_.attributes) {
    if (a.id() == id) {
      a.set_role(role);
      return *this;
    }
  }
  Attribute attribute;
  attribute.set_id(id);
  attribute.set_value_kind(kind);
  attribute.set_role(role);
  base_.attributes.push_back(attribute);
  return *this;
}

BaseBuilder& BaseBuilder::AddClaim(const std::string& textproto) {
  Claim claim;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(textproto, &claim))
      << textproto;
  bool known_source = false;
  for (const Source& s : base_.sources)
    known_source |= s.id() == claim.source();
  if (!known_source) AddSource(claim.source());
  bool known_attribute = false;
  for (const Attribute& a : base_.attributes) {
    known_attribute |= a.id() == claim.subject().attribute();
  }
  if (!known_attribute) {
    ValueKind kind = claim.has_quantity()   ? VALUE_QUANTITY
                     : claim.has_duration() ? VALUE_DURATION
                                            : VALUE_DATE;
    AddAttribute(claim.subject().attribute(), kind);
  }
  if (claim.status() == CURATION_STATUS_UNSPECIFIED)
    claim.set_status(CONFIRMED);
  base_.claims.push_back(claim);
  return *this;
}

namespace {
std::string SubjectProto(const std::string& entity,
                         const std::string& attribute) {
  return absl::StrCat("subject { entity: '", entity, "' attribute: '",
                      attribute, "' }");
}
}  // namespace

BaseBuilder& BaseBuilder::Quantity(const std::string& id,
                                   const std::string& source,
                                   const std::string& entity,
                                   const std::string& attribute, double value,
                                   const std::string& hedge) {
  return AddClaim(absl::StrCat("id: '", id, "' source: '", source, "' ",
                               SubjectProto(entity, attribute), " hedge: '",
                               hedge, "' quantity { value: ", value, " }"));
}

BaseBuilder& BaseBuilder::Day(const std::string& id, const std::string& source,
                              const std::string& entity,
                              const std::string& attribute,
                              const std::string& iso) {
  return AddClaim(absl::StrCat("id: '", id, "' source: '", source, "' ",
                               SubjectProto(entity, attribute),
                               " date { earliest: '", iso, "' latest: '", iso,
                               "' precision: PRECISION_DAY }"));
}

BaseBuilder& BaseBuilder::Days(const std::string& id, const std::string& source,
                               const std::string& entity,
                               const std::string& attribute, double days) {
  return AddClaim(absl::StrCat(
      "id: '", id, "' source: '", source, "' ", SubjectProto(entity, attribute),
      " duration { amount: ", days, " unit: UNIT_DAY }"));
}

RulesConfig OnlyRules(std::initializer_list<const char*> rules) {
  static const char* const kAll[] = {
      "checker.rule.interval", "checker.rule.single_source",
      "checker.rule.needs_review", "checker.rule.arithmetic",
      "checker.rule.sequence"};
  RulesConfig config;
  for (const char* id : kAll) {
    bool keep = false;
    for (const char* r : rules) keep |= std::string(r) == id;
    if (!keep) config.add_disabled_rule(id);
  }
  return config;
}

Report RunRules(const ClaimBase& base, const RulesConfig& config,
                IssueList* issues) {
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(config);
  EXPECT_TRUE(engine.ok()) << engine.status();
  IssueList ignored;
  return engine->Run(ClaimBaseSet(base), issues != nullptr ? issues : &ignored);
}

std::string Compact(const Finding& finding) {
  std::vector<std::string> ids;
  for (const FindingClaim& c : finding.claim()) ids.push_back(c.claim());
  std::string out = absl::StrCat(
      Verdict_Name(finding.verdict()), " ", finding.subject().entity(), "/",
      finding.subject().attribute(), " ", absl::StrJoin(ids, ","));
  if (finding.cause() != CAUSE_UNSPECIFIED) {
    absl::StrAppend(&out, " ", Cause_Name(finding.cause()));
  }
  return out;
}

std::vector<std::string> CompactAll(const Report& report) {
  std::vector<std::string> out;
  for (const Finding& f : report.finding()) out.push_back(Compact(f));
  return out;
}

std::vector<std::string> FindingsOf(const FindingsCase& row,
                                    const RulesConfig& config) {
  BaseBuilder b;
  row.build(b);
  return CompactAll(RunRules(b.base(), config));
}

}  // namespace testing
}  // namespace checker
