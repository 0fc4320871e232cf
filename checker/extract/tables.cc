#include "checker/extract/tables.h"

#include <algorithm>
#include <iterator>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"

namespace checker::extract {
namespace {

struct Entry {
  absl::string_view word;
  int64_t value;
};

constexpr Entry kCardinals[] = {
    {"zero", 0},     {"one", 1},        {"two", 2},       {"three", 3},
    {"four", 4},     {"five", 5},       {"six", 6},       {"seven", 7},
    {"eight", 8},    {"nine", 9},       {"ten", 10},      {"eleven", 11},
    {"twelve", 12},  {"thirteen", 13},  {"fourteen", 14}, {"fifteen", 15},
    {"sixteen", 16}, {"seventeen", 17}, {"eighteen", 18}, {"nineteen", 19},
    {"twenty", 20},  {"thirty", 30},    {"forty", 40},    {"fourty", 40},
    {"fifty", 50},   {"sixty", 60},     {"seventy", 70},  {"eighty", 80},
    {"ninety", 90},  {"naught", 0},     {"nought", 0},    {"nil", 0},
};

constexpr Entry kScales[] = {
    {"hundred", 100},
    {"thousand", 1000},
    {"million", 1000000},
    {"billion", 1000000000},
    {"dozen", 12},
    {"score", 20},
    {"trillion", 1000000000000},
    // Plural scales after a number ("three billions", "200 dozens"); alone
    // they are vague magnitudes ("thousands"), matched before this.
    {"dozens", 12},
    {"hundreds", 100},
    {"thousands", 1000},
    {"millions", 1000000},
    {"billions", 1000000000},
    // Abbreviations and South Asian scales: "4.5 bn", "3 lakh".
    {"bn", 1000000000},
    {"mn", 1000000},
    {"bln", 1000000000},
    {"mln", 1000000},
    {"lakh", 100000},
    {"lakhs", 100000},
    {"crore", 10000000},
    {"crores", 10000000},
};

constexpr Entry kOrdinals[] = {
    {"first", 1},       {"second", 2},        {"third", 3},
    {"fourth", 4},      {"fifth", 5},         {"sixth", 6},
    {"seventh", 7},     {"eighth", 8},        {"ninth", 9},
    {"tenth", 10},      {"eleventh", 11},     {"twelfth", 12},
    {"thirteenth", 13}, {"fourteenth", 14},   {"fifteenth", 15},
    {"sixteenth", 16},  {"seventeenth", 17},  {"eighteenth", 18},
    {"nineteenth", 19}, {"twentieth", 20},    {"thirtieth", 30},
    {"fortieth", 40},   {"fiftieth", 50},     {"sixtieth", 60},
    {"seventieth", 70}, {"eightieth", 80},    {"ninetieth", 90},
    {"hundredth", 100}, {"thousandth", 1000}, {"millionth", 1000000},
};

// Tens that combine with an ordinal unit, glued ("twentyfifth") as some
// texts write them; LookupWord's table builds those words.
constexpr Entry kTensForOrdinals[] = {
    {"twenty", 20}, {"thirty", 30},  {"forty", 40},  {"fifty", 50},
    {"sixty", 60},  {"seventy", 70}, {"eighty", 80}, {"ninety", 90},
};

constexpr Entry kMonths[] = {
    {"january", 1},   {"jan", 1},    {"february", 2},  {"feb", 2},
    {"march", 3},     {"mar", 3},    {"april", 4},     {"apr", 4},
    {"may", 5},       {"june", 6},   {"jun", 6},       {"july", 7},
    {"jul", 7},       {"august", 8}, {"aug", 8},       {"september", 9},
    {"sep", 9},       {"sept", 9},   {"october", 10},  {"oct", 10},
    {"november", 11}, {"nov", 11},   {"december", 12}, {"dec", 12},
};

constexpr Entry kSeasons[] = {
    {"spring", 0}, {"summer", 1}, {"autumn", 2}, {"fall", 2}, {"winter", 3},
};

struct UnitEntry {
  absl::string_view word;
  MentionTimeUnit unit;
  bool plural;
  double count = 1;  // how many `unit` the word is
};

constexpr UnitEntry kUnits[] = {
    // Minutes have no MentionTimeUnit of their own: kNone (see UnitDays).
    {"minute", MentionTimeUnit::kNone, false},
    {"minutes", MentionTimeUnit::kNone, true},
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
    // Abbreviations, and units counted in another: a second is 1/60 of a
    // minute, a quarter three months.
    {"min", MentionTimeUnit::kNone, false},
    {"mins", MentionTimeUnit::kNone, true},
    {"second", MentionTimeUnit::kNone, false, 1.0 / 60},
    {"seconds", MentionTimeUnit::kNone, true, 1.0 / 60},
    {"sec", MentionTimeUnit::kNone, false, 1.0 / 60},
    {"secs", MentionTimeUnit::kNone, true, 1.0 / 60},
    {"hr", MentionTimeUnit::kHour, false},
    {"hrs", MentionTimeUnit::kHour, true},
    {"h", MentionTimeUnit::kHour, false},
    {"wk", MentionTimeUnit::kWeek, false},
    {"wks", MentionTimeUnit::kWeek, true},
    {"yr", MentionTimeUnit::kYear, false},
    {"yrs", MentionTimeUnit::kYear, true},
    {"quarter", MentionTimeUnit::kMonth, false, 3},
    {"quarters", MentionTimeUnit::kMonth, true, 3},
    {"qtr", MentionTimeUnit::kMonth, false, 3},
};

constexpr absl::string_view kSkipNext[] = {
    "p",        "pp",      "page",     "pages",    "article", "articles",
    "art",      "section", "sections", "sec",      "chapter", "chapters",
    "ch",       "vol",     "vols",     "volume",   "no",      "nos",
    "number",   "fig",     "figure",   "table",    "para",    "paragraph",
    "clause",   "isbn",    "issn",     "footnote", "note",    "notes",
    "n",        "item",    "line",     "lines",    "verse",   "plate",
    "appendix", "order",   "decree",   "col",      "folio",   "f",
    "ff",       "op",      "room",     "cell",     "block",   "barrack",
    "route",    "highway", "flight",   "tel",      "box",     "part",
};

constexpr absl::string_view kDatePreps[] = {
    "in",       "since",   "until",    "till",       "during",  "by",
    "after",    "before",  "through",  "throughout", "from",    "of",
    "year",     "early",   "late",     "mid",        "between", "and",
    "to",       "on",      "spring",   "summer",     "autumn",  "winter",
    "fall",     "january", "february", "march",      "april",   "may",
    "june",     "july",    "august",   "september",  "october", "november",
    "december",
};

constexpr Entry kParts[] = {
    {"early", 0},
    {"mid", 1},
    {"middle", 1},
    {"late", 2},
};

constexpr Entry kWeekdays[] = {
    {"monday", 0}, {"tuesday", 1},  {"wednesday", 2}, {"thursday", 3},
    {"friday", 4}, {"saturday", 5}, {"sunday", 6},
};

// Abbreviated weekdays: only before a written date ("Thu 15th", "Mon,
// February 18"), since "sat" and "wed" are common words on their own.
constexpr Entry kWeekdayAbbreviations[] = {
    {"mon", 0},  {"tue", 1},   {"tues", 1}, {"wed", 2}, {"thu", 3},
    {"thur", 3}, {"thurs", 3}, {"fri", 4},  {"sat", 5}, {"sun", 6},
};

constexpr Entry kDecadeWords[] = {
    {"twenties", 20}, {"thirties", 30},  {"forties", 40},  {"fifties", 50},
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
    "am",
    "pm",
    "o'clock",
    "hrs",
};

// Words ending in "s" that are not plural nouns, and other words after
// which a bare four-digit number stays a year ("in 1953 some 4,000").
constexpr absl::string_view kFunctionWords[] = {
    "was",     "is",        "as",      "has",      "his",          "this",
    "its",     "us",        "thus",    "does",     "less",         "unless",
    "across",  "perhaps",   "always",  "towards",  "afterwards",   "whereas",
    "besides", "sometimes", "various", "numerous", "previous",     "serious",
    "famous",  "yes",       "plus",    "minus",    "nevertheless", "regardless",
    "the",     "a",         "an",      "and",      "or",           "but",
    "some",    "when",      "while",   "he",       "she",          "it",
    "they",    "we",        "i",       "there",    "then",         "to",
    "in",      "on",        "at",      "of",       "for",          "with",
};

// Nouns numbered by ordinals ("the 62nd Army"), so "the 62nd" is no day.
constexpr absl::string_view kOrdinalNouns[] = {
    "army",        "armies",     "division",  "regiment", "corps",
    "brigade",     "battalion",  "guards",    "fleet",    "congress",
    "party",       "amendment",  "century",   "street",   "avenue",
    "district",    "conference", "session",   "plenum",   "company",
    "squadron",    "infantry",   "rifle",     "tank",     "panzer",
    "cavalry",     "airborne",   "motorized", "shock",    "parallel",
    "floor",       "precinct",   "battery",   "group",    "front",
    "anniversary", "birthday",   "convoy",    "symphony", "psalm"};

// Phrase starters: first words of hedges and of word-only matches.
constexpr absl::string_view kStarters[] = {
    "a",      "an",       "half",      "several",  "few",      "many",
    "tens",   "hundreds", "thousands", "millions", "billions", "dozens",
    "scores", "the",      "last",      "this",     "next",     "yesterday",
    "today",  "tomorrow", "tonight",   "between",  "from",     "minus",
    "that",   "same",     "following", "previous", "mid",      "early",
    "late",   "end",      "beginning", "middle",   "start",    "winter",
    "spring", "summer",   "autumn",    "fall",     "another",  "negative",
    "point",  "past",     "previous",  "coming",   "upcoming", "current",
};

}  // namespace

namespace {

// An open-addressing table with a cheap FNV-1a hash: the word lookup runs
// for most tokens of a document, so it must cost a few nanoseconds.
class WordTable {
 public:
  explicit WordTable(
      const absl::flat_hash_map<absl::string_view, WordInfo>& words) {
    while (slots_.size() < 8 * words.size()) slots_.resize(slots_.size() * 2);
    for (const auto& [word, info] : words) {
      size_t k = Hash(word) & (slots_.size() - 1);
      while (!slots_[k].word.empty()) k = (k + 1) & (slots_.size() - 1);
      slots_[k] = Slot{word, info};
      max_len_ = std::max(max_len_, word.size());
      filter_[FilterKey(word)] = 1;
    }
  }

