#include "checker/verify/classify.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "checker/base/escape.h"
#include "checker/base/number_text.h"
#include "checker/normalize/value_text.h"

namespace checker {
namespace {

// Where the draft lies relative to one source claim it does not overlap.
struct Gap {
  double amount = 0;         // distance between the nearest bounds, >= 0
  bool draft_above = false;  // the draft is above (after, longer than) it
  double source_bound = 0;   // the source's nearest bound
};

Gap GapTo(const ValueInterval& draft, const ValueInterval& source) {
  if (draft.high <= source.low)
    return {source.low - draft.high, false, source.low};
  return {draft.low - source.high, true, source.high};
}

std::string PlainCite(const SourceClaim& claim) {
  return claim.page.empty() ? claim.source
                            : absl::StrCat(claim.source, " p. ", claim.page);
}

std::string PlainCites(const std::vector<SourceClaim>& claims,
                       const std::vector<size_t>& which) {
  std::vector<std::string> parts;
  for (size_t i : which) {
    std::string cite = PlainCite(claims[i]);
    if (std::find(parts.begin(), parts.end(), cite) == parts.end()) {
      parts.push_back(std::move(cite));
    }
  }
  return absl::StrJoin(parts, ", ");
}

std::string FormatPercent(double percent) {
  if (percent < 0.1) return "less than 0.1%";
  if (percent >= 10) return absl::StrCat(std::llround(percent), "%");
  return absl::StrCat(FormatNumber(std::round(percent * 10) / 10), "%");
}

// "2 days after", "15% above", "3 days shorter than": the distance and the
// relation of the draft to a source bound.
std::string Distance(const Gap& gap, ValueKind kind, absl::string_view unit) {
  const char* relation = nullptr;
  switch (kind) {
    case VALUE_DATE:
      relation = gap.draft_above ? "after" : "before";
      break;
    case VALUE_DURATION:
      relation = gap.draft_above ? "longer than" : "shorter than";
      break;
    default:
      relation = gap.draft_above ? "above" : "below";
      break;
  }
  if (gap.amount == 0) return absl::StrCat("just ", relation);
  std::string amount;
  if (kind == VALUE_QUANTITY && gap.source_bound != 0) {
    amount = FormatPercent(100 * gap.amount / std::fabs(gap.source_bound));
  } else if (kind == VALUE_QUANTITY) {
    amount = ValueText(gap.amount, kind, unit);
  } else {
    amount = ValueText(gap.amount, VALUE_DURATION, "");
  }
  return absl::StrCat(amount, " ", relation);
}

std::string Extreme(ValueKind kind, bool draft_above) {
  switch (kind) {
    case VALUE_DATE:
      return draft_above ? "the latest source date"
                         : "the earliest source date";
    case VALUE_DURATION:
      return draft_above ? "the longest source figure"
                         : "the shortest source figure";
    default:
      return draft_above ? "the highest source figure"
                         : "the lowest source figure";
  }
}

// CONTRADICTED: the closest claims and how far the draft is from them.
void DescribeContradiction(const ValueInterval& draft,
                           const std::vector<SourceClaim>& claims,
                           const std::vector<size_t>& of_kind,
                           Classification* result) {
  double best = std::numeric_limits<double>::infinity();
  bool any_above = false, any_below = false;
  std::vector<std::pair<size_t, Gap>> gaps;
  for (size_t i : of_kind) {
    const Gap gap = GapTo(draft, claims[i].interval);
    (gap.draft_above ? any_above : any_below) = true;
    best = std::min(best, gap.amount);
    gaps.emplace_back(i, gap);
  }
  Gap nearest;
  for (const auto& [i, gap] : gaps) {
    if (gap.amount != best) continue;
    if (result->cited.empty()) nearest = gap;
    result->cited.push_back(i);
  }
  const SourceClaim& first = claims[result->cited.front()];
  const std::string distance = Distance(nearest, draft.kind, first.unit);
  const std::string where =
      any_above && any_below
          ? absl::StrCat("between the sources, ", distance, " the nearest")
          : absl::StrCat(distance, " ",
                         Extreme(draft.kind, nearest.draft_above));
  result->message =
      absl::StrCat("sources say ", result->sources_range, " (", where, ", ",
                   ValueText(nearest.source_bound, draft.kind, first.unit),
                   ", ", PlainCites(claims, result->cited), ")");
  result->footnote = absl::StrCat(
      "Check this figure: the sources give ", result->sources_range, " ",
      Citations(claims, of_kind), "; the draft's figure is ", where, ".");
}

void DescribeDispute(const std::vector<SourceClaim>& claims,
                     const SubjectEvidence& evidence, Classification* result) {
  std::vector<std::string> each;
  std::vector<std::string> notes;
  for (size_t i : result->cited) {
    const SourceClaim& claim = claims[i];
    const std::string value = claim.text.empty()
                                  ? IntervalText(claim.interval, claim.unit)
                                  : claim.text;
    each.push_back(absl::StrCat(PlainCite(claim), ": ", value));
    notes.push_back(
        absl::StrCat(MarkdownEscape(value), " ", Citations(claims, {i})));
  }
  const char* how = evidence.verdict == CONFLICT ? "conflict" : "vary";
  result->message =
      absl::StrCat("sources say ", result->sources_range, " (the sources ", how,
                   ": ", absl::StrJoin(each, "; "), ")");
  result->footnote =
      evidence.footnote.empty()
          ? absl::StrCat("The sources differ: ", absl::StrJoin(notes, "; "),
                         ".")
          : absl::StrCat(MarkdownEscape(evidence.footnote), " ",
                         Citations(claims, result->cited));
}

}  // namespace

absl::string_view OutcomeName(Outcome outcome) {
  switch (outcome) {
    case Outcome::kUnlinked:
      return "UNLINKED";
    case Outcome::kSupported:
      return "SUPPORTED";
    case Outcome::kDisputed:
      return "DISPUTED";
    case Outcome::kUnsupported:
      return "UNSUPPORTED";
    case Outcome::kContradicted:
      return "CONTRADICTED";
  }
  return "UNKNOWN";
}

std::string Citations(const std::vector<SourceClaim>& claims,
                      const std::vector<size_t>& which) {
  std::vector<std::string> parts;
  for (size_t i : which) {
    const SourceClaim& claim = claims[i];
    std::string cite = claim.page.empty()
                           ? absl::StrCat("@", claim.source)
                           : absl::StrCat("@", claim.source, ", p. ",
                                          MarkdownEscape(claim.page));
    if (std::find(parts.begin(), parts.end(), cite) == parts.end()) {
      parts.push_back(std::move(cite));
    }
  }
  return absl::StrCat("[", absl::StrJoin(parts, "; "), "]");
}

Classification Classify(const ValueInterval& draft,
                        const SubjectEvidence& evidence,
                        absl::string_view subject_display) {
  Classification result;
  const std::vector<SourceClaim>& claims = evidence.claims;
  std::vector<size_t> of_kind, overlapping;
  for (size_t i = 0; i < claims.size(); ++i) {
    const ValueInterval& interval = claims[i].interval;
    if (interval.kind != draft.kind &&
        interval.kind != VALUE_KIND_UNSPECIFIED) {
      continue;
    }
    of_kind.push_back(i);
    if (Overlaps(draft, interval)) overlapping.push_back(i);
  }
  if (of_kind.empty()) {
    result.outcome = Outcome::kUnsupported;
    result.message = absl::StrCat("no claim in the base for ", subject_display);
    result.footnote = absl::StrCat("No source in the claim base gives ",
                                   MarkdownEscape(subject_display), ".");
    return result;
  }
  ValueInterval hull = claims[of_kind.front()].interval;
  for (size_t i : of_kind) hull = Hull(hull, claims[i].interval);
  hull.kind = draft.kind;
  result.sources_range = IntervalText(hull, claims[of_kind.front()].unit);

  if (overlapping.empty()) {
    result.outcome = Outcome::kContradicted;
    DescribeContradiction(draft, claims, of_kind, &result);
  } else if (evidence.verdict == CONFLICT || evidence.verdict == VARYING) {
    result.outcome = Outcome::kDisputed;
    result.cited = of_kind;
    DescribeDispute(claims, evidence, &result);
  } else {
    result.outcome = Outcome::kSupported;
    result.cited = overlapping;
    result.message =
        absl::StrCat("sources say ", result.sources_range, " (matches ",
                     PlainCites(claims, overlapping), ")");
    result.footnote = absl::StrCat("Sources: ", result.sources_range, " ",
                                   Citations(claims, overlapping), ".");
  }
  return result;
}

}  // namespace checker
