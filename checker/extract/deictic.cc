// Resolution of deictic dates against the document's own date.
#include <cmath>

#include "checker/extract/scan.h"

namespace checker::extract {
namespace {

// Most whole units a "last N ..." phrase counts ("the last 10,000
// years"); a larger figure is no span of time a reader means.
constexpr double kMaxDeicticCount = 1e9;

using date::days;
using date::sys_days;
using date::year_month_day;

// Monday of the week holding `d`.
sys_days WeekStart(sys_days d) {
  const date::weekday wd{d};
  return d - days{(wd.c_encoding() + 6) % 7};
}

}  // namespace

// "Wednesday of next week", "Monday of this week", "Sunday last week":
// a weekday inside a calendar week counted from the reference date, so
// neither past nor future has to be guessed. Returns the end or 0.
size_t MatchWeekdayOfWeek(const Scan& s, size_t i, Mention* m) {
  if (!s.Has(i, kWeekday)) return 0;
  size_t j = i + 1;
  if (s.Word(j, "of") || s.Word(j, "from")) ++j;
  int shift;
  if (s.Word(j, "this") || s.Word(j, "current")) {
    shift = 0;
  } else if (s.Word(j, "next") || s.Word(j, "coming")) {
    shift = 1;
  } else if (s.Word(j, "last") || s.Word(j, "past")) {
    shift = -1;
  } else {
    return 0;
  }
  if (!s.Word(j + 1, "week")) return 0;
  m->kind = MentionKind::kRelativeDate;
  m->deictic = true;
  m->direction = shift < 0   ? MentionDirection::kBefore
                 : shift > 0 ? MentionDirection::kAfter
                             : MentionDirection::kSame;
  m->amount = shift < 0 ? 1 : shift;
  m->unit = MentionTimeUnit::kWeek;
  m->low_days = m->high_days = 7 * m->amount;
  if (s.options.reference_date) {
    m->earliest = m->latest = WeekStart(*s.options.reference_date) +
                              days{7 * shift + s.Info(i).value};
    m->precision = MentionPrecision::kDay;
  }
  return j + 2;
}

// "yesterday", "last night", "this week", "next Monday".
size_t MatchDeictic(const Scan& s, size_t i, Mention* m) {
  if (size_t e = MatchWeekdayOfWeek(s, i, m)) return e;
  const absl::string_view w = s[i].word();
  m->kind = MentionKind::kRelativeDate;
  m->deictic = true;
  auto set = [&](MentionDirection d, double n, MentionTimeUnit u) {
    double low, high;
    UnitDays(u, &low, &high);
    m->direction = d;
    m->amount = n;
    m->unit = u;
    m->low_days = n * low;
    m->high_days = n * high;
  };
  if (w == "yesterday" || w == "today" || w == "tonight" || w == "tomorrow") {
    const MentionDirection d = w == "yesterday"  ? MentionDirection::kBefore
                               : w == "tomorrow" ? MentionDirection::kAfter
                                                 : MentionDirection::kSame;
    set(d, d == MentionDirection::kSame ? 0 : 1, MentionTimeUnit::kDay);
    return i + 1;
  }
  // "previous" and "following" count from the narrative's time, not the
  // document's ("for the previous 25 years"): MatchTheNext reads them.
  const bool last = w == "last" || w == "past";
  const bool next = w == "next" || w == "coming" || w == "upcoming";
  const bool self = w == "this" || w == "current";
  if (!(last || next || self)) return 0;
  const MentionDirection dir0 = last   ? MentionDirection::kBefore
                                : next ? MentionDirection::kAfter
                                       : MentionDirection::kSame;
  // "the last three days", "next 2 weeks": the whole calendar units just
  // before or after the reference day.
  if (!self) {
    NumberPhrase n;
    if (ParseSingleNumber(s, i + 1, &n) && !n.fraction && !n.is_range &&
        n.low >= 1 && n.low <= kMaxDeicticCount && n.low == std::floor(n.low) &&
        s.Has(n.end, kTimeUnit) && s.Info(n.end).unit_count == 1 &&
        s.Info(n.end).unit != MentionTimeUnit::kNone &&
        s.Info(n.end).unit != MentionTimeUnit::kHour) {
      set(dir0, n.low, s.Info(n.end).unit);
      m->is_period = true;
      ResolveUnitsAround(s.options, m);
      return n.end + 1;
    }
  }
  if (!(last || next || self) ||
      (i > 0 && s.Has(i - 1, kFunctionWord) && !s.Word(i - 1, "and") &&
       !s.Word(i - 1, "but") && !s.Word(i - 1, "when") &&
       !s.Word(i - 1, "while") && !s.Word(i - 1, "he") &&
       !s.Word(i - 1, "she") && !s.Word(i - 1, "we") && !s.Word(i - 1, "i") &&
       !s.Word(i - 1, "they") && !s.Word(i - 1, "it"))) {
    return 0;
  }
  const MentionDirection dir = last   ? MentionDirection::kBefore
                               : next ? MentionDirection::kAfter
                                      : MentionDirection::kSame;
  // "next March", "last June": the nearest such month after or before the
  // reference date's month.
  if ((last || next) && s.Has(i + 1, kMonthName) && s[i + 1].upper &&
      !s.Num(i + 2)) {
    set(dir, 1, MentionTimeUnit::kYear);
    m->amount = 0, m->low_days.reset(), m->high_days.reset();
    if (s.options.reference_date) {
      const year_month_day ref{*s.options.reference_date};
      const unsigned month = s.Info(i + 1).month;
      const unsigned now = static_cast<unsigned>(ref.month());
      date::year y = ref.year();
      if (next && month <= now) y += date::years{1};
      if (last && month >= now) y -= date::years{1};
      const date::year_month ym{y, date::month{month}};
      m->earliest = sys_days{ym / date::day{1}};
      m->latest = sys_days{ym / date::last};
      m->precision = MentionPrecision::kMonth;
    }
    return i + 2;
  }
  // "this quarter", "next qtr": the quarter of the year counted from the
  // reference date's.
  if (s.Has(i + 1, kTimeUnit) && !s.Has(i + 1, kPluralUnit) &&
      s.Info(i + 1).unit == MentionTimeUnit::kMonth &&
      s.Info(i + 1).unit_count == 3) {
    set(dir, self ? 0 : 3, MentionTimeUnit::kMonth);
    if (s.options.reference_date) {
      const year_month_day ref{*s.options.reference_date};
      const int q =
          (static_cast<int>(static_cast<unsigned>(ref.month())) - 1) / 3;
      const int shift = last ? -1 : next ? 1 : 0;
      const date::year_month start =
          date::year_month{ref.year(), date::month{1}} +
          date::months{3 * (q + shift)};
      m->earliest = sys_days{start / date::day{1}};
      m->latest = sys_days{(start + date::months{2}) / date::last};
      m->precision = MentionPrecision::kMonth;
      m->is_period = true;
    }
    return i + 2;
  }
  const bool singular_unit = s.Has(i + 1, kTimeUnit) &&
                             !s.Has(i + 1, kPluralUnit) &&
                             s.Info(i + 1).unit_count == 1;
  const MentionTimeUnit u =
      singular_unit ? s.Info(i + 1).unit : MentionTimeUnit::kNone;
  if (singular_unit && u != MentionTimeUnit::kNone &&
      u != MentionTimeUnit::kHour && u != MentionTimeUnit::kDay) {
    set(dir, self ? 0 : 1, u);
  } else if (s.Has(i + 1, kWeekday)) {
    set(dir, self ? 0 : 1, MentionTimeUnit::kWeek);
    ResolveWeekday(s.options, static_cast<int>(s.Info(i + 1).value), m);
  } else if (last && (s.Word(i + 1, "night") || s.Word(i + 1, "evening"))) {
    set(dir, 1, MentionTimeUnit::kDay);
  } else if (self && (s.Word(i + 1, "morning") || s.Word(i + 1, "evening") ||
                      s.Word(i + 1, "afternoon"))) {
    set(dir, 0, MentionTimeUnit::kDay);
  } else {
    return 0;
  }
  return i + 2;
}

size_t MatchDeicticPart(const Scan& s, size_t i, Mention* m) {
  if (!s.options.reference_date) return 0;
  size_t j = s.Word(i, "the") ? i + 1 : i;
  const absl::string_view w = s.IsWord(j) ? s[j].word() : "";
  const int part = (w == "beginning" || w == "start") ? 0
                   : w == "middle"                    ? 1
                   : w == "end"                       ? 2
                                                      : -1;
  if (part < 0 || !s.Word(j + 1, "of")) return 0;
  j += 2;
  int shift = 0;
  bool the = false;
  if (s.Word(j, "the")) the = true, ++j;
  if (s.Word(j, "this") || s.Word(j, "current")) {
    ++j;
  } else if (s.Word(j, "next") || s.Word(j, "coming") ||
             s.Word(j, "upcoming") || s.Word(j, "following")) {
    shift = 1, ++j;
  } else if (!the && (s.Word(j, "last") || s.Word(j, "past") ||
                      s.Word(j, "previous"))) {
    shift = -1, ++j;
  } else if (!the) {
    return 0;  // "the end of March" is a date; "end of winter" is not this
  }
  if (!s.Has(j, kTimeUnit) || s.Has(j, kPluralUnit) ||
      s.Info(j).unit_count != 1) {
    return 0;
  }
  const MentionTimeUnit u = s.Info(j).unit;
  const sys_days ref = *s.options.reference_date;
  const year_month_day ymd{ref};
  sys_days a, b;
  switch (u) {
    case MentionTimeUnit::kWeek: {
      const sys_days start = WeekStart(ref) + days{7 * shift};
      // Monday to Wednesday, Wednesday to Friday, Friday to Sunday.
      a = start + days{2 * part};
      b = a + days{2};
      break;
    }
    case MentionTimeUnit::kMonth: {
      const date::year_month ym =
          date::year_month{ymd.year(), ymd.month()} + date::months{shift};
      // Thirds as for "early/mid/late March": 1-10, 11-20, 21-end.
      a = sys_days{ym / date::day{static_cast<unsigned>(1 + 10 * part)}};
      b = part == 2
              ? sys_days{ym / date::last}
              : sys_days{ym / date::day{static_cast<unsigned>(10 + 10 * part)}};
      break;
    }
    case MentionTimeUnit::kYear: {
      const date::year y = ymd.year() + date::years{shift};
      // Thirds of the year: January-April, May-August, September-December.
      const unsigned first = static_cast<unsigned>(1 + 4 * part);
      a = sys_days{y / date::month{first} / 1};
      b = sys_days{y / date::month{first + 3} / date::last};
      break;
    }
    default:
      return 0;
  }
  m->kind = MentionKind::kRelativeDate;
  m->deictic = true;
  m->direction = shift < 0   ? MentionDirection::kBefore
                 : shift > 0 ? MentionDirection::kAfter
                             : MentionDirection::kSame;
  m->amount = shift < 0 ? -shift : shift;
  m->unit = u;
  double low, high;
  UnitDays(u, &low, &high);
  m->low_days = m->amount * low;
  m->high_days = m->amount * high;
  m->earliest = a;
  m->latest = b;
  m->precision = u == MentionTimeUnit::kYear ? MentionPrecision::kMonth
                                             : MentionPrecision::kDay;
  m->is_period = true;
  return j + 1;
}

void ResolveUnitsAround(const ExtractOptions& options, Mention* m) {
  if (!options.reference_date) return;
  const sys_days ref = *options.reference_date;
  const int n = static_cast<int>(m->amount);
  const bool before = m->direction == MentionDirection::kBefore;
  const year_month_day ymd{ref};
  m->precision = MentionPrecision::kDay;
  switch (m->unit) {
    case MentionTimeUnit::kDay:
      m->earliest = before ? ref - days{n} : ref + days{1};
      m->latest = before ? ref - days{1} : ref + days{n};
      return;
    case MentionTimeUnit::kWeek: {
      const sys_days week = WeekStart(ref);
      m->earliest = before ? week - days{7 * n} : week + days{7};
      m->latest = before ? week - days{1} : week + days{7 * n + 6};
      return;
    }
    case MentionTimeUnit::kMonth: {
      const date::year_month ym{ymd.year(), ymd.month()};
      const date::year_month a =
          before ? ym - date::months{n} : ym + date::months{1};
      const date::year_month b =
          before ? ym - date::months{1} : ym + date::months{n};
      m->earliest = sys_days{a / date::day{1}};
      m->latest = sys_days{b / date::last};
      m->precision = MentionPrecision::kMonth;
      return;
    }
    case MentionTimeUnit::kYear:
    case MentionTimeUnit::kDecade: {
      const int k = m->unit == MentionTimeUnit::kDecade ? 10 * n : n;
      const date::year a =
          before ? ymd.year() - date::years{k} : ymd.year() + date::years{1};
      const date::year b =
          before ? ymd.year() - date::years{1} : ymd.year() + date::years{k};
      m->earliest = sys_days{a / 1 / 1};
      m->latest = sys_days{b / 12 / 31};
      m->precision = MentionPrecision::kYear;
      return;
    }
    case MentionTimeUnit::kHour:
    case MentionTimeUnit::kNone:
      return;
  }
}

void ResolveOffset(const ExtractOptions& options, Mention* m) {
  if (!options.reference_date || m->earliest) return;
  if (m->amount != static_cast<int>(m->amount)) return;  // "1.5 years ago"
  const sys_days ref = *options.reference_date;
  const int sign = m->direction == MentionDirection::kBefore ? -1 : 1;
  const int n = sign * static_cast<int>(m->amount);
  const year_month_day ymd{ref};
  sys_days day;
  switch (m->unit) {
    case MentionTimeUnit::kDay:
      day = ref + days{n};
      break;
    case MentionTimeUnit::kWeek:
      day = ref + days{7 * n};
      break;
    case MentionTimeUnit::kMonth:
    case MentionTimeUnit::kYear:
    case MentionTimeUnit::kDecade: {
      const int months = m->unit == MentionTimeUnit::kMonth  ? n
                         : m->unit == MentionTimeUnit::kYear ? 12 * n
                                                             : 120 * n;
      const date::year_month ym =
          date::year_month{ymd.year(), ymd.month()} + date::months{months};
      // The same day of the month, or the month's last when it has fewer.
      const date::year_month_day target{ym / ymd.day()};
      day = target.ok() ? sys_days{target} : sys_days{ym / date::last};
      break;
    }
    case MentionTimeUnit::kHour:
    case MentionTimeUnit::kNone:
      return;
  }
  m->earliest = m->latest = day;
  m->precision = MentionPrecision::kDay;
}

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
  const int today = static_cast<int>((date::weekday{ref}.c_encoding() + 6) % 7);
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
