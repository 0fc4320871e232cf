// The rules engine: groups a claim base's claims by subject (entity,
// attribute, qualifiers), normalizes them, runs every registered rule and
// returns the findings in a deterministic order (conflicts first, then
// varying, then the rest; within a verdict by entity, attribute, qualifiers).
//
//   absl::StatusOr<RuleEngine> engine = RuleEngine::Create(base.rules);
//   Report report = engine->Run(base, &issues);
//
// Rejected claims are ignored; extracted (unreviewed) claims take part and
// are marked so in each FindingClaim. Claims whose value cannot be normalized
// (missing anchor, impossible value) are reported in `issues` and left out.
// Waivers in the configuration mark matching findings `waived`.
// Within a verdict, findings of one entity follow the order of its subjects
// (attribute, then qualifiers) and, for one subject, the rule order of
// rule_set.cc. Entities are checked on worker threads (by default the
// machine's cores, at most 8; Create's `threads` sets the number); the
// output does not depend on their number.
//
// Data flow, one entity at a time: its groups are built first (claims
// parsed, sorted by id, normalized, independent voices assigned by
// voices.h), then every rule reads them (and, through
// RuleContext::GroupConflicts, other groups' spread) and only reports
// findings: no rule reads or edits another's, so each rule's findings are
// the same whichever other rules run. The engine then finishes each finding
// (id, footnote unless the rule wrote one, severity, waiver). The summary
// counts a CONSISTENT finding as corroborated when its rule found two or
// more independent voices (Finding.independent_sources).
// Immutable after Create; Run is const and thread-safe.
#ifndef CHECKER_RULES_ENGINE_H_
#define CHECKER_RULES_ENGINE_H_

#include <memory>

#include "absl/status/statusor.h"
#include "checker/base/issue.h"
#include "checker/model/claim_set.h"
#include "proto/finding.pb.h"
#include "proto/rules.pb.h"

namespace checker {

// Receives a run's results in report order (see RuleEngine::RunStreaming).
class FindingSink {
 public:
  virtual ~FindingSink() = default;
  // Called once, before the first finding.
  virtual void Summary(const ReportSummary& summary) = 0;
  // Called for each finding, in the order Run() would list them.
  virtual void Add(Finding finding) = 0;
};

class RuleEngine {
 public:
  // InvalidArgument for an unusable configuration (negative tolerance,
  // unknown rule id in severities or disabled_rule), naming the field.
  // `threads` > 0 fixes the number of worker threads (tests use it to
  // split the entities more ways than the machine has cores); 0 means the
  // machine's cores, at most 8.
  static absl::StatusOr<RuleEngine> Create(const RulesConfig& config,
                                           int threads = 0);

  Report Run(const ClaimSet& claims, IssueList* issues) const;

  // Like Run, but hands the summary and then each finding to `sink` instead
  // of holding the report: memory stays a few bytes per finding, at the
  // price of checking twice each entity that has a finding (once to order
  // and count, once to rebuild its findings when their chunk is emitted).
  // The findings and their order are exactly Run()'s. The sink's calls
  // never overlap, but Add may be called from a thread other than the
  // caller's. Internal (after a prefix of the findings reached the sink)
  // when the second check of an entity does not reproduce the findings
  // its first check placed: checked per finding, never assumed.
  [[nodiscard]] absl::Status RunStreaming(const ClaimSet& claims,
                                          IssueList* issues,
                                          FindingSink* sink) const;

  RuleEngine(RuleEngine&&) noexcept;
  RuleEngine& operator=(RuleEngine&&) noexcept;
  ~RuleEngine();

 private:
  struct State;
  explicit RuleEngine(std::unique_ptr<const State> state);
  std::unique_ptr<const State> state_;
};

// Whether a report should fail a gate: true when a finding that is not
// waived has a verdict at or above `fail_on` (CONFLICT > VARYING).
// VERDICT_UNSPECIFIED means never.
bool ReportFails(const Report& report, Verdict fail_on);

// The same test for one finding: not waived and at or above `fail_on`.
bool FindingFails(const Finding& finding, Verdict fail_on);

}  // namespace checker

#endif  // CHECKER_RULES_ENGINE_H_
