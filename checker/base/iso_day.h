// ISO 8601 calendar days, the one parser every stage uses (flags such as
// --reference-date, Source.document_date, claim dates in lint and in the
// normalizer).
//
// Days are counted from 1970-01-01 (the date::sys_days epoch): day 0.
//
//   absl::StatusOr<int64_t> day = ParseIsoDay("1953-03-05");  // -6146
//   FormatIsoDay(-6146) == "1953-03-05"
#ifndef CHECKER_BASE_ISO_DAY_H_
#define CHECKER_BASE_ISO_DAY_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace checker {

// The day number of `text`, which must be exactly "YYYY-MM-DD": four year
// digits, two month digits, two day digits, ASCII '-' between them, nothing
// else (no spaces, no "1953-3-5"), or that with a leading '-' for years
// before 1 AD in ISO 8601's proleptic Gregorian numbering: 1 BC is 0000,
// 44 BC is "-0043" (and "-0000" is refused). InvalidArgument when the text
// is not of that form; OutOfRange when it is but the day does not exist
// (1953-02-30, month 13). The message quotes `text` (C-escaped, cut after
// 60 bytes) and says what to write.
absl::StatusOr<int64_t> ParseIsoDay(absl::string_view text);

// "YYYY-MM-DD" for a day number (years 0 to 9999 print as four digits;
// earlier years as "-YYYY-MM-DD", which ParseIsoDay reads back).
std::string FormatIsoDay(int64_t day);

}  // namespace checker

#endif  // CHECKER_BASE_ISO_DAY_H_
