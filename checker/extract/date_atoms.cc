#include "checker/extract/date_atoms.h"

namespace checker::extract {
namespace {

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

// One past a month name at i, and past the period of an abbreviation
// ("Dec.", "Sept.") but not a sentence end ("in May.").
size_t AfterMonth(const Scan& s, size_t i) {
  const absl::string_view name = s[i].word();
  if (s.Punct(i + 1, '.') && s.Joined(i + 1) && name.size() <= 4 &&
      name != "may" && name != "june" && name != "july") {
    return i + 2;
  }
  return i + 1;
}

// Consumes "," or "of" then a year; returns the year token's end or 0.
size_t YearAfter(const Scan& s, size_t i, int* year) {
  size_t j = i;
  const bool comma = s.Punct(j, ',');
  if (comma || s.Word(j, "of")) ++j;
  // "In March, 1500 prisoners": after a comma a count is more likely.
  if (!s.YearLike(j) || (comma && s.CountedNounAt(j + 1)) ||
      s.Has(j + 1, kScale)) {
    return 0;
  }
  *year = static_cast<int>(s[j].mantissa);
  return j + 1;
}

// Month [day] [, year] | Month [of] year | Month (bare, when cued).
bool ParseMonthFirst(const Scan& s, size_t i, AtomMode mode, DateAtom* out) {
  out->month = s.Info(i).month;
  size_t j = AfterMonth(s, i);
  int day = 0;
  if (DayNumber(s, j, &day) && !s.Has(j + 1, kScale | kTimeUnit) &&
      !s.Word(j + 1, "percent")) {
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
  const size_t b = out->begin;
  const bool prep = has_the && b > 0 &&
                    (s.Word(b - 1, "in") || s.Word(b - 1, "during") ||
                     s.Word(b - 1, "by") || s.Word(b - 1, "until") ||
                     s.Word(b - 1, "till") || s.Word(b - 1, "since") ||
                     s.Word(b - 1, "through") || s.Word(b - 1, "throughout"));
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

// Decades and centuries written with digits: "1950s", "the 20th century".
bool ParseDecadeOrCentury(const Scan& s, size_t i, DateAtom* out) {
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
  return false;
}

bool ParseNumericDate(const Scan& s, size_t i, DateAtom* out) {
  const Token& t = s[i];
  // Numeric dates: "7/26/2005" (month first unless the first is over 12).
  if (s.PlainInt(i) && s.Punct(i + 1, '/') && s.Joined(i + 1) &&
      s.PlainInt(i + 2) && s.Punct(i + 3, '/') && s.YearLike(i + 4) &&
      s.Joined(i + 4) && t.int_digits <= 2 && s[i + 2].int_digits <= 2) {
    int a = static_cast<int>(t.mantissa),
        b = static_cast<int>(s[i + 2].mantissa);
    if (a > 12) std::swap(a, b);
    out->month = a, out->day = b;
    out->year = static_cast<int>(s[i + 4].mantissa);
    out->end = i + 5;
    return true;
  }
  return false;
}

// "26 June 1954", "16 and 17 June", "the 26th", "5" after "March 1-".
bool ParseDayFirst(const Scan& s, size_t i, AtomMode mode, bool has_the,
                   DateAtom* out) {
  const Token& t = s[i];
  int day = 0;
  if (DayNumber(s, i, &day)) {
    size_t j = i + 1;
    if (s.Word(j, "of")) ++j;
    if (IsMonthAt(s, j)) {
      out->day = day;
      out->month = s.Info(j).month;
      j = AfterMonth(s, j);
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
    // "the 26th": day of the month in context ("by the 26th Artemev had",
    // but not "the 62nd Army").
    if (has_the && t.suffix == NumberSuffix::kOrdinal &&
        s.context.context_month != 0 &&
        (s.ClauseEnd(j) || s.Has(j, kFunctionWord) || s.Word(j, "by") ||
         (s.IsWord(j) && s[j].upper && !s.Has(j, kOrdinalNoun) &&
          out->begin > 0 && s.Has(out->begin - 1, kDatePrep)))) {
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
  return false;
}

// Years that need a cue: "(1939 and 45)", "AD 1240", "44 BC".
bool ParseCuedYear(const Scan& s, size_t i, DateAtom* out) {
  const Token& t = s[i];
  // "(1939 and 45)": a two-digit year after a year and "and".
  if (s.PlainInt(i) && t.int_digits == 2 && i >= 2 && s.Word(i - 1, "and") &&
      s.YearLike(i - 2) && !s.IsWord(i + 1)) {
    int y = static_cast<int>(s[i - 2].mantissa) / 100 * 100 +
            static_cast<int>(t.mantissa);
    if (y <= static_cast<int>(s[i - 2].mantissa)) y += 100;
    out->year = y;
    out->precision = MentionPrecision::kYear;
    out->end = i + 1;
    return true;
  }
  // Eras: "AD 1240", "1240 AD", "500 BC" (1 BC is year 0).
  const bool ad_before = i > 0 && s.Word(i - 1, "ad") && s[i - 1].upper;
  const bool era_after = s.IsWord(i + 1) && s[i + 1].upper &&
                         (s.Word(i + 1, "ad") || s.Word(i + 1, "bc") ||
                          s.Word(i + 1, "bce") || s.Word(i + 1, "ce"));
  if (s.PlainInt(i) && t.int_digits <= 4 && t.mantissa > 0 &&
      (ad_before || era_after)) {
    const bool bc = era_after && (s.Word(i + 1, "bc") || s.Word(i + 1, "bce"));
    out->year =
        bc ? 1 - static_cast<int>(t.mantissa) : static_cast<int>(t.mantissa);
    if (out->year == 0) return false;  // 1 BC: year 0 means "not written"
    out->precision = MentionPrecision::kYear;
    out->end = era_after ? i + 2 : i + 1;
    return true;
  }
  return false;
}

// A bare four-digit year, unless the words around make it a count.
bool ParseYear(const Scan& s, size_t i, AtomMode mode, DateAtom* out) {
  const Token& t = s[i];
  if (!s.YearLike(i)) return false;
  out->year = static_cast<int>(t.mantissa);
  out->precision = MentionPrecision::kYear;
  out->end = i + 1;
  if (mode == AtomMode::kSecond) return true;
  const size_t next = i + 1;
  if (s.Has(next, kScale | kTimeUnit) || s.Word(next, "percent") ||
      s.Punct(next, '%') ||
      (s.Punct(next, ':') && s.Joined(next) && s.Num(next + 1)) ||
      (s.Punct(next, '-') && s.Joined(next) && s.IsWord(next + 1))) {
    return false;
  }
  if (i > 0 && (s.Has(i - 1, kPartOf) ||
                (s.Punct(i - 1, '-') && i > 1 && s.Has(i - 2, kPartOf)))) {
    return true;  // "mid-1953 more than half"
  }
  const bool strong_prep = i > 0 && s.Has(i - 1, kDatePrep) &&
                           !s.Word(i - 1, "of") && !s.Word(i - 1, "to") &&
                           !s.Word(i - 1, "and") && !s.Word(i - 1, "from");
  return strong_prep || !s.CountedNounAt(next);
}

bool ParseNumberFirst(const Scan& s, size_t i, AtomMode mode, bool has_the,
                      DateAtom* out) {
  return ParseDecadeOrCentury(s, i, out) || ParseNumericDate(s, i, out) ||
         ParseDayFirst(s, i, mode, has_the, out) || ParseCuedYear(s, i, out) ||
         ParseYear(s, i, mode, out);
}

}  // namespace

bool ParseDateAtom(const Scan& s, size_t i, AtomMode mode, DateAtom* out) {
  *out = DateAtom{};
  out->begin = i;
  size_t j = i;
  bool has_the = false;
  // Parts: "early", "mid-", "late", "the end of", "the middle of".
  int part = -1;
  if (s.Word(j, "the") && (s.Word(j + 1, "first") || s.Word(j + 1, "second")) &&
      s.Word(j + 2, "half") && s.Word(j + 3, "of")) {
    part = s.Word(j + 1, "first") ? 3 : 4;  // halves
    j += 4;
  } else if (s.Word(j, "the") &&
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
  } else if (has_the && !out->month_inferred && out->season < 0 &&
             out->decade == 0 && out->century == 0 &&
             !(s.Num(i + 1) && s[i + 1].suffix == NumberSuffix::kOrdinal)) {
    out->begin = i + 1;  // "the" is not part of "the April 4" or a year
  }
  return true;
}

}  // namespace checker::extract
