// checker.rule.interval: do the independent voices of one subject agree?
//
// A source's several figures for a subject are its own range (clusters.h),
// so voices, not claims, are compared, and one finding is reported per
// group with two or more independent voices:
//  - CONFLICT when no value fits every voice. The explanation names the
//    largest cluster of voices that agree and the outliers, by citation and
//    with values as written ("three sources give 40 days (…); one gives
//    forty-two days (…)"). When the outliers differ from the largest cluster
//    in scope (their qualifiers, or a figure the entity gives for another
//    scope), the difference is explained, not flagged: CONSISTENT with
//    CAUSE_SCOPE, "different scope".
//  - VARYING when the voices share a value but their figures spread more
//    than `varying_threshold` (quantities and durations only).
//  - CONSISTENT otherwise, with how many sources corroborate the value and
//    how many of them are independent.
// One voice alone is checker.rule.single_source's business. Every finding
// carries its clusters, `independent_sources` and `sources`; a conflict or
// varying finding also a tier note when dropping the weakest reliability
// tier would change the verdict. A likely cause is attached (causes.h).
#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_replace.h"
#include "checker/base/number_text.h"
#include "checker/rules/causes.h"
#include "checker/rules/clusters.h"
#include "checker/rules/finding_util.h"
#include "checker/rules/interval_math.h"
#include "checker/rules/rule.h"
#include "checker/rules/wording.h"

