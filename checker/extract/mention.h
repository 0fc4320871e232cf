// Mentions: figures, dates and durations found in text, with byte spans.
//
// This is the contract between extraction (checker/extract) and everything
// that consumes its output (checker/link, checker/verify, `checker mentions`).
// A Mention keeps what was written (span, hedge) apart from what it means
// (bounds, day interval, precision); normalization to comparable intervals
// by the rules configuration happens later, in checker/normalize.
#ifndef CHECKER_EXTRACT_MENTION_H_
#define CHECKER_EXTRACT_MENTION_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "date/date.h"

namespace checker {

enum class MentionKind {
  kQuantity,      // "about 570,000", "0.6-0.8 million", "thousands"
  kPercent,       // "14 percent", "10%"
  kDate,          // "March 6, 1953", "the spring of 1942", "1954-55"
  kDuration,      // "forty-two days", "a year and a half"
  kRelativeDate,  // "three weeks later", "the next day", "yesterday"
};

enum class MentionPrecision { kDay, kMonth, kSeason, kYear, kDecade, kCentury };

enum class MentionDirection { kNone, kBefore, kAfter, kSame };

enum class MentionTimeUnit {
  kNone,
  kHour,
  kDay,
  kWeek,
  kMonth,
  kYear,
  kDecade
};

// A date written without its year takes the year of the last date before
// it; from further back than this (a few paragraphs) the year is unsure.
inline constexpr uint32_t kNearbyYearBytes = 2500;

struct Mention {
  MentionKind kind = MentionKind::kQuantity;
  // Half-open byte range [begin, end) into the original text.
  uint32_t begin = 0;
  uint32_t end = 0;
  // The hedge as written, lowercase, single-spaced ("about", "as many as");
  // empty when none. Included in [begin, end).
  std::string hedge;
  // Page in force at `begin` (from "{p. 519}" markers); empty if none.
  std::string page;

  // kQuantity, kPercent: bounds as written. A point figure has low == high;
  // a range has low < high; an open bound is absent ("over 60,000": low only,
  // low_exclusive). Vague magnitudes carry the configured bounds and `vague`.
  std::optional<double> low;
  std::optional<double> high;
  bool low_exclusive = false;
  bool high_exclusive = false;
  bool is_range = false;  // written as a range ("500-700", "between 2 and 3")
  bool fraction = false;  // a proportion: "2/3", "three quarters" (0.75)
  bool ordinal = false;   // a rank, not a count: "fifth", "42nd" (5, 42)
  // The figure is the only thing on its line: a table cell, an infobox
  // value or a list item, with no words to say what it counts.
  bool alone_on_line = false;
  std::string vague;  // "tens of thousands", as written, lowercase

  // kDate: inclusive day interval at its precision. kRelativeDate: filled in
  // only when resolved against a reference date (deictic dates).
  std::optional<date::sys_days> earliest;
  std::optional<date::sys_days> latest;
  MentionPrecision precision = MentionPrecision::kDay;
  bool is_period = false;      // a span that lasted throughout ("1954-55")
  bool year_inferred = false;  // year taken from context, not written
  // ... from a year written more than kNearbyYearBytes earlier: unsure.
  bool year_inferred_far = false;
  bool approximate = false;  // "around 1950", "c. 1950"

  // kDuration and the offset of kRelativeDate: the amount and unit as
  // written, and inclusive bounds in days (absent: open).
  double amount = 0;
  MentionTimeUnit unit = MentionTimeUnit::kNone;
  std::optional<double> low_days;
  std::optional<double> high_days;

  // kRelativeDate: direction and, where the text names it, the anchor
  // ("Stalin" in "two weeks before Stalin"); `deictic` when relative to the
  // document's own date ("yesterday", "two years ago").
  MentionDirection direction = MentionDirection::kNone;
  std::string anchor_text;
  bool deictic = false;
};

struct ExtractOptions {
  // The document's own date; resolves deictic dates ("yesterday").
  std::optional<date::sys_days> reference_date;
  // Year assumed for dates written without one when the text before them
  // gives none.
  std::optional<int> default_year;
};

}  // namespace checker

#endif  // CHECKER_EXTRACT_MENTION_H_
