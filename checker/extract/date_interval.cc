// Day intervals of date atoms: thirds for "early/mid/late", northern
// seasons (winter runs into the next year), decades and centuries.
#include "checker/extract/date_atoms.h"

namespace checker::extract {

using date::sys_days;
using date::year_month_day;

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
  if (a.year == 0) return false;
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
  return true;
}

}  // namespace checker::extract
