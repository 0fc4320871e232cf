// Date atoms: the smallest written dates ("March 6, 1953", "late May",
// "the spring of 1942", "1950s", "the 26th"), before they are joined into
// periods by MatchDate. Internal to checker/extract.
#ifndef CHECKER_EXTRACT_DATE_ATOMS_H_
#define CHECKER_EXTRACT_DATE_ATOMS_H_

#include <cstddef>

#include "checker/extract/mention.h"
#include "checker/extract/scan.h"
#include "date/date.h"

namespace checker::extract {

struct DateAtom {
  size_t begin = 0;  // tokens [begin, end)
  size_t end = 0;
  // Years are numbered as the date model numbers them (ISO 8601's
  // proleptic Gregorian, as FormatIsoDay prints them): AD 1953 is 1953,
  // 1 BC is 0, 44 BC is -43; there is no gap, as the BC/AD system has no
  // year 0. Since 0 also means "not written", 1 BC is 0 with `year_zero`
  // set (SetYear keeps the two together).
  int year = 0;  // 0 when not written (unless year_zero)
  bool year_zero = false;
  int two_digit_year = -1;  // "55" in "1954-55", resolved by the caller
  int month = 0;            // 1..12, 0 when not written
  int day = 0;              // 1..31, 0 when not written
  int season = -1;          // 0 spring .. 3 winter
  int part = -1;    // 0 early, 1 mid, 2 late; 3 first half, 4 second half
  int decade = 0;   // first year of a decade
  int century = 0;  // first year of a century
  bool month_inferred = false;  // "the 26th": month from context
  // "the first Tuesday of October", "the last day of May", "the second
  // week of June": which (1..5, -1 last) of what in `month`.
  int nth = 0;
  enum NthOf { kNthNone, kNthWeekday, kNthDay, kNthWeek } nth_of = kNthNone;
  int nth_weekday = 0;   // 0 = Monday
  int quarter = 0;       // 1..4: "the third quarter of 1953"
  bool week_of = false;  // "the week of 7 October": Monday-Sunday around it
  MentionPrecision precision = MentionPrecision::kDay;

  bool has_year() const { return year != 0 || year_zero; }
  void SetYear(int y) { year = y, year_zero = y == 0; }
};

enum class AtomMode {
  kFirst,   // standalone: strict about bare months and bare years
  kSecond,  // after "to", "-", "and": bare months, days and short years ok
};

// Parses a date atom starting at token i. REQUIRES: i < s.size().
bool ParseDateAtom(const Scan& s, size_t i, AtomMode mode, DateAtom* out);

// A year of one to four digits made a year by its era at token i: "44 BC",
// "1 BC", "14 AD", "AD 14", "300 B.C." (the era capitalized, or dotted in
// either case). Sets *year as DateAtom numbers years (1 BC is 0, 44 BC is
// -43) and returns the token after it, or 0.
size_t EraYearAt(const Scan& s, size_t i, int* year);

// The inclusive day interval of an atom whose year is known. False for an
// impossible date ("30 February").
bool AtomInterval(const DateAtom& a, date::sys_days* earliest,
                  date::sys_days* latest);

}  // namespace checker::extract

#endif  // CHECKER_EXTRACT_DATE_ATOMS_H_
