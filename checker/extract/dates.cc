// Dates and periods: joins date atoms into spans ("16 May to 26 June 1954",
// "1954-55", "between 1941 and 1944", "from March till the end of June"),
// fills missing years from context and keeps the context up to date.
#include <algorithm>

#include "checker/extract/date_atoms.h"
#include "checker/extract/scan.h"

namespace checker::extract {
namespace {

bool Elliptic(const DateAtom& a) {
  return (!a.has_year() && a.decade == 0 && a.century == 0) ||
         (a.day != 0 && a.month == 0);
}

// Parses the second atom of a period after a connector at token k.
bool ParseSecond(const Scan& s, size_t k, const DateAtom& a, DateAtom* b) {
  // "from 10 BC to AD 5", and "from 10 BC to 5": BC years count down, so
  // a bare year after a BC one shares its era.
  int era_year = 0;
  size_t era_end = EraYearAt(s, k, &era_year);
  if (era_end == 0 && a.has_year() && a.year <= 0 && a.month == 0 &&
      a.season < 0 && s.PlainInt(k) && s[k].mantissa > 0 &&
      s[k].int_digits <= 4 && !s.IsWord(k + 1)) {
    era_year = 1 - static_cast<int>(s[k].mantissa);
    era_end = k + 1;
  }
  if (era_end != 0) {
    *b = DateAtom{};
    b->begin = k;
    b->end = era_end;
    b->SetYear(era_year);
    b->precision = MentionPrecision::kYear;
    return true;
  }
  // "1954-55", "1947–49": two digits after a year.
  if (a.has_year() && a.month == 0 && a.season < 0 && s.PlainInt(k) &&
      s[k].int_digits <= 2 && !s.Has(k + 1, kScale | kTimeUnit)) {
    *b = DateAtom{};
    b->begin = k;
    b->end = k + 1;
    const int base = s[k].int_digits == 1 ? 10 : 100;  // "1941-5", "1954-55"
    int y = a.year / base * base + static_cast<int>(s[k].mantissa);
    if (y <= a.year) y += base;
    b->SetYear(y);
    b->precision = MentionPrecision::kYear;
    return true;
  }
  if (!ParseDateAtom(s, k, AtomMode::kSecond, b)) return false;
  // A bare day after a month ("March 1-5") takes the month.
  if (b->day != 0 && b->month == 0) {
    if (a.month == 0) return false;
    b->month = a.month;
  }
  return true;
}

// Fills what one side leaves out from the other ("16 and 17 June 1954").
void Share(DateAtom* a, DateAtom* b) {
  if (a->day != 0 && a->month == 0) a->month = b->month;
  if (!a->has_year() && b->has_year() && a->decade == 0 && a->century == 0) {
    a->SetYear(b->year);
    if (a->season == 3 && b->season >= 0 && b->season < 3) {
      a->SetYear(a->year - 1);
    }
  }
  if (a->precision == MentionPrecision::kDay && a->day == 0) {
    a->precision = b->precision;
  }
}

void Remember(YearContext& c, const DateAtom& a, bool year_written,
              uint32_t offset) {
  // The context keeps 0 for "no year yet": a date in 1 BC leaves it as is.
  if (a.year == 0) return;
  if (year_written && a.month != 0) {
    c.month_date_year = a.year;
    c.month_date_offset = offset;
  } else if (year_written) {
    c.bare_year = a.year;
    c.bare_year_offset = offset;
  }
  if (a.month != 0) {
    c.context_year = a.year;
    c.context_month = a.month;
  } else if (year_written && c.context_year != a.year) {
    c.context_year = 0;
    c.context_month = 0;
  }
}

}  // namespace

int YearContext::InferYear(uint32_t offset, const ExtractOptions& options,
                           bool* far) const {
  constexpr uint32_t kNearby = kNearbyYearBytes;
  bool unused = false;
  if (far == nullptr) far = &unused;
  *far = false;
  if (month_date_year != 0 &&
      (offset - month_date_offset <= kNearby ||
       month_date_offset >= bare_year_offset || bare_year == 0)) {
    *far = offset - month_date_offset > kNearby;
    return month_date_year;
  }
  if (bare_year != 0) {
    *far = offset - bare_year_offset > kNearby;
    return bare_year;
  }
  if (options.default_year) return *options.default_year;
  // The document's own date: "on 17 June" in a dated letter.
  if (options.reference_date) {
    return static_cast<int>(
        date::year_month_day{*options.reference_date}.year());
  }
  return 0;
}

size_t MatchDate(const Scan& s, size_t i, bool approximate, Mention* m) {
  const bool between = s.Word(i, "between");
  const bool from = s.Word(i, "from");
  const size_t first = (between || from) ? i + 1 : i;
  DateAtom a;
  if (first >= s.size() || !ParseDateAtom(s, first, AtomMode::kFirst, &a)) {
    return 0;
  }
  const bool a_year_written = a.has_year() && !a.month_inferred;
  DateAtom b;
  bool period = false;
  const size_t k = a.end;
  const bool slash = s.Punct(k, '/') && s.Joined(k) && a.has_year() &&
                     a.month == 0 && s.PlainInt(k + 1) &&
                     s[k + 1].int_digits == 2;  // "1953/54"
  const bool dash = s.Punct(k, '-') || s.Word(k, "to") || slash ||
                    (s.Punct(k, 'M') && s.Joined(k) && s.Joined(k + 1));
  // "July 13 through 15", "from March till June".
  const bool till =
      ((from || a.day != 0) && (s.Word(k, "till") || s.Word(k, "until") ||
                                s.Word(k, "through") || s.Word(k, "thru"))) ||
      (from && s.Word(k, "to"));
  const bool conj = s.Word(k, "and") && (between || Elliptic(a));
  if ((dash || till || conj) && ParseSecond(s, k + 1, a, &b)) {
    period = true;
  } else if (a.has_year() && a.month == 0 && a.season < 0 && s.YearLike(k) &&
             s[k].mantissa > static_cast<uint64_t>(a.year) &&
             s[k].mantissa <= static_cast<uint64_t>(a.year) + 60 &&
             !s.CountedNounAt(k + 1)) {
    // "(1939 1940)": a year span whose dash was lost.
    b = DateAtom{};
    b.begin = k, b.end = k + 1;
    b.SetYear(static_cast<int>(s[k].mantissa));
    b.precision = MentionPrecision::kYear;
    period = true;
  }
  if (a.day != 0 && a.month == 0 && !period) return 0;
  if (!period && between) return 0;
  const bool b_year_written = period && b.has_year();
  if (period) Share(&a, &b), Share(&b, &a);
  const uint32_t offset = s[first].begin;
  bool inferred = a.month_inferred;
  bool year_far = false;
  for (DateAtom* atom : {&a, &b}) {
    if (atom == &b && !period) break;
    if (atom->has_year() || atom->decade != 0 || atom->century != 0) continue;
    // No year in the text before and no default: we cannot place the date
    // on a calendar, so it is not a usable claim. Its tokens are consumed
    // (so "5" in "March 5" is not a quantity) but no mention comes out:
    // the caller sees a kDate without `earliest`.
    bool far = false;
    const int y = s.context.InferYear(offset, s.options, &far);
    year_far = year_far || far;
    if (y == 0) {
      *m = Mention{};
      m->kind = MentionKind::kDate;
      return period ? b.end : a.end;
    }
    atom->year = y;
    inferred = true;
  }
  date::sys_days e1, l1, e2, l2;
  if (!AtomInterval(a, &e1, &l1)) {
    *m = Mention{};  // "30 February 1953": consumed, not a date
    m->kind = MentionKind::kDate;
    return a.end;
  }
  if (period && (!AtomInterval(b, &e2, &l2) || l2 < e1)) period = false;
  if (!period && between) return 0;
  m->kind = MentionKind::kDate;
  m->earliest = e1;
  m->latest = period ? l2 : l1;
  m->precision = period ? std::max(a.precision, b.precision) : a.precision;
  if (period && a.precision == MentionPrecision::kDay &&
      b.precision == MentionPrecision::kDay) {
    m->precision = MentionPrecision::kDay;
  }
  m->is_period = period;
  m->year_inferred = inferred;
  m->year_inferred_far = year_far;
  m->approximate = approximate;
  m->begin = s[period && (between || from) ? i : a.begin].begin;
  const size_t end = period ? b.end : a.end;
  m->end = s[end - 1].end;
  Remember(s.context, a, a_year_written, offset);
  if (period) Remember(s.context, b, b_year_written, s[b.begin].begin);
  return end;
}

}  // namespace checker::extract