namespace checker {
namespace {

std::vector<const NormalizedClaim*> Pointers(const Group& group) {
  std::vector<const NormalizedClaim*> out;
  out.reserve(group.claims.size());
  for (const NormalizedClaim& c : group.claims) out.push_back(&c);
  return out;
}

// The qualifiers of a claim's own subject (all keys, also those that do not
// separate groups).
std::string OwnScope(const NormalizedClaim& c) {
  return QualifierKey(c.claim->subject());
}

// Whether every voice of `outliers` states its figures under another scope
// than every voice of `main`: other qualifiers on the claims themselves.
bool DiffersInScope(const std::vector<const VoiceRange*>& main,
                    const std::vector<const VoiceRange*>& outliers) {
  std::set<std::string> main_scopes;
  for (const VoiceRange* v : main) {
    for (const NormalizedClaim* c : v->kept) main_scopes.insert(OwnScope(*c));
  }
  for (const VoiceRange* v : outliers) {
    for (const NormalizedClaim* c : v->kept) {
      if (main_scopes.count(OwnScope(*c)) > 0) return false;
    }
  }
  return true;
}

// Another group of the entity, same attribute, other scope, that states
// exactly `c`'s figure; null when none.
const Group* ScopeWithFigure(const Group& group, const NormalizedClaim& c,
                             RuleContext& context) {
  if (!c.point_written) return nullptr;
  for (const Group* other : context.entity_groups()) {
    if (other == &group || other->percent != group.percent ||
        other->subject->attribute() != group.subject->attribute()) {
      continue;
    }
    for (const NormalizedClaim& o : other->claims) {
      if (o.point_written && o.point == c.point) return other;
    }
  }
  return nullptr;
}

// "partial: outright, time: 1943" for readers; "" without qualifiers.
std::string ScopeText(const Subject& subject) {
  std::vector<std::pair<std::string, std::string>> pairs(
      subject.qualifier().begin(), subject.qualifier().end());
  std::sort(pairs.begin(), pairs.end());
  return absl::StrJoin(pairs, ", ", absl::PairFormatter(": "));
}

// Why the outlier clusters are another scope, or "" when they are not.
std::string ScopeExplanation(
    const Group& group,
    const std::vector<std::vector<const VoiceRange*>>& clusters,
    RuleContext& context) {
  std::vector<std::string> reasons;
  for (size_t i = 1; i < clusters.size(); ++i) {
    if (DiffersInScope(clusters[0], clusters[i])) {
      std::string scope =
          ScopeText(clusters[i].front()->kept.front()->claim->subject());
      reasons.push_back(absl::StrCat(VoiceValue(*clusters[i].front()),
                                     " is stated for ",
                                     scope.empty() ? "the whole" : scope));
      continue;
    }
    const Group* other = nullptr;
    for (const VoiceRange* v : clusters[i]) {
      for (const NormalizedClaim* c : v->kept) {
        other = other != nullptr ? other : ScopeWithFigure(group, *c, context);
      }
    }
    if (other == nullptr) return "";
    reasons.push_back(absl::StrCat(
        VoiceValue(*clusters[i].front()), " is the figure given for ",
        absl::StrReplaceAll(other->subject->attribute(), {{"_", " "}}), " (",
        ScopeText(*other->subject), ")"));
  }
  return absl::StrCat(Capitalized(absl::StrJoin(reasons, "; ")),
                      " — different scope, not a disagreement.");
}

// "(A; B)" lists of all clusters: "three sources give …; one gives …".
std::string ClustersText(
    const std::vector<std::vector<const VoiceRange*>>& clusters) {
  std::vector<std::string> phrases;
  for (size_t i = 0; i < clusters.size(); ++i) {
    phrases.push_back(ClusterPhrase(clusters[i], i == 0));
  }
  return absl::StrCat(Capitalized(absl::StrJoin(phrases, "; ")), ".");
}

// Sorts and removes repeats.
void SortUnique(std::vector<absl::string_view>* items) {
  std::sort(items->begin(), items->end());
  items->erase(std::unique(items->begin(), items->end()), items->end());
}

void SetClusters(const std::vector<std::vector<const VoiceRange*>>& clusters,
                 Finding* finding) {
  for (const auto& cluster : clusters) {
    ValueCluster* out = finding->add_cluster();
    std::vector<absl::string_view> ids, sources;
    std::vector<std::string> values;
    for (const VoiceRange* v : cluster) {
      for (const NormalizedClaim* c : v->claims) {
        ids.push_back(c->claim->id());
        sources.push_back(c->claim->source());
      }
      std::string value = VoiceValue(*v);
      if (std::find(values.begin(), values.end(), value) == values.end()) {
        values.push_back(value);
      }
    }
    SortUnique(&ids);
    SortUnique(&sources);
    for (absl::string_view id : ids) out->add_claim(std::string(id));
    for (absl::string_view s : sources) out->add_source(std::string(s));
    for (std::string& v : values) out->add_value(std::move(v));
    out->set_independent_sources(static_cast<int>(VoiceCount(cluster)));
  }
}

// Says whether the verdict rests on the weakest reliability tier.
std::string TierNote(const Group& group, Verdict verdict,
                     double varying_threshold) {
  int weakest = 0;
  int strongest = 0;
  for (const NormalizedClaim& c : group.claims) {
    if (c.tier == 0) continue;
    weakest = std::max(weakest, c.tier);
    strongest = strongest == 0 ? c.tier : std::min(strongest, c.tier);
  }
  if (weakest == 0 || weakest == strongest) return "";
  std::vector<const NormalizedClaim*> kept;
  std::set<std::string> dropped;
  for (const NormalizedClaim& c : group.claims) {
    if (c.tier == weakest) {
      dropped.insert(c.claim->source());
    } else {
      kept.push_back(&c);
    }
  }
  std::string tier =
      ReliabilityTier_Name(static_cast<ReliabilityTier>(weakest));
  std::string sources = absl::StrJoin(dropped, ", ");
  if (kept.size() < 2) {
    if (verdict == CONSISTENT) return "";
    return absl::StrCat("The disagreement rests on ", tier, " sources (",
                        sources, "): without them one claim remains.");
  }
  Verdict without = ClassifyIntervals(kept, group.kind, varying_threshold);
  if (without == verdict) return "";
  return absl::StrCat("Without the ", tier, " sources (", sources,
                      ") the verdict would be ", Verdict_Name(without), ".");
}

class IntervalRule : public Rule {
 public:
  absl::string_view id() const override { return "checker.rule.interval"; }

