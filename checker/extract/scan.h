// Shared state and token helpers for the matchers (numbers, dates,
// durations, relative dates). A Scan is a read-only view of one chunk's
// tokens plus the document-wide context used to infer missing years.
// Matchers look ahead from a token index and, on success, fill a Mention
// and return the index one past the last token they consumed.
#ifndef CHECKER_EXTRACT_SCAN_H_
#define CHECKER_EXTRACT_SCAN_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/extract/mention.h"
#include "checker/extract/tables.h"
#include "checker/extract/tokenizer.h"

namespace checker::extract {

// What earlier dates in the document say about the current year and month.
struct YearContext {
  int month_date_year = 0;  // year of the last date written with month+year
  uint32_t month_date_offset = 0;
  int bare_year = 0;  // last year written on its own
  uint32_t bare_year_offset = 0;
  int context_year = 0;  // year and month of the last day/month-level date
  int context_month = 0;

  // The year for a date at `offset` written without one; 0 if unknown.
  // *far, when given, says whether that year was written more than a few
  // paragraphs back (kNearbyYearBytes), so that the inference is unsure.
  int InferYear(uint32_t offset, const ExtractOptions& options,
                bool* far = nullptr) const;
};

struct Scan {
  const std::vector<Token>& tokens;
  const ExtractOptions& options;
  YearContext& context;
  absl::string_view text;  // the whole document

  size_t size() const { return tokens.size(); }
  const Token& operator[](size_t i) const { return tokens[i]; }
  bool IsWord(size_t i) const {
    return i < tokens.size() && tokens[i].type == TokenType::kWord;
  }
  bool Word(size_t i, absl::string_view w) const {
    return IsWord(i) && tokens[i].word() == w;
  }
  bool Punct(size_t i, char c) const {
    return i < tokens.size() && tokens[i].type == TokenType::kPunct &&
           tokens[i].punct == c;
  }
  bool Num(size_t i) const {
    return i < tokens.size() && tokens[i].type == TokenType::kNumber;
  }
  bool Has(size_t i, uint32_t role) const {
    return IsWord(i) && tokens[i].info != nullptr &&
           (tokens[i].info->roles & role) != 0;
  }
  const WordInfo& Info(size_t i) const { return *tokens[i].info; }
  // No whitespace between token i-1 and token i.
  bool Joined(size_t i) const {
    return i < tokens.size() && !tokens[i].space_before;
  }
  // A plain integer token: no decimals, suffix or separators.
  bool PlainInt(size_t i) const {
    return Num(i) && tokens[i].decimals == 0 && !tokens[i].grouped &&
           tokens[i].suffix == NumberSuffix::kNone;
  }
  // A four-digit integer from 1000 to 2100.
  bool YearLike(size_t i) const {
    return PlainInt(i) && tokens[i].int_digits == 4 &&
           tokens[i].mantissa >= 1000 && tokens[i].mantissa <= 2100;
  }
  // Token i is a lowercase word that reads as a counted noun or a verb
  // after a figure ("officers", "were"), so a number before it is a count.
  bool CountedNounAt(size_t i) const;
  // Token i ends a clause: punctuation or the end of the chunk.
  bool ClauseEnd(size_t i) const {
    return i >= tokens.size() ||
           (tokens[i].type == TokenType::kPunct && tokens[i].punct != '-');
  }
};

// A number or a range of numbers as written, before hedges.
struct NumberPhrase {
  size_t end = 0;  // one past the last token
  double low = 0;
  double high = 0;
  bool is_range = false;
  bool words = false;     // spelled out ("forty-two")
  bool bare_one = false;  // just "one"/"a": not a figure on its own
  bool fraction = false;  // "2/3", "three quarters", "3 1/2"
  std::string vague;      // "tens of thousands"
};

// Parses a figure at token i: digits ("10,087", "2.6 million"), number
// words ("forty-two", "a dozen", "half a million"), a range ("500-700",
// "between 2 and 3 million", "from 510,000 to 600,000") or a vague
// magnitude ("tens of thousands").
bool ParseNumberPhrase(const Scan& s, size_t i, NumberPhrase* out);

// An ordinal at token i: "26th", "fifth", "twenty-first", "thirtyfirst".
// Returns the end token and sets `*value`, or 0.
size_t ParseOrdinal(const Scan& s, size_t i, int64_t* value);

// Parses a single figure at token i (no ranges, no vague magnitudes).
bool ParseSingleNumber(const Scan& s, size_t i, NumberPhrase* out);

// Dates: "March 6, 1953", "the spring of 1942", "1954-55", "mid-1950s".
// On success fills `*m` (kind, earliest, latest, precision, flags) and
// returns the end token; 0 on no match. `approximate` says a hedge like
// "about" or "c." precedes it.
size_t MatchDate(const Scan& s, size_t i, bool approximate, Mention* m);

// Durations ("forty-two days", "a year and a half", "40-day") and relative
// dates ("three weeks later", "two weeks before Stalin", "the next day",
// "yesterday"). Returns the end token, 0 on no match.
size_t MatchTimeSpan(const Scan& s, size_t i, Mention* m);

// Deictic words: "yesterday", "last night", "this week", "next Monday".
// Returns the end token, 0 on no match; resolves weekdays when it can.
size_t MatchDeictic(const Scan& s, size_t i, Mention* m);

// Fills earliest/latest of a deictic mention from options.reference_date.
// Does nothing without a reference date or when already resolved.
void ResolveDeictic(const ExtractOptions& options, Mention* m);

// "the end of the month", "the beginning of next week", "the middle of
// this year": a third of a calendar unit counted from the reference date
// (weeks: Monday-Wednesday, Wednesday-Friday, Friday-Sunday). Returns the
// end token, 0 on no match or without a reference date.
size_t MatchDeicticPart(const Scan& s, size_t i, Mention* m);

// "the last three days", "next 2 weeks" (is_period): the `amount` whole
// calendar units just before or after the reference day's own unit.
void ResolveUnitsAround(const ExtractOptions& options, Mention* m);

// "three weeks ago", "two months hence": the day `amount` units before or
// after the reference date (same day of the month for months and years).
void ResolveOffset(const ExtractOptions& options, Mention* m);

// "last Monday" (kBefore), "this Monday" (kSame), "next Monday" (kAfter):
// the day, with weekday 0 = Monday, when there is a reference date.
void ResolveWeekday(const ExtractOptions& options, int weekday, Mention* m);

}  // namespace checker::extract

#endif  // CHECKER_EXTRACT_SCAN_H_
