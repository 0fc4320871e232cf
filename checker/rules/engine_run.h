// One run of the rules engine over a claim base (internal to rules/).
//
// Orders the eligible claims by entity, attribute and qualifiers with
// interned keys (O(n log n), no per-claim strings; packed claims are read
// by a key scan, not parsed), then checks one entity at a time: parses its
// claims, sorts each group by id, normalizes, assigns voices, runs every
// rule, and finishes the findings (id, severity, waiver, tier note,
// footnote). Memory beyond the claim base is a few words per claim plus the
// findings.
#ifndef CHECKER_RULES_ENGINE_RUN_H_
#define CHECKER_RULES_ENGINE_RUN_H_

#include <cstdint>
#include <limits>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "checker/base/issue.h"
#include "checker/model/claim_set.h"
#include "checker/normalize/normalizer.h"
#include "checker/rules/engine.h"
#include "checker/rules/rule.h"
#include "checker/rules/voices.h"
#include "proto/finding.pb.h"

namespace checker {

// What a RuleEngine is made of; built once by RuleEngine::Create.
struct EngineSetup {
  explicit EngineSetup(const RulesConfig& user_config);
  RulesConfig config;  // with defaults
  Normalizer normalizer;
  std::vector<const Rule*> rules;  // enabled, in registration order
  absl::flat_hash_map<std::string, Severity> severity;  // by rule id
};

struct GroupRange {
  uint32_t begin;  // into RunIndex::order
  uint32_t end;
};

// The read-only index of one run, shared by the workers: claims by id,
// eligible claims in subject order, groups and entities as runs of it.
// Reads the claims by key (ClaimSet::ForEachKey, no parse of packed
// claims); keeps only ids (views into the claim set) and interned names,
// never a parsed claim.
struct RunIndex {
  // Groups by the qualifiers `config` says separate groups.
  RunIndex(const ClaimSet& claims, const RulesConfig& config);
  size_t entity_count() const { return entity_begin.size(); }
  size_t entity_end(size_t e) const {
    return e + 1 < entity_begin.size() ? entity_begin[e + 1] : groups.size();
  }
  // The group of claims about (entity, attribute) without qualifiers (and
  // not percentages); null when there is none.
  const GroupRange* UnqualifiedGroup(absl::string_view entity,
                                     absl::string_view attribute) const;

  const ClaimSet& claims;
  const RulesConfig& config;
  VoiceIndex voices;
  absl::flat_hash_map<absl::string_view, uint32_t> claim_index;
  absl::flat_hash_map<absl::string_view, const Attribute*> attributes;
  std::vector<uint32_t> order;     // eligible claims by subject, then storage
  std::vector<GroupRange> groups;  // runs of equal subject in order
  std::vector<uint32_t> group_entity;  // entity rank of each group
  std::vector<uint32_t> entity_begin;  // first group of each entity
  // Entity and attribute names → their rank in sorted order.
  absl::flat_hash_map<std::string, uint32_t> entity_rank;
  absl::flat_hash_map<std::string, uint32_t> attribute_rank;
  // (entity rank, attribute rank) of unqualified groups → index in groups.
  absl::flat_hash_map<std::pair<uint32_t, uint32_t>, uint32_t> unqualified;
};

// A finding's place in the report: verdict, entity, subject group, then
// the order the rules reported it in.
struct Placement {
  uint8_t rank;
  // FindingFingerprint of the finding: a streaming run checks each entity
  // again to rebuild its findings and compares, so a re-check that does not
  // reproduce pass one (a rule that is not a pure function of its input)
  // is an error, not a silently misplaced or mislabelled finding.
  uint16_t fingerprint;
  uint32_t entity;   // index into RunIndex::entity_begin
  uint32_t group;    // index into RunIndex::groups of the finding's subject
  uint32_t ordinal;  // within the entity's findings
  uint64_t kept;     // index of the held finding when not streaming
};
// One per finding (a million at 10M claims): the fingerprint fits in the
// padding after `rank`.
static_assert(sizeof(Placement) <= 24, "Placement grew");

// Checks entities one at a time and is the RuleContext the rules see. One
// per thread; shares only the const setup and index.
class EntityChecker : public RuleContext {
 public:
  EntityChecker(const EngineSetup& setup, const RunIndex& index,
                IssueList* issues);

  // Checks entity `e`, leaving its finished findings in findings(). The
  // first check of an entity (`first_pass`) reports issues and counts
  // claims and subjects; `placement_only` builds findings with claim ids
  // only (streaming order pass).
  void Check(size_t e, bool first_pass, bool placement_only);
  // Where each of findings() goes in the report.
  Placement Place(size_t e, size_t ordinal) const;

  int eligible_claims() const { return eligible_claims_; }
  size_t subjects() const { return subjects_; }

  // The claim at `index` of the claim set, read by this checker's reader,
  // where it stays until the next entity is checked (so pointers into a
  // group stay valid).
  const Claim& ClaimAt(uint32_t index) const;

  // RuleContext.
  const RulesConfig& config() const override { return setup_.config; }
  const Attribute* FindAttribute(absl::string_view id) const override;
  const Claim* FindClaim(absl::string_view id) const override;
  const std::vector<const Group*>& entity_groups() const override {
    return entity_groups_;
  }
  bool GroupConflicts(absl::string_view entity,
                      absl::string_view attribute) override;
  void Report(Finding finding) override {
    findings_.push_back(std::move(finding));
  }
  bool placement_only() const override { return placement_only_; }

  // The current entity's findings, in the order the rules reported them.
  std::vector<Finding>& findings() { return findings_; }

 private:
  void BuildGroup(const GroupRange& range, bool report_issues, Group* group);
  absl::StatusOr<ValueInterval> NormalizeClaim(uint32_t index);
  absl::StatusOr<ValueInterval> ResolveAnchor(const RelativeDate& relative);
  void Finish(Finding* finding) const;

  const EngineSetup& setup_;
  const RunIndex& index_;
  const ClaimSet& claims_;
  IssueList* issues_;
  // Reads the current entity's claims; cleared when the next one starts.
  std::unique_ptr<ClaimReader> reader_;
  absl::flat_hash_map<uint32_t, bool> conflict_cache_;
  int anchor_depth_ = 0;
  int eligible_claims_ = 0;
  size_t subjects_ = 0;
  bool first_pass_ = true;
  bool placement_only_ = false;

  std::vector<const Group*> entity_groups_;
  std::vector<Finding> findings_;  // of the current entity
};

// What identifies a finding between the two checks of its entity: its
// rule, verdict, subject and claim ids (all set in placement-only findings
// too), folded to 16 bits.
uint16_t FindingFingerprint(const Finding& finding);

// Runs the engine over `base` with `threads` workers (at least 1) and hands
// the summary, then the findings in report order, to `sink`. `streaming`
// holds no findings between ordering and emitting them (entities are
// checked again, in parallel chunks, when emitted). Issues are appended to
// `issues` in entity order, whatever the number of threads. Internal when a
// streaming re-check of an entity does not give the findings of its first
// check (the sink has then received a prefix of the report).
absl::Status RunEngine(const EngineSetup& setup, const ClaimSet& claims,
                       IssueList* issues, bool streaming, int threads,
                       FindingSink* sink);

}  // namespace checker

#endif  // CHECKER_RULES_ENGINE_RUN_H_