  const WordInfo* Find(absl::string_view w) const {
    if (w.size() > max_len_ || w.empty() || !filter_[FilterKey(w)]) {
      return nullptr;
    }
    size_t k = Hash(w) & (slots_.size() - 1);
    for (;;) {
      const Slot& slot = slots_[k];
      if (slot.word.empty()) return nullptr;
      if (SameWord(slot.word, w)) return &slot.info;
      k = (k + 1) & (slots_.size() - 1);
    }
  }

 private:
  struct Slot {
    absl::string_view word;
    WordInfo info;
  };
  // Byte comparison inlined: table words are short, and memcmp's call
  // costs more than the compare.
  static bool SameWord(absl::string_view a, absl::string_view b) {
    if (a.size() != b.size()) return false;
    for (size_t k = 0; k < a.size(); ++k) {
      if (a[k] != b[k]) return false;
    }
    return true;
  }
  // Length, first and last byte: rejects most words without hashing.
  static size_t FilterKey(absl::string_view w) {
    return (std::min<size_t>(w.size(), 15) << 10) |
           ((static_cast<unsigned char>(w.front()) & 31) << 5) |
           (static_cast<unsigned char>(w.back()) & 31);
  }
  // Length and three bytes, mixed: no loop over the word.
  static size_t Hash(absl::string_view w) {
    const auto b = [&](size_t k) {
      return static_cast<uint64_t>(static_cast<unsigned char>(w[k]));
    };
    const uint64_t key =
        w.size() | b(0) << 8 | b(w.size() / 2) << 16 | b(w.size() - 1) << 24;
    return static_cast<size_t>((key * 0x9E3779B97F4A7C15ULL) >> 40);
  }
  std::vector<Slot> slots_ = std::vector<Slot>(64);
  std::vector<uint8_t> filter_ = std::vector<uint8_t>(16 << 10);
  size_t max_len_ = 0;
};

}  // namespace

const WordInfo* LookupWord(absl::string_view lower) {
  static const WordTable* const kTable = [] {
    absl::flat_hash_map<absl::string_view, WordInfo> map;
    auto* t = &map;
    for (const Entry& e : kCardinals) {
      (*t)[e.word].roles |= kCardinal, (*t)[e.word].value = e.value;
    }
    for (const Entry& e : kScales) {
      (*t)[e.word].roles |= kScale, (*t)[e.word].value = e.value;
    }
    for (const Entry& e : kOrdinals) {
      (*t)[e.word].roles |= kOrdinalWord, (*t)[e.word].value = e.value;
    }
    // "twentyfifth": glued compound ordinals. The strings live as long as
    // the table (its keys are views), and reserve() keeps them in place.
    static std::vector<std::string>* const kGlued =
        new std::vector<std::string>;
    kGlued->reserve(std::size(kTensForOrdinals) * 9);
    for (const Entry& tens : kTensForOrdinals) {
      for (const Entry& unit : kOrdinals) {
        if (unit.value >= 10) break;
        kGlued->push_back(std::string(tens.word) + std::string(unit.word));
        (*t)[kGlued->back()].roles |= kOrdinalWord;
        (*t)[kGlued->back()].value = tens.value + unit.value;
      }
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
      (*t)[e.word].unit_count = e.count;
    }
    for (absl::string_view w : kSkipNext) (*t)[w].roles |= kSkipNextNumber;
    for (absl::string_view w : kDatePreps) (*t)[w].roles |= kDatePrep;
    for (const Entry& e : kParts) {
      (*t)[e.word].roles |= kPartOf, (*t)[e.word].value = e.value;
    }
    for (const Entry& e : kWeekdays) {
      (*t)[e.word].roles |= kWeekday, (*t)[e.word].value = e.value;
    }
    for (const Entry& e : kWeekdayAbbreviations) {
      (*t)[e.word].roles |= kWeekdayAbbreviation;
      (*t)[e.word].value = e.value;
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
    for (absl::string_view w : kOrdinalNouns) (*t)[w].roles |= kOrdinalNoun;
    // Words that are figures or dates on their own, or that a starter
    // ("the next", "last") must see ahead; common starters such as "this"
    // and "last" are not here, so they pass only with one of these after.
    static constexpr absl::string_view kFigureWords[] = {
        "yesterday", "today",   "tomorrow",  "tonight", "several",
        "few",       "night",   "morning",   "evening", "century",
        "half",      "percent", "fortnight", "couple",  "pair"};
    for (absl::string_view w : kFigureWords) (*t)[w].roles |= kFigureWord;
    for (const VagueMagnitude& v : VagueMagnitudes()) {
      // "a" and "many" are too common to be figure words themselves; the
      // figure word after them ("few", "thousands") lets the phrase through.
      if (v.words[0] != "a" && v.words[0] != "many") {
        (*t)[v.words[0]].roles |= kFigureWord;
      }
    }
    for (auto& [word, info] : *t) {
      if (info.roles &
          (kCardinal | kScale | kMonthName | kSeasonName | kTimeUnit |
           kOrdinalWord | kWeekday | kDecadeWord | kWeekdayAbbreviation)) {
        info.roles |= kFigureWord;
      }
    }
    for (const HedgePhrase& h : HedgePhrases()) {
      (*t)[h.words[0]].roles |= kMayStartMatch | kHedgeStart;
    }
    for (const VagueMagnitude& v : VagueMagnitudes()) {
      (*t)[v.words[0]].roles |= kMayStartMatch | kVagueStart;
    }
    return new WordTable(map);
  }();
  return kTable->Find(lower);
}

}  // namespace checker::extract
