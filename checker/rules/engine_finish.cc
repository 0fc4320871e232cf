// EngineRun: checking entity by entity, finishing findings, ordering the
// report.
#include <algorithm>
#include <numeric>
#include <set>
#include <tuple>

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

void Count(const Finding& finding, ReportSummary* summary) {
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
}

bool WaiverMatches(const Waiver& waiver, const Finding& finding) {
  return waiver.entity() == finding.subject().entity() &&
         (waiver.attribute().empty() ||
          waiver.attribute() == finding.subject().attribute()) &&
         (waiver.rule().empty() || waiver.rule() == finding.rule());
}

}  // namespace

// Leaves the entity's finished findings in findings_.
void EngineRun::CheckEntity(size_t first_group, size_t end_group) {
  std::vector<Group> groups(end_group - first_group);
  entity_groups_.clear();
  for (size_t g = first_group; g < end_group; ++g) {
    Group& group = groups[g - first_group];
    BuildGroup(groups_[g], /*report_issues=*/!second_pass_, &group);
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
  for (Finding& finding : findings_) Finish(&finding);
  if (!second_pass_) subjects_ += entity_groups_.size();
  entity_groups_.clear();
}

uint32_t EngineRun::SubjectGroup(size_t first_group, size_t end_group,
                                 const Finding& finding) const {
  const Subject& subject = finding.subject();
  std::string key = QualifierKey(subject);
  for (size_t g = first_group; g < end_group; ++g) {
    const Subject& candidate = base_.claims[order_[groups_[g].begin]].subject();
    if (candidate.attribute() == subject.attribute() &&
        QualifierKey(candidate) == key) {
      return static_cast<uint32_t>(g);
    }
  }
  return static_cast<uint32_t>(first_group);
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
  if (!placement_only_) {
    finding->set_id(FindingId(*finding));
    finding->set_footnote(Footnote(*finding));
  }
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

void EngineRun::Run(bool streaming, FindingSink* sink) {
  IndexAndOrder();
  for (size_t g = 0; g < groups_.size(); ++g) {
    if (g == 0 || group_entity_[g] != group_entity_[g - 1]) {
      entity_begin_.push_back(static_cast<uint32_t>(g));
    }
  }
  auto entity_end = [this](size_t e) {
    return e + 1 < entity_begin_.size() ? entity_begin_[e + 1]
                                        : groups_.size();
  };
  // Pass 1: check everything, place each finding, count.
  placement_only_ = streaming;
  std::vector<Placement> placements;
  ReportSummary summary;
  for (size_t e = 0; e < entity_begin_.size(); ++e) {
    CheckEntity(entity_begin_[e], entity_end(e));
    for (size_t i = 0; i < findings_.size(); ++i) {
      Finding& finding = findings_[i];
      placements.push_back(
          {static_cast<uint8_t>(VerdictRank(finding.verdict())),
           static_cast<uint32_t>(e),
           SubjectGroup(entity_begin_[e], entity_end(e), finding),
           static_cast<uint32_t>(i), static_cast<uint32_t>(kept_.size())});
      Count(finding, &summary);
      if (!streaming) kept_.push_back(std::move(finding));
    }
    findings_.clear();
  }
  summary.set_subjects(static_cast<int>(subjects_));
  summary.set_claims(eligible_claims_);
  std::sort(placements.begin(), placements.end(),
            [](const Placement& a, const Placement& b) {
              return std::tie(a.rank, a.entity, a.group, a.ordinal) <
                     std::tie(b.rank, b.entity, b.group, b.ordinal);
            });
  sink->Summary(summary);
  // Pass 2: emit in order; when streaming, check each entity again.
  second_pass_ = true;
  placement_only_ = false;
  size_t cached_entity = entity_begin_.size();
  for (const Placement& p : placements) {
    if (!streaming) {
      sink->Add(std::move(kept_[p.kept]));
      continue;
    }
    if (p.entity != cached_entity) {
      CheckEntity(entity_begin_[p.entity], entity_end(p.entity));
      cached_entity = p.entity;
    }
    sink->Add(std::move(findings_[p.ordinal]));
  }
  kept_.clear();
  findings_.clear();
}

}  // namespace checker
