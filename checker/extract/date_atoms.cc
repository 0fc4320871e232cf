#include "checker/extract/date_atoms.h"

#include <utility>

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

// A day number or an ordinal day at i ("5", "5th", "fifth", "the fifth",
// "twenty-first"). Returns the end token, 0 if none.
size_t DayAt(const Scan& s, size_t i, int* day) {
  if (DayNumber(s, i, day)) return i + 1;
  int64_t v = 0;
  if (s.Num(i)) return 0;
  const size_t e = ParseOrdinal(s, i, &v);
  if (e == 0 || v < 1 || v > 31) return 0;
  *day = static_cast<int>(v);
  return e;
}

// A month name. Capitalized always; lowercase ("june 1953") when the name
// cannot be another word or a day or year is written next to it, since
// "march" and "may" are also verbs and "jan" or "dec" are abbreviations
// of other words.
bool IsMonthAt(const Scan& s, size_t i) {
  if (!s.Has(i, kMonthName)) return false;
  if (s[i].upper) return true;
  const absl::string_view w = s[i].word();
  if (w.size() >= 4 && w != "march" && w != "sept") return true;
  size_t j = i + 1;
  if (s.Punct(j, '.') && s.Joined(j)) ++j;
  int day = 0;
  int64_t ordinal = 0;
  if ((s.Num(j) && DayNumber(s, j, &day) && !s.Has(j + 1, kTimeUnit | kScale) &&
       !s.IsWord(j + 1)) ||
      s.YearLike(j) ||
      (!s.Num(j) && ParseOrdinal(s, j, &ordinal) && ordinal <= 31 &&
       (s.ClauseEnd(ParseOrdinal(s, j, &ordinal)) ||
        s.YearLike(ParseOrdinal(s, j, &ordinal))))) {
    return true;
  }
  // "3 march", "the 3rd of march".
  return i > 0 &&
         (s.Num(i - 1) || (s.Word(i - 1, "of") && i > 1 &&
                           (s.Num(i - 2) || s.Has(i - 2, kOrdinalWord))));
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

// An era after a year at i: "AD", "BC", "BCE", "CE" capitalized, or
// dotted in either case ("a.d.", "B.C."). Returns the end token or 0.
size_t EraAfter(const Scan& s, size_t i, bool* bc) {
  if (!s.IsWord(i)) return 0;
  const absl::string_view w = s[i].word();
  if (s[i].upper && (w == "ad" || w == "bc" || w == "bce" || w == "ce")) {
    *bc = w == "bc" || w == "bce";
    return i + 1;
  }
  const bool a = w == "a", b = w == "b";
  if ((a || b) && s.Punct(i + 1, '.') && s.Joined(i + 1) &&
      s.Word(i + 2, a ? "d" : "c") && s.Joined(i + 2)) {
    *bc = b;
    return s.Punct(i + 3, '.') && s.Joined(i + 3) ? i + 4 : i + 3;
  }
  return 0;
}

}  // namespace

size_t EraYearAt(const Scan& s, size_t i, int* year) {
  const bool ad_before = s.Word(i, "ad") && s[i].upper;
  const size_t n = ad_before ? i + 1 : i;
  if (!s.PlainInt(n) || s[n].int_digits > 4 || s[n].mantissa == 0) return 0;
  const int written = static_cast<int>(s[n].mantissa);
  bool bc = false;
  const size_t era_end = EraAfter(s, n + 1, &bc);
  if (ad_before) {
    if (era_end != 0) return 0;  // "AD 14 BC"
    *year = written;
    return n + 1;
  }
  if (era_end == 0) return 0;
  // "1948 BC Hydro": a year that reads as one of our era on its own, then
  // an undotted capital "BC" or "AD" opening a name on the same line (a
  // capitalized word after it, no punctuation between), is that name's
  // abbreviation (British Columbia), not an era.
  if (s.YearLike(n) && era_end == n + 2 && s.IsWord(era_end) &&
      s[era_end].upper && !s[era_end].line_start) {
    return 0;
  }
  *year = bc ? 1 - written : written;
  return era_end;
}

