#include "checker/base/iso_day.h"

#include <cstdio>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/escaping.h"
#include "absl/strings/str_cat.h"
#include "date/date.h"

namespace checker {
namespace {

// `text` for a message: C escapes, at most 60 bytes shown, in quotes.
std::string Quoted(absl::string_view text) {
  constexpr size_t kMax = 60;
  if (text.size() <= kMax) {
    return absl::StrCat("\"", absl::CHexEscape(text), "\"");
  }
  return absl::StrCat("\"", absl::CHexEscape(text.substr(0, kMax)), "...\"");
}

absl::Status Malformed(absl::string_view text) {
  return absl::InvalidArgumentError(
      absl::StrCat(Quoted(text),
                   " is not an ISO date; write it as YYYY-MM-DD (years "
                   "before 1 AD as -YYYY-MM-DD: 44 BC is -0043)"));
}

}  // namespace

absl::StatusOr<int64_t> ParseIsoDay(absl::string_view full) {
  // ISO 8601's expanded years count 1 BC as 0000, 2 BC as -0001.
  absl::string_view text = full;
  const bool before_year_zero = !text.empty() && text[0] == '-';
  if (before_year_zero) text.remove_prefix(1);
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') {
    return Malformed(full);
  }
  int parts[3] = {0, 0, 0};
  constexpr int kStarts[3] = {0, 5, 8};
  constexpr int kLengths[3] = {4, 2, 2};
  for (int p = 0; p < 3; ++p) {
    for (int k = 0; k < kLengths[p]; ++k) {
      const char c = text[kStarts[p] + k];
      if (!absl::ascii_isdigit(static_cast<unsigned char>(c))) {
        return Malformed(full);
      }
      parts[p] = parts[p] * 10 + (c - '0');
    }
  }
  if (before_year_zero) {
    if (parts[0] == 0) return Malformed(full);  // 1 BC is 0000, not -0000
    parts[0] = -parts[0];
  }
  const date::year_month_day ymd{date::year{parts[0]},
                                 date::month{static_cast<unsigned>(parts[1])},
                                 date::day{static_cast<unsigned>(parts[2])}};
  if (!ymd.ok()) {
    return absl::OutOfRangeError(absl::StrCat(
        Quoted(full), " does not exist in the calendar; fix the month or day"));
  }
  return date::sys_days{ymd}.time_since_epoch().count();
}

std::string FormatIsoDay(int64_t day) {
  const date::year_month_day ymd{date::sys_days{date::days{day}}};
  const int year = static_cast<int>(ymd.year());
  char buffer[32];
  std::snprintf(buffer, sizeof(buffer), "%s%04d-%02u-%02u", year < 0 ? "-" : "",
                year < 0 ? -year : year, static_cast<unsigned>(ymd.month()),
                static_cast<unsigned>(ymd.day()));
  return buffer;
}

}  // namespace checker
