// Plain-language text for subjects, values and distances between values, as
// verify prints them: "kengir_uprising/duration", "40..42 days",
// "1953-03-05", "570,000", "2 days after".
//
// Dates are days since 1970-01-01 (as ValueInterval holds them) and print as
// ISO 8601; durations print in days; quantities with thousands separators.
// All functions are pure and thread-safe.
#ifndef CHECKER_VERIFY_INTERVAL_TEXT_H_
#define CHECKER_VERIFY_INTERVAL_TEXT_H_

#include <string>

#include "absl/strings/string_view.h"
#include "checker/normalize/normalizer.h"
#include "proto/claim.pb.h"

namespace checker {

// A map key for a subject: entity, attribute and qualifiers sorted by name,
// separated by control characters. Equal subjects give equal keys.
std::string SubjectIndexKey(const Subject& subject);
// The key of an entity and attribute without qualifiers.
std::string SubjectIndexKey(absl::string_view entity,
                            absl::string_view attribute);

// "kengir_uprising/deaths" or "gulag/population[year=1953]".
std::string SubjectDisplay(const Subject& subject);

// One bound: a date as "1953-03-05", a duration as "40 days", a quantity as
// "570,000" (with "%" when `unit` is "percent").
std::string FormatValue(double value, ValueKind kind, absl::string_view unit);

// The interval as a reader would say it: "40 days", "40..42 days",
// "over 500,000", "at least 1953-06-01", "up to 100", "any value".
std::string FormatInterval(const ValueInterval& interval,
                           absl::string_view unit);

// True when the two intervals share at least one value (bounds and their
// exclusivity respected). Infinite bounds are open.
bool IntervalsOverlap(const ValueInterval& a, const ValueInterval& b);

// The smallest interval holding both.
ValueInterval Hull(const ValueInterval& a, const ValueInterval& b);

}  // namespace checker

#endif  // CHECKER_VERIFY_INTERVAL_TEXT_H_
