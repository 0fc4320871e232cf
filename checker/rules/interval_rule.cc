// checker.rule.interval: do the claims of one subject share a value?
//
// One finding per group of two or more claims: CONFLICT when no value fits
// every claim (the explanation names the clusters of claims that agree among
// themselves, or the two claims that cannot both be right), VARYING when
// they overlap but their stated figures spread more than
// `varying_threshold`, CONSISTENT otherwise (only when two or more
// independent voices agree; one voice is checker.rule.single_source's
// business). A likely cause is attached
// (see causes.h). O(n log n) per group: sort by low and sweep.
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/normalize/days.h"
#include "checker/rules/causes.h"
#include "checker/rules/finding_util.h"
#include "checker/rules/interval_math.h"
#include "checker/rules/rule.h"

namespace checker {
namespace {

std::vector<const NormalizedClaim*> Pointers(const Group& group) {
  std::vector<const NormalizedClaim*> out;
  out.reserve(group.claims.size());
  for (const NormalizedClaim& c : group.claims) out.push_back(&c);
  return out;
}

std::string ConflictText(const std::vector<const NormalizedClaim*>& claims) {
  std::vector<std::vector<const NormalizedClaim*>> clusters =
      OverlapClusters(claims);
  if (clusters.size() > 1) {
    std::vector<std::string> parts;
    for (const auto& cluster : clusters) {
      parts.push_back(absl::StrCat("[", ClaimLabels(cluster), "]"));
    }
    return absl::StrCat("No value fits every claim: ",
                        absl::StrJoin(parts, " vs "), ".");
  }
  // One chain of overlaps without a common value: name the two extremes.
  const NormalizedClaim* lowest_high = claims.front();
  const NormalizedClaim* highest_low = claims.front();
  for (const NormalizedClaim* c : claims) {
    if (c->interval.high < lowest_high->interval.high) lowest_high = c;
    if (c->interval.low > highest_low->interval.low) highest_low = c;
  }
  return absl::StrCat("No value fits every claim: ", ClaimLabel(*lowest_high),
                      " and ", ClaimLabel(*highest_low),
                      " cannot both be right, though each overlaps others.");
}

class IntervalRule : public Rule {
 public:
  absl::string_view id() const override { return "checker.rule.interval"; }

  void CheckGroup(const Group& group, RuleContext& context) const override {
    if (group.claims.size() < 2) return;
    std::vector<const NormalizedClaim*> claims = Pointers(group);
    double threshold = context.config().varying_threshold();
    Verdict verdict = ClassifyIntervals(claims, group.kind, threshold);
    // Agreement of one voice with itself says nothing: single_source
    // reports such groups.
    if (verdict == CONSISTENT && group.independent_voices < 2) return;
    std::string explanation;
    CauseNote cause;
    if (verdict == CONFLICT) {
      explanation = ConflictText(claims);
      cause = DetectConflictCause(group, context);
    } else if (verdict == VARYING) {
      const NormalizedClaim* lowest = nullptr;
      const NormalizedClaim* highest = nullptr;
      double spread = RelativeSpread(claims, &lowest, &highest);
      explanation = absl::StrCat(
          "The claims overlap, but their figures spread ",
          FormatNumber(spread * 100), "% (threshold ",
          FormatNumber(threshold * 100), "%), from ", ClaimLabel(*lowest),
          " to ", ClaimLabel(*highest), ".");
      cause = DetectAgreementCause(group);
    } else {
      bool empty = false;
      ValueInterval common = CommonOverlap(claims, &empty);
      explanation = absl::StrCat("All ", claims.size(),
                                 " claims fit the common range ",
                                 IntervalText(common), ".");
      cause = DetectAgreementCause(group);
    }
    if (!cause.note.empty()) absl::StrAppend(&explanation, " ", cause.note);
    Finding finding = context.NewFinding(*this, *group.subject, verdict,
                                         claims, std::move(explanation));
    finding.set_cause(cause.cause);
    context.Report(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<Rule> NewIntervalRule() {
  return std::make_unique<IntervalRule>();
}

}  // namespace checker
