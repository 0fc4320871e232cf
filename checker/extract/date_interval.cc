// Day intervals of date atoms: thirds for "early/mid/late", northern
// seasons (winter runs into the next year), decades and centuries.
#include "checker/extract/date_atoms.h"

namespace checker::extract {

using date::sys_days;
using date::year_month_day;

namespace {

// "the first Tuesday of October", "the last day of May", "the second week
// of June" (weeks: Monday to Sunday, wholly inside the month).
bool NthInterval(const DateAtom& a, sys_days* earliest, sys_days* latest) {
  using date::days;
  const date::year_month ym{date::year{a.year},
                            date::month{static_cast<unsigned>(a.month)}};
  const sys_days first = sys_days{ym / 1};
  const sys_days last = sys_days{ym / date::last};
  auto monday_based = [](sys_days d) {
    return static_cast<int>((date::weekday{d}.c_encoding() + 6) % 7);
  };
  sys_days day;
  switch (a.nth_of) {
    case DateAtom::kNthDay:
      day = a.nth > 0 ? first + days{a.nth - 1} : last;
      if (day > last) return false;
      *earliest = *latest = day;
      return true;
    case DateAtom::kNthWeekday: {
      if (a.nth > 0) {
        day = first + days{(a.nth_weekday - monday_based(first) + 7) % 7} +
              days{7 * (a.nth - 1)};
      } else {
        day = last - days{(monday_based(last) - a.nth_weekday + 7) % 7};
      }
      if (day > last) return false;
      *earliest = *latest = day;
      return true;
    }
    case DateAtom::kNthWeek: {
      if (a.nth > 0) {
        day =
            first + days{(7 - monday_based(first)) % 7} + days{7 * (a.nth - 1)};
      } else {
        day = last - days{6} - days{monday_based(last - days{6})};
      }
      if (day + days{6} > last) return false;
      *earliest = day;
      *latest = day + days{6};
      return true;
    }
    case DateAtom::kNthNone:
      break;
  }
  return false;
}

}  // namespace

bool AtomInterval(const DateAtom& a, sys_days* earliest, sys_days* latest) {
  using date::day;
  using date::last;
  using date::month;
  using date::year;
  auto ymd = [](int y, int m, int d) {
    return year_month_day{year{y}, month{static_cast<unsigned>(m)},
                          day{static_cast<unsigned>(d)}};
  };
  auto last_day = [](int y, int m) {
    return sys_days{year{y} / month{static_cast<unsigned>(m)} / last};
  };
  // Thirds of a span of whole months [m0, m0 + months).
  auto thirds = [&](int y0, int months) {
    const bool half = a.part >= 3;
    const int piece = half ? a.part - 3 : a.part;
    const int pieces = half ? 2 : 3;
    const int first = piece * months / pieces;
    const int stop = (piece + 1) * months / pieces - 1;
    *earliest = sys_days{ymd(y0 + first / 12, 1 + first % 12, 1)};
    *latest = last_day(y0 + stop / 12, 1 + stop % 12);
  };
  if (a.century != 0 || a.precision == MentionPrecision::kCentury) {
    if (a.part >= 0) return thirds(a.century, 1200), true;
    *earliest = sys_days{ymd(a.century, 1, 1)};
    *latest = sys_days{ymd(a.century + 99, 12, 31)};
    return true;
  }
  if (a.decade != 0) {
    if (a.part >= 0) return thirds(a.decade, 120), true;
    *earliest = sys_days{ymd(a.decade, 1, 1)};
    *latest = sys_days{ymd(a.decade + 9, 12, 31)};
    return true;
  }
  if (!a.has_year()) return false;
  if (a.nth != 0) return NthInterval(a, earliest, latest);
  if (a.quarter != 0) {
    const int m = 1 + 3 * (a.quarter - 1);
    *earliest = sys_days{ymd(a.year, m, 1)};
    *latest = last_day(a.year, m + 2);
    return true;
  }
  if (a.season >= 0) {
    static constexpr int kStart[] = {3, 6, 9, 12};
    const int m = kStart[a.season];
    *earliest = sys_days{ymd(a.year, m, 1)};
    *latest = m == 12 ? last_day(a.year + 1, 2) : last_day(a.year, m + 2);
    return true;
  }
  if (a.month == 0) {
    if (a.part >= 0) return thirds(a.year, 12), true;
    *earliest = sys_days{ymd(a.year, 1, 1)};
    *latest = sys_days{ymd(a.year, 12, 31)};
    return true;
  }
  if (a.day == 0) {
    if (a.part >= 3) return false;  // "the first half of June": not handled
    const sys_days end = last_day(a.year, a.month);
    *earliest = sys_days{ymd(a.year, a.month, 1)};
    *latest = end;
    if (a.part == 0) *latest = sys_days{ymd(a.year, a.month, 10)};
    if (a.part == 1) {
      *earliest = sys_days{ymd(a.year, a.month, 11)};
      *latest = sys_days{ymd(a.year, a.month, 20)};
    }
    if (a.part == 2) *earliest = sys_days{ymd(a.year, a.month, 21)};
    return true;
  }
  const year_month_day d = ymd(a.year, a.month, a.day);
  if (!d.ok()) return false;
  *earliest = *latest = sys_days{d};
  if (a.week_of) {
    const date::weekday wd{sys_days{d}};
    *earliest = sys_days{d} - date::days{(wd.c_encoding() + 6) % 7};
    *latest = *earliest + date::days{6};
  }
  return true;
}

}  // namespace checker::extract
