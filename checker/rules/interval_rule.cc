// checker.rule.interval: do the independent voices of one subject agree?
//
// A source's several figures for a subject are its own range (clusters.h),
// so voices, not claims, are compared. The verdict of a group with two or
// more independent voices:
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
// A consistent group is one finding. A disagreement is reported pair by
// pair: one CONFLICT or VARYING finding per two sources of different voices
// whose statements cannot both hold (or spread too far), holding only the
// figures of theirs in dispute, each explained with the
// whole group's clusters, and one CONSISTENT finding per cluster in which
// two or more voices agree. So a flagged finding holds only figures that
// disagree with each other, and the sources that agree are shown agreeing
// (four sources giving about 2,000 are not four parties to a conflict with
// the one that gives 1,782). Past kMaxPairs (16) pairs the group is one
// finding.
// One voice alone is checker.rule.single_source's business. Every finding
// carries its clusters, `independent_sources` and `sources`; a conflict or
// varying finding also a tier note when dropping the weakest reliability
// tier would change the verdict. A likely cause is attached (causes.h).
#include <algorithm>
#include <memory>
#include <set>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_set.h"
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

// Most pair findings one group gives, and most statements compared pair by
// pair; beyond either, the group's disagreement is one finding with its
// clusters. A few outliers against a consensus read best pair by pair; five
// sources against five (25 pairs) or ten sources each a little apart (45)
// read better as one card that says who gives what, and the comparison is
// quadratic.
constexpr size_t kMaxPairs = 16;
constexpr size_t kMaxPairedStatements = 64;

// Sorts by claim id and removes repeats.
void SortById(std::vector<const NormalizedClaim*>* claims) {
  std::sort(claims->begin(), claims->end(),
            [](const NormalizedClaim* a, const NormalizedClaim* b) {
              return a->claim->id() < b->claim->id();
            });
  claims->erase(std::unique(claims->begin(), claims->end()), claims->end());
}

// The claims of `statement` that disagree with `other`'s range: a pair
// finding holds the figures in dispute, not a figure beside them that fits
// both ("approximately 2,000" next to the precise 1,950 it contains is not
// in dispute with 2,000). The claims that define its range when none does
// on its own.
std::vector<const NormalizedClaim*> DisputedClaims(const VoiceRange& statement,
                                                   const VoiceRange& other,
                                                   ValueKind kind,
                                                   double threshold) {
  std::vector<const NormalizedClaim*> out;
  for (const NormalizedClaim* c : statement.claims) {
    if (ClassifyIntervals({c, &other.range}, kind, threshold) != CONSISTENT) {
      out.push_back(c);
    }
  }
  return out.empty() ? statement.kept : out;
}

// Adds `v` unless it is there already.
void AddOnce(const VoiceRange* v, std::vector<const VoiceRange*>* to) {
  if (std::find(to->begin(), to->end(), v) == to->end()) to->push_back(v);
}

// Two sources of different voices whose statements do not agree: every
// disagreeing pair of their statements (a source that gives its figure in
// two places disagrees once with another source, not twice).
struct DisagreeingPair {
  // The statements of each source that take part, the source whose first
  // statement is lower first.
  std::vector<const VoiceRange*> low, high;
  Verdict verdict = VARYING;  // CONFLICT when any two cannot both hold
  std::vector<const NormalizedClaim*> claims;  // in dispute, by claim id
};

// The source of a statement (one voice, one document).
const std::string& SourceOf(const VoiceRange& statement) {
  return statement.range.claim->source();
}

// A source and the voice it speaks in: one side of a disagreeing pair (a
// source that reports another's figure speaks in two voices).
std::string SideKey(const VoiceRange& statement) {
  return absl::StrCat(SourceOf(statement), "\n", statement.voice);
}

