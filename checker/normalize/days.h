// Day numbers: dates are compared as days since 1970-01-01 (the
// `date::sys_days` epoch); reports print them back as ISO 8601. Numbers for
// readers: FormatNumber in checker/base/number_text.h.
//
//   absl::StatusOr<int64_t> day = ParseIsoDay("1953-03-05");  // -6146
//   FormatIsoDay(-6146) == "1953-03-05"
#ifndef CHECKER_NORMALIZE_DAYS_H_
#define CHECKER_NORMALIZE_DAYS_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/base/iso_day.h"

namespace checker {

// ParseIsoDay and FormatIsoDay: checker/base/iso_day.h.

// The day number `months` calendar months after (or before, when negative)
// `day`, clamped to the last day of the target month.
int64_t AddMonths(int64_t day, int months);

}  // namespace checker

#endif  // CHECKER_NORMALIZE_DAYS_H_
