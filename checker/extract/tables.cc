#include "checker/extract/tables.h"

#include "absl/container/flat_hash_map.h"

namespace checker::extract {
namespace {

struct Entry {
  absl::string_view word;
  int64_t value;
};

constexpr Entry kCardinals[] = {
    {"zero", 0},       {"one", 1},         {"two", 2},        {"three", 3},
    {"four", 4},       {"five", 5},        {"six", 6},        {"seven", 7},
    {"eight", 8},      {"nine", 9},        {"ten", 10},       {"eleven", 11},
    {"twelve", 12},    {"thirteen", 13},   {"fourteen", 14},  {"fifteen", 15},
    {"sixteen", 16},   {"seventeen", 17},  {"eighteen", 18},  {"nineteen", 19},
    {"twenty", 20},    {"thirty", 30},     {"forty", 40},     {"fourty", 40},
    {"fifty", 50},     {"sixty", 60},      {"seventy", 70},   {"eighty", 80},
    {"ninety", 90},
};

constexpr Entry kScales[] = {
    {"hundred", 100},           {"thousand", 1000},
    {"million", 1000000},       {"billion", 1000000000},
    {"dozen", 12},              {"score", 20},
};

constexpr Entry kOrdinals[] = {
    {"first", 1},        {"second", 2},        {"third", 3},
    {"fourth", 4},       {"fifth", 5},         {"sixth", 6},
    {"seventh", 7},      {"eighth", 8},        {"ninth", 9},
    {"tenth", 10},       {"eleventh", 11},     {"twelfth", 12},
    {"thirteenth", 13},  {"fourteenth", 14},   {"fifteenth", 15},
    {"sixteenth", 16},   {"seventeenth", 17},  {"eighteenth", 18},
    {"nineteenth", 19},  {"twentieth", 20},    {"thirtieth", 30},
};

constexpr Entry kMonths[] = {
    {"january", 1}, {"jan", 1},   {"february", 2}, {"feb", 2},
    {"march", 3},   {"mar", 3},   {"april", 4},    {"apr", 4},
    {"may", 5},     {"june", 6},  {"jun", 6},      {"july", 7},
    {"jul", 7},     {"august", 8}, {"aug", 8},     {"september", 9},
    {"sep", 9},     {"sept", 9},  {"october", 10}, {"oct", 10},
    {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12},
};

constexpr Entry kSeasons[] = {
    {"spring", 0}, {"summer", 1}, {"autumn", 2}, {"fall", 2}, {"winter", 3},
};

struct UnitEntry {
  absl::string_view word;
  MentionTimeUnit unit;
  bool plural;
};

constexpr UnitEntry kUnits[] = {
    {"hour", MentionTimeUnit::kHour, false},
    {"hours", MentionTimeUnit::kHour, true},
    {"day", MentionTimeUnit::kDay, false},
    {"days", MentionTimeUnit::kDay, true},
    {"week", MentionTimeUnit::kWeek, false},
    {"weeks", MentionTimeUnit::kWeek, true},
    {"month", MentionTimeUnit::kMonth, false},
    {"months", MentionTimeUnit::kMonth, true},
    {"year", MentionTimeUnit::kYear, false},
    {"years", MentionTimeUnit::kYear, true},
    {"decade", MentionTimeUnit::kDecade, false},
    {"decades", MentionTimeUnit::kDecade, true},
};

constexpr absl::string_view kSkipNext[] = {
    "p",      "pp",       "page",    "pages",   "article", "articles",
    "art",    "section",  "sections", "sec",    "chapter", "chapters",
    "ch",     "vol",      "vols",    "volume",  "no",      "nos",
    "number", "fig",      "figure",  "table",   "para",    "paragraph",
    "clause", "isbn",     "issn",    "footnote", "note",   "notes",
    "n",      "item",     "line",    "lines",   "verse",   "plate",
    "appendix", "order",  "decree",  "col",     "folio",   "f",
    "ff",     "op",       "room",    "cell",    "block",   "barrack",
    "route",  "highway",  "flight",  "tel",     "box",     "part",
};

constexpr absl::string_view kDatePreps[] = {
    "in",     "since",   "until",  "till",    "during", "by",
    "after",  "before",  "through", "throughout", "from", "of",
    "circa",  "c",       "ca",     "around",  "about",  "year",
    "early",  "late",    "mid",    "between", "and",    "to",
    "on",     "spring",  "summer", "autumn",  "winter", "fall",
    "january", "february", "march", "april",  "may",    "june",
    "july",   "august",  "september", "october", "november", "december",
};

constexpr Entry kParts[] = {
    {"early", 0}, {"mid", 1}, {"middle", 1}, {"late", 2},
};

constexpr Entry kWeekdays[] = {
    {"monday", 0}, {"tuesday", 1}, {"wednesday", 2}, {"thursday", 3},
    {"friday", 4}, {"saturday", 5}, {"sunday", 6},
};

constexpr Entry kDecadeWords[] = {
    {"twenties", 20}, {"thirties", 30}, {"forties", 40}, {"fifties", 50},
    {"sixties", 60},  {"seventies", 70}, {"eighties", 80}, {"nineties", 90},
};

struct DirectionEntry {
  absl::string_view word;
  MentionDirection direction;
};

constexpr DirectionEntry kRelativeEnds[] = {
    {"later", MentionDirection::kAfter},
    {"afterwards", MentionDirection::kAfter},
    {"afterward", MentionDirection::kAfter},
    {"thereafter", MentionDirection::kAfter},
    {"hence", MentionDirection::kAfter},
    {"earlier", MentionDirection::kBefore},
    {"before", MentionDirection::kBefore},
    {"after", MentionDirection::kAfter},
    {"ago", MentionDirection::kBefore},
    {"previously", MentionDirection::kBefore},
    {"beforehand", MentionDirection::kBefore},
};

constexpr absl::string_view kTimesOfDay[] = {
    "am", "pm", "o'clock", "hrs",
};

// Words ending in "s" that are not plural nouns, and other words after
// which a bare four-digit number stays a year ("in 1953 some 4,000").
constexpr absl::string_view kFunctionWords[] = {
    "was",     "is",      "as",      "has",     "his",     "this",
    "its",     "us",      "thus",    "does",    "less",    "unless",
    "across",  "perhaps", "always",  "towards", "afterwards", "whereas",
    "besides", "sometimes", "various", "numerous", "previous", "serious",
    "famous",  "yes",     "plus",    "minus",   "nevertheless", "regardless",
    "the",     "a",       "an",      "and",     "or",      "but",
    "some",    "when",    "while",   "he",      "she",     "it",
    "they",    "we",      "i",       "there",   "then",    "to",
    "in",      "on",      "at",      "of",      "for",     "with",
};

// Phrase starters: first words of hedges and of word-only matches.
constexpr absl::string_view kStarters[] = {
    "a",        "an",        "half",    "several", "few",     "many",
    "tens",     "hundreds",  "thousands", "millions", "billions", "dozens",
    "scores",   "the",       "last",    "this",    "next",    "yesterday",
    "today",    "tomorrow",  "tonight", "between", "from",    "minus",
    "that",     "same",      "following", "previous", "mid",  "early",
    "late",     "end",       "beginning", "middle", "start",  "winter",
    "spring",   "summer",    "autumn",  "fall",
};

}  // namespace

const WordInfo* LookupWord(absl::string_view lower) {
  static const auto* const kTable = [] {
    auto* t = new absl::flat_hash_map<absl::string_view, WordInfo>();
    for (const Entry& e : kCardinals) {
      (*t)[e.word].roles |= kCardinal, (*t)[e.word].value = e.value;
    }
    for (const Entry& e : kScales) {
      (*t)[e.word].roles |= kScale, (*t)[e.word].value = e.value;
    }
    for (const Entry& e : kOrdinals) {
      (*t)[e.word].roles |= kOrdinalWord, (*t)[e.word].value = e.value;
    }
    for (const Entry& e : kMonths) {
      (*t)[e.word].roles |= kMonthName;
      (*t)[e.word].month = static_cast<uint8_t>(e.value);
    }
    for (const Entry& e : kSeasons) {
      (*t)[e.word].roles |= kSeasonName;
      (*t)[e.word].season = static_cast<uint8_t>(e.value);
    }
    for (const UnitEntry& e : kUnits) {
      (*t)[e.word].roles |= kTimeUnit | (e.plural ? uint32_t{kPluralUnit} : 0u);
      (*t)[e.word].unit = e.unit;
    }
    for (absl::string_view w : kSkipNext) (*t)[w].roles |= kSkipNextNumber;
    for (absl::string_view w : kDatePreps) (*t)[w].roles |= kDatePrep;
    for (const Entry& e : kParts) {
      (*t)[e.word].roles |= kPartOf, (*t)[e.word].value = e.value;
    }
    for (const Entry& e : kWeekdays) {
      (*t)[e.word].roles |= kWeekday, (*t)[e.word].value = e.value;
    }
    for (const Entry& e : kDecadeWords) {
      (*t)[e.word].roles |= kDecadeWord, (*t)[e.word].value = e.value;
    }
    for (const DirectionEntry& e : kRelativeEnds) {
      (*t)[e.word].roles |= kRelativeEnd;
      (*t)[e.word].direction = e.direction;
    }
    for (absl::string_view w : kTimesOfDay) (*t)[w].roles |= kTimeOfDay;
    for (absl::string_view w : kFunctionWords) (*t)[w].roles |= kFunctionWord;
    for (absl::string_view w : kStarters) (*t)[w].roles |= kMayStartMatch;
    for (const HedgePhrase& h : HedgePhrases()) {
      (*t)[h.words[0]].roles |= kMayStartMatch;
    }
    for (const VagueMagnitude& v : VagueMagnitudes()) {
      (*t)[v.words[0]].roles |= kMayStartMatch;
    }
    return t;
  }();
  auto it = kTable->find(lower);
  return it == kTable->end() ? nullptr : &it->second;
}

absl::Span<const HedgePhrase> HedgePhrases() {
  using B = HedgeBound;
  static constexpr HedgePhrase kHedges[] = {
      {{"a", "little", "more", "than"}, B::kLowerExclusive},
      {{"a", "little", "over"}, B::kLowerExclusive},
      {{"a", "little", "under"}, B::kUpperExclusive},
      {{"an", "estimated"}, B::kApproximate},
      {{"about"}, B::kApproximate},
      {{"around"}, B::kApproximate},
      {{"some"}, B::kApproximate},
      {{"approximately"}, B::kApproximate},
      {{"approx"}, B::kApproximate},
      {{"roughly"}, B::kApproximate},
      {{"perhaps"}, B::kApproximate},
      {{"possibly"}, B::kApproximate},
      {{"probably"}, B::kApproximate},
      {{"nearly"}, B::kApproximate},
      {{"almost"}, B::kApproximate},
      {{"estimated"}, B::kApproximate},
      {{"circa"}, B::kApproximate},
      {{"c"}, B::kApproximate},
      {{"ca"}, B::kApproximate},
      {{"close", "to"}, B::kApproximate},
      {{"just", "over"}, B::kLowerExclusive},
      {{"just", "under"}, B::kUpperExclusive},
      {{"well", "over"}, B::kLowerExclusive},
      {{"well", "above"}, B::kLowerExclusive},
      {{"over"}, B::kLowerExclusive},
      {{"above"}, B::kLowerExclusive},
      {{"more", "than"}, B::kLowerExclusive},
      {{"in", "excess", "of"}, B::kLowerExclusive},
      {{"upwards", "of"}, B::kLowerExclusive},
      {{"at", "least"}, B::kLowerInclusive},
      {{"at", "most"}, B::kUpperInclusive},
      {{"no", "fewer", "than"}, B::kLowerInclusive},
      {{"no", "less", "than"}, B::kLowerInclusive},
      {{"not", "less", "than"}, B::kLowerInclusive},
      {{"no", "more", "than"}, B::kUpperInclusive},
      {{"not", "more", "than"}, B::kUpperInclusive},
      {{"up", "to"}, B::kUpperInclusive},
      {{"as", "many", "as"}, B::kUpperInclusive},
      {{"as", "high", "as"}, B::kUpperInclusive},
      {{"as", "much", "as"}, B::kUpperInclusive},
      {{"fewer", "than"}, B::kUpperExclusive},
      {{"less", "than"}, B::kUpperExclusive},
      {{"under"}, B::kUpperExclusive},
      {{"below"}, B::kUpperExclusive},
  };
  return kHedges;
}

absl::Span<const VagueMagnitude> VagueMagnitudes() {
  static constexpr VagueMagnitude kVague[] = {
      {{"tens", "of", "thousands"}, 20000, 99999},
      {{"hundreds", "of", "thousands"}, 200000, 999999},
      {{"tens", "of", "millions"}, 20000000, 99999999},
      {{"hundreds", "of", "millions"}, 200000000, 999999999},
      {{"several", "hundred", "thousand"}, 300000, 900000},
      {{"several", "thousand"}, 3000, 9000},
      {{"several", "million"}, 3000000, 9000000},
      {{"several", "hundred"}, 300, 900},
      {{"several", "dozen"}, 36, 108},
      {{"a", "few", "thousand"}, 2000, 5000},
      {{"a", "few", "million"}, 2000000, 5000000},
      {{"a", "few", "hundred"}, 200, 500},
      {{"a", "few", "dozen"}, 24, 60},
      {{"many", "thousands"}, 2000, 99999},
      {{"many", "millions"}, 2000000, 99999999},
      {{"dozens"}, 24, 144},
      {{"scores"}, 40, 200},
      {{"hundreds"}, 200, 999},
      {{"thousands"}, 2000, 9999},
      {{"millions"}, 2000000, 9999999},
      {{"billions"}, 2000000000, 9999999999},
  };
  return kVague;
}

void UnitDays(MentionTimeUnit unit, double* low, double* high) {
  switch (unit) {
    case MentionTimeUnit::kHour:
      *low = *high = 1.0 / 24;
      return;
    case MentionTimeUnit::kDay:
      *low = *high = 1;
      return;
    case MentionTimeUnit::kWeek:
      *low = *high = 7;
      return;
    case MentionTimeUnit::kMonth:
      *low = 28, *high = 31;
      return;
    case MentionTimeUnit::kYear:
      *low = 365, *high = 366;
      return;
    case MentionTimeUnit::kDecade:
      *low = 3652, *high = 3653;
      return;
    case MentionTimeUnit::kNone:
      break;
  }
  *low = *high = 0;
}

}  // namespace checker::extract