namespace {

// Consumes "," or "of" then a year; returns the year token's end or 0.
// A year with an era may be short: "15 March 44 BC", "19 August AD 14".
size_t YearAfter(const Scan& s, size_t i, int* year) {
  size_t j = i;
  const bool comma = s.Punct(j, ',');
  if (comma || s.Word(j, "of")) ++j;
  if (size_t e = EraYearAt(s, j, year)) return e;
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
  // "March the fifth", "February the 15th".
  const size_t d = s.Word(j, "the") && !s.PlainInt(j + 1) ? j + 1 : j;
  // "June 27 BC": a number its era makes a year is no day.
  int era_year = 0;
  const size_t day_end =
      EraYearAt(s, d, &era_year) != 0 ? 0 : DayAt(s, d, &day);
  if (day_end != 0 && !s.Has(day_end, kScale | kTimeUnit) &&
      !s.Word(day_end, "percent") && !s.Punct(day_end, '%')) {
    out->day = day;
    out->precision = MentionPrecision::kDay;
    j = day_end;
    int year = 0;
    if (size_t e = YearAfter(s, j, &year); e && !s.Word(j, "of")) {
      out->SetYear(year);
      j = e;
    }
    out->end = j;
    return true;
  }
  out->precision = MentionPrecision::kMonth;
  int year = 0;
  if (size_t e = YearAfter(s, j, &year)) {
    out->SetYear(year);
    out->end = e;
    return true;
  }
  // A capitalized month alone on its line is a heading or a table cell.
  const bool alone =
      s[i].upper && s[i].line_start && (j >= s.size() || s[j].line_start);
  const bool cued = mode == AtomMode::kSecond || alone ||
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
    out->SetYear(year);
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

// A two-digit year: in the century that puts it no more than ten years
// after the reference date, or in the 1900s without one ("74": 1974).
int ExpandTwoDigitYear(const Scan& s, int yy) {
  if (s.options.reference_date) {
    const int ref = static_cast<int>(
        date::year_month_day{*s.options.reference_date}.year());
    const int century = ref / 100 * 100;
    return century + yy <= ref + 10 ? century + yy : century - 100 + yy;
  }
  return 1900 + yy;
}

// A year written after a numeric day and month: four digits, or two.
bool NumericYear(const Scan& s, size_t i, int* year) {
  if (!s.PlainInt(i)) return false;
  if (s.YearLike(i)) {
    *year = static_cast<int>(s[i].mantissa);
    return true;
  }
  if (s[i].int_digits != 2) return false;
  *year = ExpandTwoDigitYear(s, static_cast<int>(s[i].mantissa));
  return true;
}

// A small plain integer of one or two digits.
bool SmallInt(const Scan& s, size_t i) {
  return s.PlainInt(i) && s[i].int_digits <= 2 && s[i].mantissa >= 1;
}

bool LeadingZero(const Scan& s, size_t i) {
  return s[i].int_digits == 2 && s[i].mantissa < 10;
}

// Token i is the joined separator `sep` with a joined token after it.
bool Sep(const Scan& s, size_t i, char sep) {
  return s.Punct(i, sep) && s.Joined(i) && s.Joined(i + 1);
}

// Orders a numeric day and month: month first ("7/26/2005") unless the
// first cannot be a month, or `day_first` (dotted dates, "5.3.1953").
bool DayMonth(int first, int second, bool day_first, DateAtom* out) {
  int month = day_first ? second : first;
  int day = day_first ? first : second;
  if (month > 12 && day <= 12) std::swap(month, day);
  if (month < 1 || month > 12 || day < 1 || day > 31) return false;
  out->month = month, out->day = day;
  return true;
}

// Numeric dates: "1953-06-26", "26/06/1953", "10-31-74", "5.3.1953",
// "31/Oct/1874", "2014-10", "6/1953", and day-month without a year when
// the reading is unambiguous ("26/06", "15/2": one side over 12 or a
// leading zero); "2/3" stays a fraction.
bool ParseNumericDate(const Scan& s, size_t i, DateAtom* out) {
  const Token& t = s[i];
  out->precision = MentionPrecision::kDay;
  // Dotted, which the tokenizer reads as a decimal: "5.3.1953".
  if (t.decimals >= 1 && t.decimals <= 2 && t.int_digits >= 1 &&
      t.int_digits <= 2 && !t.grouped && t.suffix == NumberSuffix::kNone &&
      Sep(s, i + 1, '.')) {
    int year = 0;
    if (!NumericYear(s, i + 2, &year)) return false;
    const int p = t.decimals == 1 ? 10 : 100;
    const int a = static_cast<int>(t.mantissa) / p;
    const int b = static_cast<int>(t.mantissa) % p;
    if (!DayMonth(a, b, /*day_first=*/true, out)) return false;
    out->SetYear(year);
    out->end = i + 3;
    return true;
  }
  if (!s.PlainInt(i)) return false;
  // Year first: "1953-06-26", "2015/3/3", "2014-10".
  if (s.YearLike(i)) {
    for (char sep : {'-', '/'}) {
      if (!Sep(s, i + 1, sep) || !SmallInt(s, i + 2) ||
          s[i + 2].mantissa > 12) {
        continue;
      }
      const int month = static_cast<int>(s[i + 2].mantissa);
      if (Sep(s, i + 3, sep) && SmallInt(s, i + 4)) {
        out->year = static_cast<int>(t.mantissa);
        out->month = month;
        out->day = static_cast<int>(s[i + 4].mantissa);
        out->end = i + 5;
        return true;
      }
      // A month, when the year-span reading would run backwards
      // ("2014-10"; but "1901-05" is 1901 to 1905).
      const int y = static_cast<int>(t.mantissa);
      if (s[i + 2].int_digits == 2 && y / 100 * 100 + month < y &&
          !s.Punct(i + 3, sep)) {
        out->year = y, out->month = month;
        out->precision = MentionPrecision::kMonth;
        out->end = i + 3;
        return true;
      }
    }
    return false;
  }
  if (t.int_digits > 2) return false;
  for (char sep : {'/', '-'}) {
    if (!Sep(s, i + 1, sep)) continue;
    // "31/Oct/1874", "31-Oct-74".
    if (s.Has(i + 2, kMonthName) && Sep(s, i + 3, sep)) {
      int year = 0;
      if (!NumericYear(s, i + 4, &year) || t.mantissa < 1 || t.mantissa > 31) {
        return false;
      }
      out->day = static_cast<int>(t.mantissa);
      out->month = s.Info(i + 2).month;
      out->SetYear(year);
      out->end = i + 5;
      return true;
    }
    if (!SmallInt(s, i + 2) && !(sep == '/' && s.YearLike(i + 2))) continue;
    // "6/1953": a month and a year.
    if (sep == '/' && s.YearLike(i + 2) && t.mantissa >= 1 &&
        t.mantissa <= 12) {
      out->month = static_cast<int>(t.mantissa);
      out->year = static_cast<int>(s[i + 2].mantissa);
      out->precision = MentionPrecision::kMonth;
      out->end = i + 3;
      return true;
    }
    if (!SmallInt(s, i + 2)) continue;
    const int a = static_cast<int>(t.mantissa);
    const int b = static_cast<int>(s[i + 2].mantissa);
    if (Sep(s, i + 3, sep)) {
      int year = 0;
      if (!NumericYear(s, i + 4, &year) || !DayMonth(a, b, false, out)) {
        return false;
      }
      out->SetYear(year);
      out->end = i + 5;
      return true;
    }
    // No year: only slashes, and only when unambiguous.
    const bool unambiguous =
        (a > 12) != (b > 12) || LeadingZero(s, i) || LeadingZero(s, i + 2);
    if (sep != '/' || !unambiguous || s.Punct(i + 3, '/')) return false;
    if (!DayMonth(a, b, false, out)) return false;
    out->end = i + 3;
    return true;
  }
  return false;
}

// "26 June 1954", "16 and 17 June", "the 26th", "5" after "March 1-".
// "the month", "this month", "next month", "the previous month" at i:
// the month counted from the reference date. Returns the end or 0.
size_t ReferenceMonthAt(const Scan& s, size_t i, int* year, int* month) {
  if (!s.options.reference_date) return 0;
  size_t j = i;
  const bool the = s.Word(j, "the");
  if (the) ++j;
  int shift = 0;
  if (s.Word(j, "this") || s.Word(j, "current")) {
    ++j;
  } else if (s.Word(j, "next") || s.Word(j, "coming") ||
             s.Word(j, "following")) {
    shift = 1, ++j;
  } else if (s.Word(j, "last") || s.Word(j, "previous") || s.Word(j, "past")) {
    shift = -1, ++j;
  } else if (!the) {
    return 0;
  }
  if (!s.Word(j, "month")) return 0;
  // Plain "the month" is the narrative's month when the text gave one.
  if (the && j == i + 1 && s.context.context_month != 0) {
    *year = s.context.context_year;
    *month = s.context.context_month;
    return j + 1;
  }
  const date::year_month_day ref{*s.options.reference_date};
  const date::year_month ym =
      date::year_month{ref.year(), ref.month()} + date::months{shift};
  *year = static_cast<int>(ym.year());
  *month = static_cast<int>(static_cast<unsigned>(ym.month()));
  return j + 1;
}

bool ParseDayFirst(const Scan& s, size_t i, AtomMode mode, bool has_the,
                   DateAtom* out) {
  const Token& t = s[i];
  int day = 0;
  if (DayNumber(s, i, &day)) {
    size_t j = i + 1;
    // "the 20th of next month", "20 of this month", "20th day of the month".
    const size_t of = s.Word(j, "day") && s.Word(j + 1, "of") ? j + 1 : j;
    if (s.Word(of, "of")) {
      int y = 0, mo = 0;
      if (size_t e = ReferenceMonthAt(s, of + 1, &y, &mo)) {
        out->day = day, out->month = mo, out->year = y;
        out->month_inferred = true;
        out->end = e;
        return true;
      }
    }
    if (s.Word(j, "of")) ++j;
    if (IsMonthAt(s, j)) {
      out->day = day;
      out->month = s.Info(j).month;
      j = AfterMonth(s, j);
      int year = 0;
      if (size_t e = YearAfter(s, j, &year); e && !s.Word(j, "of")) {
        out->SetYear(year), j = e;
      }
      out->end = j;
      return true;
    }
    const bool list = s.Word(j, "and") || s.Punct(j, '-') || s.Word(j, "to") ||
                      s.Word(j, "through") || s.Word(j, "thru") ||
                      s.Word(j, "till") || s.Word(j, "until");
    const size_t d2_at = s.Word(j + 1, "the") ? j + 2 : j + 1;
    const size_t month_at = s.Word(d2_at + 1, "of") ? d2_at + 2 : d2_at + 1;
    int d2 = 0;
    if (mode == AtomMode::kFirst && list && DayNumber(s, d2_at, &d2) &&
        IsMonthAt(s, month_at)) {
      out->day = day;  // "16 and 17 June": month and year from the next
      out->end = j;
      return true;
    }
    // "the 26th": day of the month in context ("by the 26th Artemev had",
    // but not "the 62nd Army").
    int context_year = s.context.context_year;
    int context_month = s.context.context_month;
    if (context_month == 0 && s.options.reference_date) {
      const date::year_month_day ref{*s.options.reference_date};
      context_year = static_cast<int>(ref.year());
      context_month = static_cast<int>(static_cast<unsigned>(ref.month()));
    }
    if (has_the && t.suffix == NumberSuffix::kOrdinal && context_month != 0 &&
        (s.ClauseEnd(j) || s.Has(j, kFunctionWord) || s.Word(j, "by") ||
         (s.IsWord(j) && s[j].upper && !s.Has(j, kOrdinalNoun) &&
          out->begin > 0 && s.Has(out->begin - 1, kDatePrep)))) {
      out->day = day;
      out->month = context_month;
      out->year = context_year;
      out->month_inferred = true;
      out->end = j;
      return true;
    }
    if (mode == AtomMode::kSecond &&
        (t.suffix == NumberSuffix::kNone ||
         t.suffix == NumberSuffix::kOrdinal) &&
        !s.IsWord(j)) {
      out->day = day;  // "March 1-5, 1953"
      out->end = j;
      int year = 0;
      if (size_t e = YearAfter(s, j, &year)) out->SetYear(year), out->end = e;
      return true;
    }
  }
  return false;
}

// "the fifth of March", "first of june 1953", "twenty-first of August".
bool ParseOrdinalWordDay(const Scan& s, size_t i, DateAtom* out) {
  int day = 0;
  size_t j = DayAt(s, i, &day);
  if (j == 0) return false;
  if (s.Word(j, "of")) ++j;
  if (!IsMonthAt(s, j)) return false;
  out->day = day;
  out->month = s.Info(j).month;
  j = AfterMonth(s, j);
  int year = 0;
  if (size_t e = YearAfter(s, j, &year); e && !s.Word(j, "of")) {
    out->SetYear(year), j = e;
  }
  out->end = j;
  return true;
}

// "the first Tuesday of October 1953", "last day in May", "the second
// week of June": the nth (or last) weekday, day or week of a month.
bool ParseNthOfMonth(const Scan& s, size_t i, DateAtom* out) {
  int64_t n = 0;
  size_t k = 0;
  if (s.Word(i, "last")) {
    n = -1, k = i + 1;
  } else {
    k = ParseOrdinal(s, i, &n);
    if (k == 0 || n < 1 || n > 5) return false;
  }
  DateAtom::NthOf of;
  if (s.Has(k, kWeekday)) {
    of = DateAtom::kNthWeekday;
    out->nth_weekday = static_cast<int>(s.Info(k).value);
  } else if (s.Word(k, "day")) {
    of = DateAtom::kNthDay;
  } else if (s.Word(k, "week")) {
    of = DateAtom::kNthWeek;
  } else {
    return false;
  }
  if (!s.Word(k + 1, "of") && !s.Word(k + 1, "in")) return false;
  const size_t m = k + 2;
  // "the first Monday of this month", "the last day of next month".
  int ref_year = 0, ref_month = 0;
  if (size_t e = ReferenceMonthAt(s, m, &ref_year, &ref_month)) {
    out->year = ref_year, out->month = ref_month;
    out->nth = static_cast<int>(n);
    out->nth_of = of;
    out->month_inferred = true;
    out->end = e;
    out->precision = MentionPrecision::kDay;
    return true;
  }
  if (!s.Has(m, kMonthName) || !(s[m].upper || s[m].word().size() >= 4)) {
    return false;
  }
  out->month = s.Info(m).month;
  out->nth = static_cast<int>(n);
  out->nth_of = of;
  size_t j = AfterMonth(s, m);
  int year = 0;
  if (size_t e = YearAfter(s, j, &year)) out->SetYear(year), j = e;
  out->end = j;
  out->precision = MentionPrecision::kDay;
  return true;
}

// "the third quarter of 1953", "4th qtr 1953", "1953Q4": three months.
bool ParseQuarter(const Scan& s, size_t i, DateAtom* out) {
  int64_t n = 0;
  const size_t k = ParseOrdinal(s, i, &n);
  if (k == 0 || n < 1 || n > 4 || !(s.Word(k, "quarter") || s.Word(k, "qtr"))) {
    return false;
  }
  size_t j = k + 1;
  int year = 0;
  if (size_t e = YearAfter(s, j, &year)) {
    out->SetYear(year), j = e;
  } else if (!s.ClauseEnd(j) && !s.Has(j, kFunctionWord)) {
    return false;  // "the third quarter mile"
  }
  out->quarter = static_cast<int>(n);
  out->precision = MentionPrecision::kMonth;
  out->end = j;
  return true;
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
    out->SetYear(y);
    out->precision = MentionPrecision::kYear;
    out->end = i + 1;
    return true;
  }
  // Eras: "AD 1240", "1240 AD", "500 BC", "14 a.d.", "300 B.C.", "1 BC"
  // (year 0). The span starts at the number: "AD" before it is a cue.
  int year = 0;
  const bool ad_before = i > 0 && s.Word(i - 1, "ad") && s[i - 1].upper;
  const size_t era_end = EraYearAt(s, ad_before ? i - 1 : i, &year);
  if (era_end != 0) {
    out->SetYear(year);
    out->precision = MentionPrecision::kYear;
    out->end = era_end;
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

// "1953Q4", "53q4": a year and a quarter in the financial notation.
bool ParseYearQuarter(const Scan& s, size_t i, DateAtom* out) {
  if (!s.PlainInt(i) || !s.Word(i + 1, "q") || !s.Joined(i + 1) ||
      !s.PlainInt(i + 2) || !s.Joined(i + 2) || s[i + 2].mantissa < 1 ||
      s[i + 2].mantissa > 4 || (i + 3 < s.size() && s.Joined(i + 3))) {
    return false;
  }
  int year = 0;
  if (!NumericYear(s, i, &year)) return false;
  out->SetYear(year);
  out->quarter = static_cast<int>(s[i + 2].mantissa);
  out->precision = MentionPrecision::kMonth;
  out->end = i + 3;
  return true;
}

bool ParseNumberFirst(const Scan& s, size_t i, AtomMode mode, bool has_the,
                      DateAtom* out) {
  return ParseYearQuarter(s, i, out) || ParseDecadeOrCentury(s, i, out) ||
         ParseNumericDate(s, i, out) ||
         ParseDayFirst(s, i, mode, has_the, out) || ParseCuedYear(s, i, out) ||
         ParseYear(s, i, mode, out);
}

}  // namespace

// "Thursday, 5 March", "Mon, February 18", "Tuesday the 19th", "Thu 15th":
// a weekday before a date with a day; the weekday only decorates it.
bool ParseWeekdayDate(const Scan& s, size_t i, AtomMode mode, DateAtom* out) {
  size_t k = i + 1;
  if (s.Punct(k, '.') && s.Joined(k)) ++k;
  if (s.Punct(k, ',')) ++k;
  if (k >= s.size() || s.Has(k, kWeekday | kWeekdayAbbreviation)) return false;
  DateAtom inner;
  if (ParseDateAtom(s, k, mode, &inner) && inner.day != 0) {
    *out = inner;
    out->begin = i;
    return true;
  }
  // "Thu 15th", "Tuesday the 19th": a day of the month in context.
  const size_t d = s.Word(k, "the") ? k + 1 : k;
  int day = 0;
  if (!s.Num(d) || s[d].suffix != NumberSuffix::kOrdinal ||
      !DayNumber(s, d, &day) || !s.ClauseEnd(d + 1)) {
    return false;
  }
  *out = DateAtom{};
  out->begin = i;
  out->day = day;
  out->month = s.context.context_month;
  out->year = s.context.context_year;
  if (out->month == 0 && s.options.reference_date) {
    const date::year_month_day ref{*s.options.reference_date};
    out->year = static_cast<int>(ref.year());
    out->month = static_cast<int>(static_cast<unsigned>(ref.month()));
  }
  if (out->month == 0) return false;
  out->month_inferred = true;
  out->end = d + 1;
  return true;
}

bool ParseDateAtom(const Scan& s, size_t i, AtomMode mode, DateAtom* out) {
  // Abbreviations ("Thu", "sat.") need a capital or a period: "sat" is
  // also a verb.
  const bool weekday =
      s.Has(i, kWeekday) ||
      (s.Has(i, kWeekdayAbbreviation) && (s[i].upper || s.Punct(i + 1, '.')));
  if (weekday && ParseWeekdayDate(s, i, mode, out)) {
    return true;
  }
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
  } else if ((s.Word(j, "the") || s.Word(j, "end") || s.Word(j, "beginning") ||
              s.Word(j, "start")) &&
             [&] {
               const size_t k = s.Word(j, "the") ? j + 1 : j;
               return (s.Word(k, "end") || s.Word(k, "beginning") ||
                       s.Word(k, "start") || s.Word(k, "middle") ||
                       s.Word(k, "close")) &&
                      s.Word(k + 1, "of");
             }()) {
    // "the end of June", "end of April", "beginning of 1917".
    if (s.Word(j, "the")) ++j;
    const absl::string_view w = s[j].word();
    part = (w == "end" || w == "close") ? 2 : w == "middle" ? 1 : 0;
    j += 2;
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
  // "the week of October 7th": the Monday-to-Sunday week around the day.
  if (part < 0 && s.Word(i, "the") && s.Word(i + 1, "week") &&
      s.Word(i + 2, "of") && i + 3 < s.size()) {
    DateAtom inner;
    if (ParseDateAtom(s, i + 3, mode, &inner) && inner.day != 0 &&
        inner.nth == 0) {
      *out = inner;
      out->begin = i;
      out->week_of = true;
      return true;
    }
  }
  if (part < 0 && (ParseNthOfMonth(s, j, out) || ParseQuarter(s, j, out))) {
    out->begin = i;
    return true;
  }
  if (s.Num(j)) {
    ok = ParseNumberFirst(s, j, mode, has_the, out);
  } else if (IsMonthAt(s, j)) {
    ok = ParseMonthFirst(s, j, mode, out);
  } else if (s.Has(j, kOrdinalWord | kCardinal) && !s.Word(j + 1, "century")) {
    ok = ParseOrdinalWordDay(s, j, out);
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
             !(s.Num(i + 1) && s[i + 1].suffix == NumberSuffix::kOrdinal) &&
             !s.Has(i + 1, kOrdinalWord | kCardinal)) {
    out->begin = i + 1;  // "the" is not part of "the April 4" or a year
  }
  return true;
}

}  // namespace checker::extract
