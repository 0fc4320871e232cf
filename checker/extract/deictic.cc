// Resolution of deictic dates against the document's own date.
#include "checker/extract/scan.h"

namespace checker::extract {
namespace {

using date::days;
using date::sys_days;
using date::year_month_day;

// Monday of the week holding `d`.
sys_days WeekStart(sys_days d) {
  const date::weekday wd{d};
  return d - days{(wd.c_encoding() + 6) % 7};
}

}  // namespace

void ResolveDeictic(const ExtractOptions& options, Mention* m) {
  if (!options.reference_date || m->earliest) return;
  const sys_days ref = *options.reference_date;
  const int sign = m->direction == MentionDirection::kBefore  ? -1
                   : m->direction == MentionDirection::kAfter ? 1
                                                              : 0;
  const int n = sign * static_cast<int>(m->amount);
  const year_month_day ymd{ref};
  switch (m->unit) {
    case MentionTimeUnit::kHour:
    case MentionTimeUnit::kDay: {
      const int shift = m->unit == MentionTimeUnit::kHour ? 0 : n;
      m->earliest = m->latest = ref + days{shift};
      m->precision = MentionPrecision::kDay;
      return;
    }
    case MentionTimeUnit::kWeek: {
      const sys_days start = WeekStart(ref) + days{7 * n};
      m->earliest = start;
      m->latest = start + days{6};
      m->precision = MentionPrecision::kDay;
      return;
    }
    case MentionTimeUnit::kMonth: {
      const date::year_month ym =
          date::year_month{ymd.year(), ymd.month()} + date::months{n};
      m->earliest = sys_days{ym / date::day{1}};
      m->latest = sys_days{ym / date::last};
      m->precision = MentionPrecision::kMonth;
      return;
    }
    case MentionTimeUnit::kYear:
    case MentionTimeUnit::kDecade: {
      const int years = m->unit == MentionTimeUnit::kDecade ? 10 * n : n;
      const date::year y = ymd.year() + date::years{years};
      m->earliest = sys_days{y / 1 / 1};
      m->latest = sys_days{y / 12 / 31};
      m->precision = MentionPrecision::kYear;
      return;
    }
    case MentionTimeUnit::kNone:
      return;
  }
}

void ResolveWeekday(const ExtractOptions& options, int weekday, Mention* m) {
  if (!options.reference_date) return;
  const sys_days ref = *options.reference_date;
  const int today = (date::weekday{ref}.c_encoding() + 6) % 7;
  int shift = weekday - today;  // this week
  if (m->direction == MentionDirection::kBefore) {
    shift = -((today - weekday + 7) % 7);
    if (shift == 0) shift = -7;
  } else if (m->direction == MentionDirection::kAfter) {
    shift = (weekday - today + 7) % 7;
    if (shift == 0) shift = 7;
  }
  m->earliest = m->latest = ref + days{shift};
  m->precision = MentionPrecision::kDay;
}

}  // namespace checker::extract
