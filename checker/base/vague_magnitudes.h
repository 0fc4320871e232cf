// The one table of vague magnitudes ("tens of thousands", "several
// hundred"): the phrases and their default inclusive bounds. Extraction
// reads it to recognize the phrases and fill a mention's bounds;
// normalization reads it for the default rules configuration, which a
// user's rules.textproto may override phrase by phrase.
//
// The bounds follow what the words say: a plural scale means at least two
// of it and fewer than ten ("thousands": 2,000-9,999), "tens of" ten to
// ninety-nine of it ("tens of thousands": 10,000-99,999), "hundreds of"
// one hundred to 999 of it, "several" three to just under ten of it, "a
// few" two to five, "many" two up to the next "tens of" bound.
#ifndef CHECKER_BASE_VAGUE_MAGNITUDES_H_
#define CHECKER_BASE_VAGUE_MAGNITUDES_H_

#include "absl/strings/string_view.h"
#include "absl/types/span.h"

namespace checker {

struct VagueMagnitudeBounds {
  absl::string_view phrase;  // lowercase, single-spaced
  double low;
  double high;
};

// Every default vague magnitude, longer phrases before shorter ones that
// share their first word ("several hundred thousand" before "several
// hundred"). Immutable; thread-safe.
absl::Span<const VagueMagnitudeBounds> DefaultVagueMagnitudes();

}  // namespace checker

#endif  // CHECKER_BASE_VAGUE_MAGNITUDES_H_
