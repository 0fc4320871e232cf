#include "checker/extract/date_atoms.h"

namespace checker::extract {
namespace {

using date::sys_days;
using date::year_month_day;

bool DayNumber(const Scan& s, size_t i, int* day) {
  if (!s.Num(i) || s[i].decimals || s[i].grouped || s[i].int_digits > 2 ||
      s[i].suffix == NumberSuffix::kPlural) {
    return false;
  }
  if (s.Punct(i + 1, ':') || s.Punct(i + 1, '%')) return false;
  if (s[i].mantissa < 1 || s[i].mantissa > 31) return false;
  *day = static_cast<int>(s[i].mantissa);
  return true;
}

bool IsMonthAt(const Scan& s, size_t i) {
  return s.Has(i, kMonthName) && s[i].upper;
}

// Consumes "," or "of" then a year; returns the year token's end or 0.
size_t YearAfter(const Scan& s, size_t i, int* year) {
  size_t j = i;
  if (s.Punct(j, ',') || s.Word(j, "of")) ++j;
  if (!s.YearLike(j) || s.CountedNounAt(j + 1) || s.Has(j + 1, kScale)) {
    return 0;
  }
  *year = static_cast<int>(s[j].mantissa);
  return j + 1;
}

// Month [day] [, year] | Month [of] year | Month (bare, when cued).
bool ParseMonthFirst(const Scan& s, size_t i, AtomMode mode, DateAtom* out) {
  out->month = s.Info(i).month;
  size_t j = i + 1;
  if (s.Punct(j, '.') && s.Joined(j) && s[i].len <= 4) ++j;  // "Dec."
  int day = 0;
  if (DayNumber(s, j, &day) && !s.Has(j + 1, kScale | kTimeUnit) &&
      !s.CountedNounAt(j + 1)) {
    out->day = day;
    out->precision = MentionPrecision::kDay;
    j += 1;
    int year = 0;
    if (size_t e = YearAfter(s, j, &year); e && !s.Word(j, "of")) {
      out->year = year;
      j = e;
    }
    out->end = j;
    return true;
  }
  out->precision = MentionPrecision::kMonth;
  int year = 0;
  if (size_t e = YearAfter(s, j, &year)) {
    out->year = year;
    out->end = e;
    return true;
  }
  const bool cued = mode == AtomMode::kSecond ||
                    (i > 0 && s.Has(i - 1, kDatePrep | kPartOf)) ||
                    ((s.Word(j, "and") || s.Word(j, "to") || s.Punct(j, '-')) &&
                     IsMonthAt(s, j + 1));
  if (!cued || (s[i].word() == "may" && s.IsWord(j) && !s[j].upper &&
                !s.Has(j, kDatePrep))) {
    return false;
  }
  out->end = j;
  return true;
}

// Season [of] year [year2] | "in the" season (year from context).
bool ParseSeason(const Scan& s, size_t i, bool has_the, AtomMode mode,
                 DateAtom* out) {
  out->season = s.Info(i).season;
  out->precision = MentionPrecision::kSeason;
  size_t j = i + 1;
  int year = 0;
  if (size_t e = YearAfter(s, j, &year); e && !s.Punct(j, ',')) {
    out->year = year;
    j = e;
    // "winter of 1945 1946", "winter of 1945-46", "winter 1945/46".
    if (out->season == 3) {
      if (s.YearLike(j) && s[j].mantissa == static_cast<uint64_t>(year) + 1) {
        ++j;
      } else if ((s.Punct(j, '-') || s.Punct(j, '/')) && s.PlainInt(j + 1) &&
                 s[j + 1].int_digits == 2 &&
                 s[j + 1].mantissa == static_cast<uint64_t>(year + 1) % 100) {
        j += 2;
      }
    }
    out->end = j;
    return true;
  }
  const bool fall = s[i].word() == "fall";
  const bool prep = has_the && out->begin > 0 &&
                    s.Has(out->begin - 1, kDatePrep) &&
                    !s.Word(out->begin - 1, "of");
  if (fall || !(prep || mode == AtomMode::kSecond ||
                (s.Word(j, "and") && s.Has(j + 1, kSeasonName)))) {
    return false;
  }
  if (s.IsWord(j) && !s.Has(j, kFunctionWord | kDatePrep) &&
      !s.Word(j, "that")) {
    return false;  // "the summer offensive"
  }
  out->end = j;
  return true;
}

bool ParseNumberFirst(const Scan& s, size_t i, AtomMode mode, bool has_the,
                      DateAtom* out) {
  const Token& t = s[i];
  // Decades and centuries: "1950s", "1920's", "1800s".
  if (t.suffix == NumberSuffix::kPlural && t.int_digits == 4 &&
      t.decimals == 0 && !t.grouped && t.mantissa % 10 == 0) {
    const int y = static_cast<int>(t.mantissa);
    if (y % 100 == 0) {
      out->century = y, out->precision = MentionPrecision::kCentury;
    } else {
      out->decade = y, out->precision = MentionPrecision::kDecade;
    }
    out->end = i + 1;
    return true;
  }
  // Centuries: "the 20th century".
  if (t.suffix == NumberSuffix::kOrdinal && s.Word(i + 1, "century") &&
      t.mantissa >= 1 && t.mantissa <= 21) {
    out->century = static_cast<int>(t.mantissa - 1) * 100;
    out->precision = MentionPrecision::kCentury;
    out->end = i + 2;
    return true;
  }
  // Numeric dates: "7/26/2005" (month first unless the first is over 12).
  if (s.PlainInt(i) && s.Punct(i + 1, '/') && s.Joined(i + 1) &&
      s.PlainInt(i + 2) && s.Punct(i + 3, '/') && s.YearLike(i + 4) &&
      s.Joined(i + 4) && t.int_digits <= 2 && s[i + 2].int_digits <= 2) {
    int a = static_cast<int>(t.mantissa), b = static_cast<int>(s[i + 2].mantissa);
    if (a > 12) std::swap(a, b);
    out->month = a, out->day = b;
    out->year = static_cast<int>(s[i + 4].mantissa);
    out->end = i + 5;
    return true;
  }
  int day = 0;
  if (DayNumber(s, i, &day)) {
    size_t j = i + 1;
    if (s.Word(j, "of")) ++j;
    if (IsMonthAt(s, j)) {
      out->day = day;
      out->month = s.Info(j).month;
      ++j;
      if (s.Punct(j, '.') && s.Joined(j)) ++j;
      int year = 0;
      if (size_t e = YearAfter(s, j, &year); e && !s.Word(j, "of")) {
        out->year = year, j = e;
      }
      out->end = j;
      return true;
    }
    const bool list = s.Word(j, "and") || s.Punct(j, '-') || s.Word(j, "to");
    int d2 = 0;
    if (mode == AtomMode::kFirst && t.suffix != NumberSuffix::kOrdinal &&
        list && DayNumber(s, j + 1, &d2) && IsMonthAt(s, j + 2)) {
      out->day = day;  // "16 and 17 June": month and year from the next
      out->end = j;
      return true;
    }
    // "the 26th": day of the month in context.
    if (has_the && t.suffix == NumberSuffix::kOrdinal &&
        s.context.context_month != 0 &&
        (s.ClauseEnd(j) || s.Has(j, kFunctionWord) || s.Word(j, "by"))) {
      out->day = day;
      out->month = s.context.context_month;
      out->year = s.context.context_year;
      out->month_inferred = true;
      out->end = j;
      return true;
    }
    if (mode == AtomMode::kSecond && t.suffix == NumberSuffix::kNone &&
        !s.IsWord(j)) {
      out->day = day;  // "March 1-5, 1953"
      out->end = j;
      int year = 0;
      if (size_t e = YearAfter(s, j, &year)) out->year = year, out->end = e;
      return true;
    }
  }
  if (!s.YearLike(i)) return false;
  out->year = static_cast<int>(t.mantissa);
  out->precision = MentionPrecision::kYear;
  out->end = i + 1;
  if (mode == AtomMode::kSecond) return true;
  const size_t next = i + 1;
  if (s.Has(next, kScale | kTimeUnit) || s.Word(next, "percent") ||
      s.Punct(next, '%') || s.Punct(next, ':') ||
      (s.Punct(next, '-') && s.Joined(next) && s.IsWord(next + 1))) {
    return false;
  }
  const bool strong_prep = i > 0 && s.Has(i - 1, kDatePrep) &&
                           !s.Word(i - 1, "of") && !s.Word(i - 1, "to") &&
                           !s.Word(i - 1, "and") && !s.Word(i - 1, "from");
  return strong_prep || !s.CountedNounAt(next);
}

}  // namespace

bool ParseDateAtom(const Scan& s, size_t i, AtomMode mode, DateAtom* out) {
  *out = DateAtom{};
  out->begin = i;
  size_t j = i;
  bool has_the = false;
  // Parts: "early", "mid-", "late", "the end of", "the middle of".
  int part = -1;
  if (s.Word(j, "the") &&
      (s.Word(j + 1, "end") || s.Word(j + 1, "beginning") ||
       s.Word(j + 1, "start") || s.Word(j + 1, "middle") ||
       s.Word(j + 1, "close")) &&
      s.Word(j + 2, "of")) {
    const absl::string_view w = s[j + 1].word();
    part = (w == "end" || w == "close") ? 2 : w == "middle" ? 1 : 0;
    j += 3;
  } else {
    if (s.Word(j, "the")) has_the = true, ++j;
    if (s.Has(j, kPartOf)) {
      part = static_cast<int>(s.Info(j).value);
      ++j;
      if (s.Punct(j, '-') && s.Joined(j)) ++j;
    }
  }
  if (part >= 0 && s.Word(j, "the")) has_the = true, ++j;
  if (j >= s.size()) return false;
  bool ok = false;
  if (s.Num(j)) {
    ok = ParseNumberFirst(s, j, mode, has_the, out);
  } else if (IsMonthAt(s, j)) {
    ok = ParseMonthFirst(s, j, mode, out);
  } else if (s.Has(j, kSeasonName)) {
    ok = ParseSeason(s, j, has_the, mode, out);
  } else if (s.Has(j, kDecadeWord) && (has_the || part >= 0)) {
    out->decade = 1900 + static_cast<int>(s.Info(j).value);
    out->precision = MentionPrecision::kDecade;
    out->end = j + 1;
    ok = true;
  } else if (s.Has(j, kOrdinalWord) && s.Word(j + 1, "century")) {
    out->century = static_cast<int>(s.Info(j).value - 1) * 100;
    out->precision = MentionPrecision::kCentury;
    out->end = j + 2;
    ok = true;
  }
  if (!ok) return false;
  out->begin = i;
  if (part >= 0) {
    if (out->day != 0 || out->season >= 0) return false;
    out->part = part;
  } else if (has_the && out->month == 0 && out->season < 0 &&
             out->decade == 0 && out->century == 0) {
    out->begin = i + 1;  // "the" is not part of a bare year
  }
  return true;
}

bool AtomInterval(const DateAtom& a, sys_days* earliest, sys_days* latest) {
  using date::day;
  using date::month;
  using date::year;
  using date::last;
  auto ymd = [](int y, int m, int d) {
    return year_month_day{year{y}, month{static_cast<unsigned>(m)},
                          day{static_cast<unsigned>(d)}};
  };
  auto last_day = [](int y, int m) {
    return sys_days{year{y} / month{static_cast<unsigned>(m)} / last};
  };
  // Thirds of a span of whole months [m0, m0 + months).
  auto thirds = [&](int y0, int months) {
    const int first = a.part * months / 3;
    const int stop = (a.part + 1) * months / 3 - 1;
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
