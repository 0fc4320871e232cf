// How verify prints a subject ("kengir_uprising/duration"), and the hull of
// two intervals. Pure and thread-safe. Elsewhere: subject map keys are
// SubjectKey (checker/rules/finding_util.h); values and intervals in words
// are ValueText and IntervalText (checker/normalize/value_text.h); overlap
// is Overlaps (checker/normalize/normalizer.h).
#ifndef CHECKER_VERIFY_INTERVAL_TEXT_H_
#define CHECKER_VERIFY_INTERVAL_TEXT_H_

#include <string>

#include "checker/normalize/normalizer.h"
#include "proto/claim.pb.h"

namespace checker {

// "kengir_uprising/deaths" or "gulag/population[year=1953]".
std::string SubjectDisplay(const Subject& subject);

// The smallest interval holding both.
ValueInterval Hull(const ValueInterval& a, const ValueInterval& b);

}  // namespace checker

#endif  // CHECKER_VERIFY_INTERVAL_TEXT_H_
