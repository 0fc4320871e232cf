// One run of the rules engine over a claim base (internal to rules/).
//
// Orders the eligible claims by entity, attribute, qualifiers and id with
// interned keys (O(n log n), no per-claim strings), then checks one entity
// at a time: normalizes its groups, assigns voices, runs every rule, and
// finishes the findings (id, severity, waiver, tier note, footnote). Memory
// beyond the claim base is a few words per claim plus the findings.
#ifndef CHECKER_RULES_ENGINE_RUN_H_
#define CHECKER_RULES_ENGINE_RUN_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "checker/base/issue.h"
#include "checker/normalize/normalizer.h"
#include "checker/rules/rule.h"
#include "checker/rules/voices.h"
#include "checker/store/claim_base.h"
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

class EngineRun : public RuleContext {
 public:
  EngineRun(const EngineSetup& setup, const ClaimBase& base,
            IssueList* issues);

  checker::Report Run();

  // RuleContext.
  const RulesConfig& config() const override { return setup_.config; }
  const Attribute* FindAttribute(absl::string_view id) const override;
  const Claim* FindClaim(absl::string_view id) const override;
  const std::vector<const Group*>& entity_groups() const override {
    return entity_groups_;
  }
  bool GroupConflicts(absl::string_view entity,
                      absl::string_view attribute) override;
  std::vector<Finding>& findings() override { return findings_; }
  size_t group_findings_begin() const override { return group_begin_; }

 private:
  struct GroupRange {
    uint32_t begin;  // into order_
    uint32_t end;
  };

  void IndexAndOrder();
  void CheckEntity(size_t first_group, size_t end_group);
  void BuildGroup(const GroupRange& range, bool report_issues, Group* group);
  absl::StatusOr<ValueInterval> NormalizeClaim(uint32_t index);
  absl::StatusOr<ValueInterval> ResolveAnchor(const RelativeDate& relative);
  void AddTierNote(const Group& group, Finding* finding) const;
  void Finish(Finding* finding) const;

  const EngineSetup& setup_;
  const ClaimBase& base_;
  IssueList* issues_;
  VoiceIndex voices_;
  absl::flat_hash_map<absl::string_view, uint32_t> claim_index_;
  absl::flat_hash_map<absl::string_view, const Attribute*> attributes_;
  std::vector<uint32_t> order_;        // eligible claims, sorted
  std::vector<GroupRange> groups_;     // runs of equal subject in order_
  std::vector<uint32_t> group_entity_; // entity rank of each group
  // (entity, attribute) of unqualified groups → index in groups_.
  absl::flat_hash_map<std::pair<absl::string_view, absl::string_view>, uint32_t>
      unqualified_;
  absl::flat_hash_map<uint32_t, bool> conflict_cache_;
  int anchor_depth_ = 0;
  int eligible_claims_ = 0;
  size_t subjects_ = 0;

  std::vector<const Group*> entity_groups_;
  std::vector<Finding> findings_;  // of the current entity
  size_t group_begin_ = 0;
  std::vector<Finding> all_findings_;
};

}  // namespace checker

#endif  // CHECKER_RULES_ENGINE_RUN_H_
