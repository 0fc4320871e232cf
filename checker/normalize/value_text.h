// Normalized values and intervals in words, for explanations and verify's
// sentences. The wording is IntervalWords (checker/base/interval_words.h),
// the same as the reports use for a finding's intervals; this adds the
// bound texts (BoundText) and the unit.
//
//   ValueText(40, VALUE_DURATION, "") == "40 days"
//   IntervalText(/*36..44, duration*/, "") == "36 – 44 days"
//
// Pure; thread-safe.
#ifndef CHECKER_NORMALIZE_VALUE_TEXT_H_
#define CHECKER_NORMALIZE_VALUE_TEXT_H_

#include <string>

#include "absl/strings/string_view.h"
#include "checker/normalize/normalizer.h"

namespace checker {

// One value: a date as "1953-03-05", a duration as "40 days" ("1 day"), a
// quantity as "570,000", with "%" when `unit` is "percent".
std::string ValueText(double value, ValueKind kind, absl::string_view unit);

// The interval as IntervalWords says it, bounds as BoundText, with the unit
// once at the end: "40 days", "21 – 49 days", "above 500,000", "at most
// 14%", "1953-05-01 – 1953-05-31", "unbounded" (no unit).
std::string IntervalText(const ValueInterval& interval, absl::string_view unit);

}  // namespace checker

#endif  // CHECKER_NORMALIZE_VALUE_TEXT_H_
