// EngineRun: checking entity by entity, finishing findings, ordering the
// report.
#include <algorithm>
#include <numeric>
#include <set>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/rules/engine_run.h"
#include "checker/rules/finding_util.h"
#include "checker/rules/interval_math.h"

namespace checker {
namespace {

constexpr absl::string_view kIntervalRule = "checker.rule.interval";

int VerdictRank(Verdict verdict) {
  switch (verdict) {
    case CONFLICT:
      return 0;
    case VARYING:
      return 1;
    case SINGLE_SOURCE:
      return 2;
    case CONSISTENT:
      return 3;
    default:
      return 4;
  }
}

bool WaiverMatches(const Waiver& waiver, const Finding& finding) {
  return waiver.entity() == finding.subject().entity() &&
         (waiver.attribute().empty() ||
          waiver.attribute() == finding.subject().attribute()) &&
         (waiver.rule().empty() || waiver.rule() == finding.rule());
}

}  // namespace

void EngineRun::CheckEntity(size_t first_group, size_t end_group) {
  std::vector<Group> groups(end_group - first_group);
  entity_groups_.clear();
  for (size_t g = first_group; g < end_group; ++g) {
    Group& group = groups[g - first_group];
    BuildGroup(groups_[g], /*report_issues=*/true, &group);
    if (!group.claims.empty()) entity_groups_.push_back(&group);
  }
  findings_.clear();
  for (const Group* group : entity_groups_) {
    group_begin_ = findings_.size();
    for (const Rule* rule : setup_.rules) rule->CheckGroup(*group, *this);
    for (size_t i = group_begin_; i < findings_.size(); ++i) {
      if (findings_[i].rule() == kIntervalRule) {
        AddTierNote(*group, &findings_[i]);
      }
    }
  }
  group_begin_ = findings_.size();
  for (const Rule* rule : setup_.rules) rule->CheckEntity(entity_groups_, *this);
  for (Finding& finding : findings_) {
    Finish(&finding);
    all_findings_.push_back(std::move(finding));
  }
  findings_.clear();
  subjects_ += entity_groups_.size();
  entity_groups_.clear();
}

void EngineRun::AddTierNote(const Group& group, Finding* finding) const {
  int weakest = 0;
  int strongest = 0;
  for (const NormalizedClaim& c : group.claims) {
    if (c.tier == 0) continue;
    weakest = std::max(weakest, c.tier);
    strongest = strongest == 0 ? c.tier : std::min(strongest, c.tier);
  }
  if (weakest == 0 || weakest == strongest) return;
  std::vector<const NormalizedClaim*> kept;
  std::set<std::string> dropped;
  for (const NormalizedClaim& c : group.claims) {
    if (c.tier == weakest) {
      dropped.insert(c.claim->source());
    } else {
      kept.push_back(&c);
    }
  }
  std::string tier = ReliabilityTier_Name(static_cast<ReliabilityTier>(weakest));
  std::string sources = absl::StrJoin(dropped, ", ");
  if (kept.size() < 2) {
    if (finding->verdict() == CONSISTENT) return;
    finding->set_tier_note(absl::StrCat(
        "The disagreement rests on ", tier, " sources (", sources,
        "): without them one claim remains."));
    return;
  }
  Verdict without = ClassifyIntervals(kept, group.kind,
                                      setup_.config.varying_threshold());
  if (without == finding->verdict()) return;
  finding->set_tier_note(absl::StrCat("Without the ", tier, " sources (",
                                      sources, ") the verdict would be ",
                                      Verdict_Name(without), "."));
}

void EngineRun::Finish(Finding* finding) const {
  finding->set_id(FindingId(*finding));
  finding->set_footnote(Footnote(*finding));
  auto severity = setup_.severity.find(finding->rule());
  if (severity != setup_.severity.end()) {
    finding->set_severity(severity->second);
  }
  for (const Waiver& waiver : setup_.config.waiver()) {
    if (!WaiverMatches(waiver, *finding)) continue;
    finding->set_waived(true);
    std::string note = waiver.note();
    if (!waiver.reviewer().empty() || !waiver.date().empty()) {
      absl::StrAppend(&note, " (", waiver.reviewer(),
                      waiver.reviewer().empty() || waiver.date().empty() ? ""
                                                                         : ", ",
                      waiver.date(), ")");
    }
    finding->set_waiver_note(note);
    break;
  }
}

checker::Report EngineRun::Run() {
  IndexAndOrder();
  for (size_t g = 0; g < groups_.size();) {
    size_t end = g;
    while (end < groups_.size() && group_entity_[end] == group_entity_[g]) {
      ++end;
    }
    CheckEntity(g, end);
    g = end;
  }
  std::vector<size_t> order(all_findings_.size());
  std::iota(order.begin(), order.end(), 0);
  std::vector<std::string> qualifier_keys(all_findings_.size());
  for (size_t i = 0; i < all_findings_.size(); ++i) {
    qualifier_keys[i] = QualifierKey(all_findings_[i].subject());
  }
  std::sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    const Finding& fa = all_findings_[a];
    const Finding& fb = all_findings_[b];
    int ra = VerdictRank(fa.verdict());
    int rb = VerdictRank(fb.verdict());
    if (ra != rb) return ra < rb;
    if (fa.subject().entity() != fb.subject().entity()) {
      return fa.subject().entity() < fb.subject().entity();
    }
    if (fa.subject().attribute() != fb.subject().attribute()) {
      return fa.subject().attribute() < fb.subject().attribute();
    }
    if (qualifier_keys[a] != qualifier_keys[b]) {
      return qualifier_keys[a] < qualifier_keys[b];
    }
    if (fa.rule() != fb.rule()) return fa.rule() < fb.rule();
    return fa.id() < fb.id();
  });
  checker::Report report;
  ReportSummary* summary = report.mutable_summary();
  summary->set_subjects(static_cast<int>(subjects_));
  summary->set_claims(eligible_claims_);
  report.mutable_finding()->Reserve(static_cast<int>(order.size()));
  for (size_t i : order) {
    Finding& finding = all_findings_[i];
    switch (finding.verdict()) {
      case CONFLICT:
        summary->set_conflicts(summary->conflicts() + 1);
        break;
      case VARYING:
        summary->set_varying(summary->varying() + 1);
        break;
      case SINGLE_SOURCE:
        summary->set_single_source(summary->single_source() + 1);
        break;
      case CONSISTENT:
        summary->set_consistent(summary->consistent() + 1);
        if (finding.independent_sources() >= 2) {
          summary->set_corroborated(summary->corroborated() + 1);
        }
        break;
      default:
        break;
    }
    if (finding.waived()) summary->set_waived(summary->waived() + 1);
    report.add_finding()->Swap(&finding);
  }
  all_findings_.clear();
  return report;
}

}  // namespace checker