  void CheckGroup(const Group& group, RuleContext& context) const override {
    // Agreement of one voice with itself says nothing: single_source
    // reports such groups.
    if (group.independent_voices < 2) return;
    const double threshold = context.config().varying_threshold();
    std::vector<VoiceRange> voices = StatementRanges(group);
    std::vector<const NormalizedClaim*> ranges = RangeClaims(voices);
    Verdict verdict = ClassifyIntervals(ranges, group.kind, threshold);
    if (verdict == CONFLICT && !VoicesDisagree(voices)) {
      // Only one voice's statements disagree with each other: that voice's
      // figures are its range.
      voices = VoiceRanges(group);
      ranges = RangeClaims(voices);
      verdict = ClassifyIntervals(ranges, group.kind, threshold);
    }
    std::vector<std::vector<const VoiceRange*>> clusters;
    if (verdict == CONFLICT) {
      clusters = AgreementClusters(voices);
      if (context.placement_only() &&
          !ScopeExplanation(group, clusters, context).empty()) {
        verdict = CONSISTENT;
      }
    }
    if (context.placement_only()) {
      // Ordering pass of a streaming run: only the verdict and the counts
      // matter; the finding is built in full when it is emitted.
      Finding finding = context.NewFinding(*this, *group.subject, verdict,
                                           Pointers(group), "");
      finding.set_independent_sources(group.independent_voices);
      context.Report(std::move(finding));
      return;
    }
    if (verdict != CONFLICT) {
      clusters.emplace_back();
      for (const VoiceRange& v : voices) clusters.back().push_back(&v);
      std::sort(clusters.back().begin(), clusters.back().end(),
                [](const VoiceRange* a, const VoiceRange* b) {
                  return a->range.point < b->range.point;
                });
    }
    std::string explanation;
    CauseNote cause;
    if (verdict == CONFLICT) {
      explanation = ClustersText(clusters);
      std::string scope = ScopeExplanation(group, clusters, context);
      if (!scope.empty()) {
        verdict = CONSISTENT;
        cause = {CAUSE_SCOPE, std::move(scope)};
      } else {
        cause = DetectConflictCause(group, context);
      }
    } else if (verdict == VARYING) {
      const NormalizedClaim* lowest = nullptr;
      const NormalizedClaim* highest = nullptr;
      double spread = RelativeSpread(ranges, &lowest, &highest);
      explanation = absl::StrCat(
          "The sources overlap, but their figures spread ",
          FormatNumber(spread * 100), "% (threshold ",
          FormatNumber(threshold * 100), "%): ", VoiceList(clusters[0]), ".");
      cause = DetectAgreementCause(group);
    } else {
      explanation = ClustersText(clusters);
      cause = DetectAgreementCause(group);
    }
    if (!cause.note.empty()) absl::StrAppend(&explanation, " ", cause.note);
    std::string own_range = OwnRangeNote(voices);
    if (!own_range.empty()) absl::StrAppend(&explanation, " ", own_range);
    if (verdict == CONSISTENT) {
      absl::StrAppend(&explanation, " ", CorroborationNote(group));
    }
    Finding finding =
        context.NewFinding(*this, *group.subject, verdict, Pointers(group),
                           std::move(explanation));
    finding.set_cause(cause.cause);
    finding.set_independent_sources(group.independent_voices);
    finding.set_sources(static_cast<int>(group.sources.size()));
    if (group.sources.size() > static_cast<size_t>(group.independent_voices) &&
        finding.cause() == CAUSE_UNSPECIFIED && verdict == CONSISTENT) {
      finding.set_cause(CAUSE_COPIED_SOURCE);
    }
    SetClusters(clusters, &finding);
    if (verdict == CONFLICT && !context.placement_only()) {
      // Who says what, for editors and `verify`; the engine writes the
      // generic footnote of other findings.
      std::string who = ClustersText(clusters);
      who[0] = absl::ascii_tolower(static_cast<unsigned char>(who[0]));
      finding.set_footnote(absl::StrCat("Sources disagree: ", who));
    }
    finding.set_tier_note(TierNote(group, verdict, threshold));
    context.Report(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<Rule> NewIntervalRule() {
  return std::make_unique<IntervalRule>();
}

}  // namespace checker
