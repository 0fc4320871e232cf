// Scope qualifiers of a figure, read from its clause and sentence, so that
// only like is compared with like: a partial count is not a total, a count
// by 1943 is not a count by 1956, a subset is not the whole.
//
// Keys (stable; the rules configuration says which ones separate groups):
//   "time"    - a time the count is bounded by or taken at, as written,
//               lowercase: "by the end of 1943", "in 1938", "until 1950",
//               "during the first winter". A year right before a currency
//               ("in 1917 US$", "in 1990 dollars") is a price's base year
//               and no time qualifier.
//   "subset"  - the figure is part of another group: "of them",
//               "of them children", "of the 11,000", "of these",
//               "from other countries"; or the clause's subject is a
//               vague part of the group, before the figure: "many", "most",
//               "some", "several", "a few" ("Many had been freed in 1949").
//   "partial" - the figure is one part of a total: "immediate" (outright,
//               instantly, by the blast itself), "additional" (a further,
//               another, N more: only when the same attribute was already
//               counted before it in the paragraph, which the caller
//               decides), "remaining" (the remaining, the rest, the last).
//   "place"   - a place the count is restricted to, written right after the
//               figure's noun: "in Dartmouth", "at Norilsk".
//
//   QualifierRequest r{text, sentence, clause, figure, &date_spans};
//   std::vector<Qualifier> q = FindQualifiers(r);
//   // "by the end of 1943 some 2 million had died" -> {"time", "by the end
//   // of 1943"}
//
// Pure functions; thread-safe.
#ifndef CHECKER_LINK_QUALIFIERS_H_
#define CHECKER_LINK_QUALIFIERS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/text/document.h"

namespace checker {

inline constexpr char kQualifierTime[] = "time";
inline constexpr char kQualifierSubset[] = "subset";
inline constexpr char kQualifierPartial[] = "partial";
inline constexpr char kQualifierPlace[] = "place";

struct Qualifier {
  std::string key;
  std::string value;
  bool operator==(const Qualifier& o) const {
    return key == o.key && value == o.value;
  }
};

struct QualifierRequest {
  absl::string_view text;
  TextSpan sentence;
  TextSpan clause;  // the figure's clause inside `sentence`
  TextSpan figure;
  uint32_t noun_end = 0;  // end of the figure's counted noun (or figure.end)
  // Date mentions (of the sentence or the whole text), sorted by begin.
  const std::vector<TextSpan>* dates = nullptr;
};

// The qualifiers found, at most one per key, ordered by key. "additional"
// is reported as found; the caller keeps it only when the paragraph already
// counted the same attribute (see above).
std::vector<Qualifier> FindQualifiers(const QualifierRequest& request);

// The qualifiers of a date: only a vague part of the group as the clause's
// subject ("Many had been freed in 1949" dates the release of some, not of
// all); a date's time words are the date itself, and counts' subset words
// ("of them") do not follow dates.
std::vector<Qualifier> FindDateQualifiers(const QualifierRequest& request);

}  // namespace checker

#endif  // CHECKER_LINK_QUALIFIERS_H_