// Every pair of sources of different voices with statements whose ranges
// cannot both hold (CONFLICT) or spread more than `threshold` (VARYING), in
// the order their first such statements come; empty when there are more
// than kMaxPairs of them or too many statements to pair.
std::vector<DisagreeingPair> DisagreeingPairs(
    const std::vector<VoiceRange>& statements, ValueKind kind,
    double threshold) {
  std::vector<DisagreeingPair> pairs;
  if (statements.size() > kMaxPairedStatements) return pairs;
  std::vector<std::pair<std::string, std::string>> keys;  // per pair
  for (size_t i = 0; i < statements.size(); ++i) {
    for (size_t j = i + 1; j < statements.size(); ++j) {
      const VoiceRange* a = &statements[i];
      const VoiceRange* b = &statements[j];
      if (a->voice == b->voice) continue;
      Verdict verdict =
          ClassifyIntervals({&a->range, &b->range}, kind, threshold);
      if (verdict == CONSISTENT) continue;
      if (std::tie(SourceOf(*b), b->voice) < std::tie(SourceOf(*a), a->voice)) {
        std::swap(a, b);
      }
      const std::pair<std::string, std::string> key(SideKey(*a), SideKey(*b));
      size_t at = std::find(keys.begin(), keys.end(), key) - keys.begin();
      if (at == keys.size()) {
        if (pairs.size() == kMaxPairs) return {};
        keys.push_back(key);
        pairs.emplace_back();
      }
      DisagreeingPair& pair = pairs[at];
      AddOnce(a, &pair.low);
      AddOnce(b, &pair.high);
      if (verdict == CONFLICT) pair.verdict = CONFLICT;
      for (const auto& [from, other] : {std::pair(a, b), std::pair(b, a)}) {
        std::vector<const NormalizedClaim*> disputed =
            DisputedClaims(*from, *other, kind, threshold);
        pair.claims.insert(pair.claims.end(), disputed.begin(), disputed.end());
      }
    }
  }
  for (DisagreeingPair& pair : pairs) {
    SortById(&pair.claims);
    const auto by_point = [](const VoiceRange* x, const VoiceRange* y) {
      return x->range.point < y->range.point;
    };
    std::sort(pair.low.begin(), pair.low.end(), by_point);
    std::sort(pair.high.begin(), pair.high.end(), by_point);
    if (by_point(pair.high.front(), pair.low.front())) {
      std::swap(pair.low, pair.high);
    }
  }
  return pairs;
}

// `statements` (ascending by point) cut into runs whose figures are
// consistent together: each run grows while adding the next statement
// keeps it CONSISTENT.
std::vector<std::vector<const VoiceRange*>> CloseClusters(
    const std::vector<const VoiceRange*>& statements, ValueKind kind,
    double threshold) {
  std::vector<std::vector<const VoiceRange*>> runs;
  std::vector<const NormalizedClaim*> ranges;
  for (const VoiceRange* v : statements) {
    ranges.push_back(&v->range);
    if (!runs.empty() &&
        ClassifyIntervals(ranges, kind, threshold) == CONSISTENT) {
      runs.back().push_back(v);
      continue;
    }
    runs.push_back({v});
    ranges = {&v->range};
  }
  return runs;
}

