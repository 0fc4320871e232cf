// Subjects as verify keys and prints them ("kengir_uprising/duration"), and
// the hull of two intervals. All functions are pure and thread-safe.
#ifndef CHECKER_VERIFY_INTERVAL_TEXT_H_
#define CHECKER_VERIFY_INTERVAL_TEXT_H_

#include <string>

#include "absl/strings/string_view.h"
#include "checker/normalize/normalizer.h"
#include "proto/claim.pb.h"

namespace checker {

// Map keys for subjects: SubjectKey in checker/rules/finding_util.h.

// "kengir_uprising/deaths" or "gulag/population[year=1953]".
std::string SubjectDisplay(const Subject& subject);

// Values and intervals in words: ValueText and IntervalText in
// checker/normalize/value_text.h; overlap: Overlaps in normalizer.h.

// The smallest interval holding both.
ValueInterval Hull(const ValueInterval& a, const ValueInterval& b);

}  // namespace checker

#endif  // CHECKER_VERIFY_INTERVAL_TEXT_H_
