// Word tables for extraction, kept as data apart from the matchers: number
// words, scales, months, seasons, time units, hedges, vague magnitudes and
// the cue words that start or block a match. All lookups take lowercase
// ASCII keys; the tables are built once and are immutable afterwards
// (thread-safe).
#ifndef CHECKER_EXTRACT_TABLES_H_
#define CHECKER_EXTRACT_TABLES_H_

#include <cstdint>

#include "absl/strings/string_view.h"
#include "absl/types/span.h"
#include "checker/extract/mention.h"

namespace checker::extract {

// Roles a word can play; a word may have several ("second", "march").
enum WordRole : uint32_t {
  kCardinal = 1u << 0,        // "two", "forty": value
  kScale = 1u << 1,           // "hundred", "million", "dozen": value
  kMonthName = 1u << 2,       // "june", "sept": month 1..12
  kSeasonName = 1u << 3,      // "spring": season 0..3 (spring..winter)
  kTimeUnit = 1u << 4,        // "days", "year": unit
  kOrdinalWord = 1u << 5,     // "first".."thirty-first": value
  kSkipNextNumber = 1u << 6,  // "article", "p", "section": a label follows
  kDatePrep = 1u << 7,        // "in", "since": a bare year after it is a date
  kPartOf = 1u << 8,          // "early", "mid", "late": part 0..2
  kWeekday = 1u << 9,         // "monday": value 0..6 (Monday = 0)
  kDecadeWord = 1u << 10,     // "thirties": value 30
  kRelativeEnd = 1u << 11,    // "later", "ago": direction
  kTimeOfDay = 1u << 12,      // "am", "pm", "o'clock", "hrs"
  kFunctionWord = 1u << 13,   // "was", "this": never a counted noun
  kMayStartMatch = 1u << 14,  // hedges and other phrase starters
  kPluralUnit = 1u << 15,     // the time unit is plural ("days")
  // A word that is itself part of a figure or date ("two", "June",
  // "thousands", "next"): a phrase without one (or a digit) nearby cannot
  // match, which lets the scanner skip common words fast.
  kFigureWord = 1u << 16,
  kHedgeStart = 1u << 17,   // first word of a hedge phrase
  kVagueStart = 1u << 18,   // first word of a vague magnitude
  kOrdinalNoun = 1u << 19,  // "army", "congress": "the 62nd Army" is no date
  kWeekdayAbbreviation = 1u << 20,  // "thu", "sat": value 0..6, before dates
};

struct WordInfo {
  uint32_t roles = 0;
  int64_t value = 0;  // cardinal/scale value, ordinal, part, weekday, decade
  uint8_t month = 0;
  uint8_t season = 0;
  MentionTimeUnit unit = MentionTimeUnit::kNone;
  double unit_count = 1;  // kTimeUnit: how many `unit` ("quarter": 3 months)
  MentionDirection direction = MentionDirection::kNone;
};

// The entry for a lowercase word, or nullptr.
const WordInfo* LookupWord(absl::string_view lower);

// Hedge semantics: how a hedge bounds the figure after it.
enum class HedgeBound : uint8_t {
  kApproximate,     // about, around, some: a point marked approximate
  kLowerExclusive,  // over, more than: low, exclusive; high open
  kLowerInclusive,  // at least: low, inclusive; high open
  kUpperInclusive,  // as many as, up to: high, inclusive; low open
  kUpperExclusive,  // fewer than, under: high, exclusive; low open
};

struct HedgePhrase {
  absl::string_view words[4];  // lowercase words ("c" for "c."); "" ends
  HedgeBound bound;
};

// Every hedge phrase, longest first within a shared first word.
absl::Span<const HedgePhrase> HedgePhrases();

// A vague magnitude ("tens of thousands") with its default bounds.
struct VagueMagnitude {
  absl::string_view words[4];  // lowercase words; "" ends
  double low;
  double high;
};

absl::Span<const VagueMagnitude> VagueMagnitudes();

// Bounds in days of one `unit`: e.g. month = 28..31. kNone stands for a
// minute ("twenty minutes"), which MentionTimeUnit has no value for.
void UnitDays(MentionTimeUnit unit, double* low, double* high);

}  // namespace checker::extract

#endif  // CHECKER_EXTRACT_TABLES_H_