// The claims of these statements, by claim id.
std::vector<const NormalizedClaim*> StatementClaims(
    const std::vector<const VoiceRange*>& statements) {
  std::vector<const NormalizedClaim*> claims;
  for (const VoiceRange* v : statements) {
    claims.insert(claims.end(), v->claims.begin(), v->claims.end());
  }
  SortById(&claims);
  return claims;
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
    // Why the outliers are another scope; "" when they are not.
    std::string scope;
    if (verdict == CONFLICT) {
      clusters = AgreementClusters(voices);
      scope = ScopeExplanation(group, clusters, context);
    } else {
      clusters.emplace_back();
      for (const VoiceRange& v : voices) clusters.back().push_back(&v);
      std::sort(clusters.back().begin(), clusters.back().end(),
                [](const VoiceRange* a, const VoiceRange* b) {
                  return a->range.point < b->range.point;
                });
    }
    const bool other_scope = !scope.empty();
    if (verdict != CONSISTENT && !other_scope) {
      std::vector<DisagreeingPair> pairs =
          DisagreeingPairs(voices, group.kind, threshold);
      if (!pairs.empty()) {
        ReportPairs(group, voices, clusters, pairs, verdict, context);
        return;
      }
    }
    if (context.placement_only()) {
      // Ordering pass of a streaming run: only the verdict and the counts
      // matter; the finding is built in full when it is emitted.
      Finding finding = context.NewFinding(*this, *group.subject,
                                           other_scope ? CONSISTENT : verdict,
                                           Pointers(group), "");
      finding.set_independent_sources(group.independent_voices);
      context.Report(std::move(finding));
      return;
    }
    std::string explanation;
    CauseNote cause;
    if (verdict == CONFLICT) {
      explanation = ClustersText(clusters);
      if (other_scope) {
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

 private:
  // The group's disagreement as `pairs` (see the file comment), then one
  // CONSISTENT finding per cluster of agreeing voices. `verdict` is the
  // group's; the pass that only orders findings builds the same findings
  // without their texts.
  void ReportPairs(const Group& group, const std::vector<VoiceRange>& voices,
                   const std::vector<std::vector<const VoiceRange*>>& clusters,
                   const std::vector<DisagreeingPair>& pairs, Verdict verdict,
                   RuleContext& context) const {
    const bool texts = !context.placement_only();
    const double threshold = context.config().varying_threshold();
    std::string context_text, footnote, tier_note;
    CauseNote cause;
    if (texts) {
      std::string all = ClustersText(clusters);
      all[0] = absl::ascii_tolower(static_cast<unsigned char>(all[0]));
      cause = verdict == CONFLICT ? DetectConflictCause(group, context)
                                  : DetectAgreementCause(group);
      // A pair that is the whole group needs no summary of the group.
      if (group.independent_voices > 2)
        context_text = absl::StrCat(" All sources: ", all);
      if (!cause.note.empty()) absl::StrAppend(&context_text, " ", cause.note);
      std::string own_range = OwnRangeNote(voices);
      if (!own_range.empty()) absl::StrAppend(&context_text, " ", own_range);
      // The group's, not the pair's: `verify` cites one finding per subject.
      footnote =
          verdict == CONFLICT
              ? absl::StrCat("Sources disagree: ", all)
              : absl::StrCat("Estimates vary: ", VoiceList(clusters.front()),
                             ".");
      tier_note = TierNote(group, verdict, threshold);
    }
    for (const DisagreeingPair& pair : pairs) {
      std::vector<const VoiceRange*> both = pair.low;
      both.insert(both.end(), pair.high.begin(), pair.high.end());
      std::string explanation;
      if (texts && pair.verdict == CONFLICT) {
        explanation =
            absl::StrCat(ClustersText({pair.low, pair.high}), context_text);
      } else if (texts) {
        std::vector<const NormalizedClaim*> ranges;
        for (const VoiceRange* v : both) ranges.push_back(&v->range);
        const NormalizedClaim* lowest = nullptr;
        const NormalizedClaim* highest = nullptr;
        double spread = RelativeSpread(ranges, &lowest, &highest);
        explanation =
            absl::StrCat("The sources overlap, but their figures spread ",
                         FormatNumber(spread * 100), "% (threshold ",
                         FormatNumber(threshold * 100), "%): ", VoiceList(both),
                         ".", context_text);
      }
      Finding finding = context.NewFinding(*this, *group.subject, pair.verdict,
                                           pair.claims, explanation);
      finding.set_independent_sources(2);
      finding.set_sources(static_cast<int>(SourceCount(both)));
      if (texts) {
        finding.set_cause(cause.cause);
        SetClusters(clusters, &finding);
        finding.set_footnote(footnote);
        finding.set_tier_note(tier_note);
      }
      context.Report(std::move(finding));
    }
    absl::flat_hash_set<const NormalizedClaim*> shown;
    for (const DisagreeingPair& pair : pairs) {
      shown.insert(pair.claims.begin(), pair.claims.end());
    }
    // Who agrees: the clusters of a conflict; in a varying group (one
    // cluster of overlapping voices), the runs of voices whose figures are
    // close enough to be consistent on their own.
    const std::vector<std::vector<const VoiceRange*>> agreeing =
        verdict == CONFLICT
            ? clusters
            : CloseClusters(clusters.front(), group.kind, threshold);
    for (const auto& cluster : agreeing) {
      const size_t voice_count = VoiceCount(cluster);
      if (voice_count < 2) continue;
      std::string explanation;
      if (texts) {
        explanation =
            absl::StrCat(Capitalized(ClusterPhrase(cluster, /*first=*/true)),
                         ": they agree with each other; other sources differ.",
                         context_text);
      }
      std::vector<const NormalizedClaim*> claims = StatementClaims(cluster);
      shown.insert(claims.begin(), claims.end());
      Finding finding = context.NewFinding(*this, *group.subject, CONSISTENT,
                                           claims, explanation);
      finding.set_independent_sources(static_cast<int>(voice_count));
      finding.set_sources(static_cast<int>(SourceCount(cluster)));
      if (texts) SetClusters({cluster}, &finding);
      context.Report(std::move(finding));
    }
    ReportUndisputed(group, shown, context_text, context);
  }

  // The group's claims in no finding yet: figures that fit every side
  // ("1953" beside "5 March 1953" and "6 March 1953"). One CONSISTENT
  // finding, so that no claim of the group is left out of the report.
  void ReportUndisputed(
      const Group& group,
      const absl::flat_hash_set<const NormalizedClaim*>& shown,
      const std::string& context_text, RuleContext& context) const {
    std::vector<const NormalizedClaim*> rest;
    std::vector<std::string> values;
    absl::flat_hash_set<int> voices;
    for (const NormalizedClaim& c : group.claims) {
      if (shown.contains(&c)) continue;
      rest.push_back(&c);
      voices.insert(c.voice);
      if (!context.placement_only()) {
        values.push_back(
            absl::StrCat(ValueAsWritten(c), " (", ClaimCitation(c), ")"));
      }
    }
    if (rest.empty()) return;
    std::string explanation;
    if (!context.placement_only()) {
      explanation =
          absl::StrCat("Not in dispute: ", absl::StrJoin(values, "; "),
                       rest.size() == 1 ? " fits" : " fit",
                       " the figures on both sides.", context_text);
    }
    Finding finding = context.NewFinding(*this, *group.subject, CONSISTENT,
                                         rest, std::move(explanation));
    finding.set_independent_sources(static_cast<int>(voices.size()));
    context.Report(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<Rule> NewIntervalRule() {
  return std::make_unique<IntervalRule>();
}

}  // namespace checker
