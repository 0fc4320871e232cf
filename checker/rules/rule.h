// The rule interface and what rules see: groups of normalized claims about
// one subject, and a per-entity context that collects findings.
//
// A rule is an immutable object with a stable id ("checker.rule.interval").
// The engine calls CheckGroup once per group (claims with equal entity,
// attribute and the qualifiers that separate groups) and CheckEntity once
// per entity with all its groups, in registration order. Each rule reports
// its own findings, complete (verdict, explanation, cause, independent
// sources); the context gives no access to other findings, so rules cannot
// read or edit each other's. What rules read is built by the engine before
// any rule runs: normalized intervals, independent voices (voices.h) and,
// through GroupConflicts, other groups' spread. Rules never print; they only
// Report findings. Like cel-cpp's validators:
//
//   class MyRule : public Rule {
//     absl::string_view id() const override { return "checker.rule.mine"; }
//     void CheckGroup(const Group& g, RuleContext& ctx) const override {
//       if (...) ctx.Report(ctx.NewFinding(*this, g, CONFLICT, "why"));
//     }
//   };
#ifndef CHECKER_RULES_RULE_H_
#define CHECKER_RULES_RULE_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/normalize/normalizer.h"
#include "proto/claim.pb.h"
#include "proto/finding.pb.h"
#include "proto/gazetteer.pb.h"
#include "proto/rules.pb.h"
#include "proto/source.pb.h"

namespace checker {

// A claim taking part in a check, with its interval.
struct NormalizedClaim {
  const Claim* claim = nullptr;
  const Source* source = nullptr;  // null when the id is not in the base
  ValueInterval interval;
  // The figure a reader takes the claim to state: the written value, the
  // midpoint of a written range, or the finite bound of an open interval.
  double point = 0;
  // Whether `point` was written as one figure ("42 days", "10,087"), not
  // derived from a range, a bound or a vague phrase.
  bool point_written = false;
  // Independent voice within its group: claims with equal `voice` rest on
  // the same authority (same source, citing or quoting chain, or the same
  // attributed third party). Indices 0..Group::independent_voices-1.
  int voice = 0;
  // Reliability tier of the source, 0 when unspecified.
  int tier = 0;
  // Joined to an earlier claim's voice because its context repeats that
  // claim's wording (see voices.h), not through a declared relation.
  bool copied_wording = false;
};

// Claims with equal entity, attribute and separating qualifiers
// (RulesConfig.group_qualifier), sorted by claim id.
struct Group {
  // Of the first claim, with only the separating qualifiers.
  const Subject* subject = nullptr;
  Subject own_subject;  // what `subject` points to when qualifiers were dropped
  const Attribute* attribute = nullptr;  // null when not in the gazetteer
  ValueKind kind = VALUE_KIND_UNSPECIFIED;
  // Quantities in percent form their own group beside the counts of the
  // same subject: "10,087 returned" and "14 percent returned" are not one
  // figure (the arithmetic rule relates them).
  bool percent = false;
  // The claims that count toward verdicts. May be empty when every claim
  // of the group waits for review.
  std::vector<NormalizedClaim> claims;
  // Unreviewed claims linked with a confidence below
  // RulesConfig.review_threshold: listed by checker.rule.needs_review, not
  // counted anywhere else.
  std::vector<NormalizedClaim> needs_review;
  int independent_voices = 0;
  // Distinct source ids among the claims, sorted.
  std::vector<std::string> sources;
};

class RuleContext;

class Rule {
 public:
  virtual ~Rule() = default;
  // Stable id, "checker.rule.<name>".
  virtual absl::string_view id() const = 0;
  // Called for each group with at least one claim (counted or waiting for
  // review: `group.claims` may be empty).
  virtual void CheckGroup(const Group& group, RuleContext& context) const;
  // Called once per entity with every group of that entity that has
  // counted claims (sorted by attribute, then qualifiers).
  virtual void CheckEntity(const std::vector<const Group*>& groups,
                           RuleContext& context) const;
};

// What rules may ask and where findings go. One per entity; not shared
// between threads.
class RuleContext {
 public:
  virtual ~RuleContext() = default;
  // The configuration with defaults filled in.
  virtual const RulesConfig& config() const = 0;
  virtual const Attribute* FindAttribute(absl::string_view id) const = 0;
  virtual const Claim* FindClaim(absl::string_view id) const = 0;
  // Every group of the current entity, normalized, sorted by attribute and
  // qualifiers.
  virtual const std::vector<const Group*>& entity_groups() const = 0;
  // Whether the unqualified group (entity, attribute) has no value common
  // to all its claims; false when it does not exist.
  virtual bool GroupConflicts(absl::string_view entity,
                              absl::string_view attribute) = 0;
  // Hands a finding to the engine. A rule cannot read, edit or remove
  // findings (its own once reported, or another rule's): what a rule
  // reports depends only on the groups, the gazetteer and the
  // configuration, so enabling, disabling or reordering other rules moves
  // its findings in the report but never changes them.
  virtual void Report(Finding finding) = 0;

  // True while the engine only orders findings (streaming runs): NewFinding
  // then records claim ids alone, as the findings are built again later.
  virtual bool placement_only() const { return false; }

  // A finding of `rule` about `subject` holding `claims` (in this order),
  // with severity from the verdict; id, waiver and tier are filled later by
  // the engine.
  Finding NewFinding(const Rule& rule, const Subject& subject, Verdict verdict,
                     const std::vector<const NormalizedClaim*>& claims,
                     std::string explanation) const;
};

}  // namespace checker

#endif  // CHECKER_RULES_RULE_H_
