#include "checker/link/qualifiers.h"

#include <algorithm>
#include <initializer_list>

#include "absl/strings/ascii.h"
#include "absl/strings/str_join.h"

namespace checker {
namespace {

// Words introducing a time a count is bounded by or taken at, longest
// first; each is matched right before a date.
const std::initializer_list<std::initializer_list<const char*>>
    kTimePrepositions = {
        {"by", "the", "end", "of"},
        {"at", "the", "end", "of"},
        {"by", "the", "beginning", "of"},
        {"by", "the", "spring", "of"},
        {"as", "of"},
        {"up", "to"},
        {"in", "early"},
        {"in", "late"},
        {"in", "mid"},
        {"by", "early"},
        {"by", "late"},
        {"by"},
        {"until"},
        {"till"},
        {"in"},
        {"during"},
};
// "during the first winter": a period named by its order.
const std::initializer_list<const char*> kPeriodOrders = {"first", "second",
                                                          "third", "last"};
const std::initializer_list<const char*> kPeriodWords = {
    "winter", "summer", "year", "years", "month", "months",
    "week",   "weeks",  "day",  "days",  "season"};
const std::initializer_list<const char*> kPeriodPrepositions = {
    "during", "in", "by", "over", "within", "throughout"};

// Words marking a count as made at once, not the final toll.
const std::initializer_list<const char*> kImmediateWords = {
    "outright", "instantly", "immediately", "itself"};
const std::initializer_list<std::initializer_list<const char*>>
    kImmediatePhrases = {{"on", "the", "spot"}, {"at", "once"}};
// Right before the figure.
const std::initializer_list<std::initializer_list<const char*>>
    kAdditionalBefore = {{"a", "further"},
                         {"an", "additional"},
                         {"another"},
                         {"additional"},
                         {"a", "further"}};
const std::initializer_list<std::initializer_list<const char*>>
    kRemainingBefore = {{"the", "remaining"},
                        {"the", "rest", "of"},
                        {"the", "last"},
                        {"the", "other"}};
const std::initializer_list<const char*> kSubsetPronouns = {"them", "these",
                                                            "those", "whom"};

struct Word {
  std::string lower;
  uint32_t begin = 0;
  uint32_t end = 0;
  bool upper = false;
  bool digits = false;
};

// Words (letter runs, and digit runs with their separators) of
// text[begin, end).
std::vector<Word> WordsIn(absl::string_view text, uint32_t begin,
                          uint32_t end) {
  std::vector<Word> words;
  end = std::min<uint32_t>(end, static_cast<uint32_t>(text.size()));
  uint32_t p = begin;
  while (p < end) {
    const unsigned char c = text[p];
    if (absl::ascii_isalpha(c) || absl::ascii_isdigit(c)) {
      Word w;
      w.begin = p;
      w.upper = absl::ascii_isupper(c);
      w.digits = absl::ascii_isdigit(c);
      while (p < end &&
             (absl::ascii_isalnum(static_cast<unsigned char>(text[p])) ||
              (w.digits && (text[p] == ',' || text[p] == '.') && p + 1 < end &&
               absl::ascii_isdigit(static_cast<unsigned char>(text[p + 1]))))) {
        ++p;
      }
      w.end = p;
      w.lower = absl::AsciiStrToLower(text.substr(w.begin, p - w.begin));
      words.push_back(std::move(w));
    } else {
      ++p;
    }
  }
  return words;
}

bool In(absl::string_view word, std::initializer_list<const char*> list) {
  return std::any_of(list.begin(), list.end(),
                     [&](const char* w) { return word == w; });
}

// Whether `phrase` ends exactly at words[last].
bool PhraseEndsAt(const std::vector<Word>& words, int last,
                  std::initializer_list<const char*> phrase) {
  const int n = static_cast<int>(phrase.size());
  if (last + 1 < n) return false;
  int i = last - n + 1;
  for (const char* w : phrase) {
    if (words[i++].lower != w) return false;
  }
  return true;
}

// Whether `phrase` starts exactly at words[first].
bool PhraseStartsAt(const std::vector<Word>& words, size_t first,
                    std::initializer_list<const char*> phrase) {
  if (first + phrase.size() > words.size()) return false;
  size_t i = first;
  for (const char* w : phrase) {
    if (words[i++].lower != w) return false;
  }
  return true;
}

std::string Lowered(absl::string_view text, uint32_t begin, uint32_t end) {
  std::vector<Word> words = WordsIn(text, begin, end);
  std::vector<std::string> parts;
  for (const Word& w : words) parts.push_back(w.lower);
  return absl::StrJoin(parts, " ");
}

// The index of the last word ending at or before `offset`, or -1.
int LastWordBefore(const std::vector<Word>& words, uint32_t offset) {
  int last = -1;
  for (size_t i = 0; i < words.size() && words[i].end <= offset; ++i) {
    last = static_cast<int>(i);
  }
  return last;
}

// Whether a currency follows the date right away: "in 1917 US$", "in 1990
// dollars" is the base year of a price, not a time the count is taken at.
bool PriceBaseYear(absl::string_view text, const TextSpan& date) {
  std::vector<Word> next = WordsIn(
      text, date.end,
      std::min<uint32_t>(static_cast<uint32_t>(text.size()), date.end + 12));
  const uint32_t look_end =
      std::min<uint32_t>(static_cast<uint32_t>(text.size()), date.end + 3);
  for (uint32_t p = date.end; p < look_end; ++p) {
    const char c = text[p];
    if (c == '$') return true;
    if (c != ' ') break;
  }
  if (next.empty() || next[0].begin > date.end + 1) return false;
  return In(next[0].lower, {"us", "dollars", "pounds", "francs", "marks",
                            "roubles", "rubles", "euros", "prices", "money"});
}

std::string TimeQualifier(const QualifierRequest& r,
                          const std::vector<Word>& clause) {
  if (r.dates != nullptr) {
    auto first = std::lower_bound(
        r.dates->begin(), r.dates->end(), r.clause.begin,
        [](const TextSpan& d, uint32_t value) { return d.begin < value; });
    for (auto it = first; it != r.dates->end() && it->begin < r.clause.end;
         ++it) {
      const TextSpan& date = *it;
      if (date.end > r.clause.end) continue;
      if (date.begin < r.figure.end && r.figure.begin < date.end) continue;
      if (PriceBaseYear(r.text, date)) continue;
      const int last = LastWordBefore(clause, date.begin);
      if (last < 0) continue;
      for (std::initializer_list<const char*> prep : kTimePrepositions) {
        if (PhraseEndsAt(clause, last, prep)) {
          const uint32_t begin =
              clause[last - static_cast<int>(prep.size()) + 1].begin;
          return Lowered(r.text, begin, date.end);
        }
      }
    }
  }
  for (size_t i = 0; i + 3 < clause.size(); ++i) {
    if (In(clause[i].lower, kPeriodPrepositions) &&
        clause[i + 1].lower == "the" &&
        In(clause[i + 2].lower, kPeriodOrders) &&
        In(clause[i + 3].lower, kPeriodWords)) {
      return Lowered(r.text, clause[i].begin, clause[i + 3].end);
    }
  }
  return "";
}

// A clause whose subject is a vague part of a group ("Many had been freed
// in 1949", "Most were sent east"): what it says holds for part of the group.
const std::initializer_list<const char*> kPartQuantifiers = {
    "many", "most", "some", "several", "few"};
const std::initializer_list<const char*> kPartVerbs = {
    "had", "have", "has", "were", "was", "are", "is"};

std::string PartSubject(const QualifierRequest& r,
                        const std::vector<Word>& clause) {
  if (clause.size() < 2 || clause[0].begin >= r.figure.begin) return "";
  size_t q = 0;
  if (clause[0].lower == "a" && clause.size() >= 3) q = 1;  // "a few"
  if (!In(clause[q].lower, kPartQuantifiers) ||
      !In(clause[q + 1].lower, kPartVerbs) ||
      clause[q + 1].end > r.figure.begin) {
    return "";
  }
  return q == 1 ? "a few" : clause[0].lower;
}

std::string SubsetQualifier(const QualifierRequest& r) {
  std::vector<Word> after =
      WordsIn(r.text, r.figure.end, std::min(r.clause.end, r.figure.end + 40));
  if (!after.empty() && after[0].begin - r.figure.end <= 2) {
    if (after.size() >= 2 &&
        (after[0].lower == "of" || after[0].lower == "among") &&
        In(after[1].lower, kSubsetPronouns)) {
      std::string value = after[0].lower + " " + after[1].lower;
      if (after.size() >= 3 && after[2].begin - after[1].end <= 1 &&
          !after[2].digits && after[2].lower != "were" &&
          after[2].lower != "was" && after[2].lower != "had") {
        value += " " + after[2].lower;
      }
      return value;
    }
    if (after.size() >= 3 && after[0].lower == "of" &&
        after[1].lower == "the" && after[2].digits) {
      return "of the " + after[2].lower;
    }
  }
  std::vector<Word> tail =
      WordsIn(r.text, r.noun_end, std::min(r.clause.end, r.noun_end + 40));
  if (tail.size() >= 2 && tail[0].begin - r.noun_end <= 1 &&
      tail[0].lower == "from" &&
      (tail[1].lower == "other" || tail[1].lower == "abroad" ||
       tail[1].lower == "outside" || tail[1].lower == "elsewhere")) {
    std::string value = "from " + tail[1].lower;
    if (tail.size() >= 3 && tail[1].lower == "other") {
      value += " " + tail[2].lower;
    }
    return value;
  }
  // "Of these, 400,000 were sent east": the sentence opens with the subset.
  std::vector<Word> head =
      WordsIn(r.text, r.sentence.begin,
              std::min(r.figure.begin, r.sentence.begin + 24));
  if (head.size() >= 2 && (head[0].lower == "of" || head[0].lower == "among") &&
      In(head[1].lower, kSubsetPronouns)) {
    return head[0].lower + " " + head[1].lower;
  }
  return "";
}

std::string PartialQualifier(const QualifierRequest& r,
                             const std::vector<Word>& clause) {
  for (size_t i = 0; i < clause.size(); ++i) {
    if (In(clause[i].lower, kImmediateWords)) return "immediate";
    for (std::initializer_list<const char*> p : kImmediatePhrases) {
      if (PhraseStartsAt(clause, i, p)) return "immediate";
    }
  }
  const int before = LastWordBefore(clause, r.figure.begin);
  if (before >= 0) {
    for (std::initializer_list<const char*> p : kRemainingBefore) {
      if (PhraseEndsAt(clause, before, p)) return "remaining";
    }
    for (std::initializer_list<const char*> p : kAdditionalBefore) {
      if (PhraseEndsAt(clause, before, p)) return "additional";
    }
  }
  std::vector<Word> after =
      WordsIn(r.text, r.figure.end, std::min(r.clause.end, r.figure.end + 8));
  if (!after.empty() && after[0].lower == "more" &&
      after[0].begin - r.figure.end <= 1) {
    return "additional";
  }
  return "";
}

std::string PlaceQualifier(const QualifierRequest& r) {
  std::vector<Word> tail =
      WordsIn(r.text, r.noun_end, std::min(r.clause.end, r.noun_end + 60));
  if (tail.size() < 2 || tail[0].begin - r.noun_end > 1) return "";
  if (tail[0].lower != "in" && tail[0].lower != "at") return "";
  size_t last = 0;
  for (size_t i = 1; i < tail.size() && tail[i].upper && !tail[i].digits &&
                     (i == 1 || tail[i].begin - tail[i - 1].end <= 1);
       ++i) {
    last = i;
  }
  if (last == 0) return "";
  return Lowered(r.text, tail[0].begin, tail[last].end);
}

}  // namespace

std::vector<Qualifier> FindDateQualifiers(const QualifierRequest& r) {
  const std::vector<Word> clause =
      WordsIn(r.text, r.clause.begin, r.clause.end);
  if (std::string part = PartSubject(r, clause); !part.empty()) {
    return {{kQualifierSubset, part}};
  }
  return {};
}

std::vector<Qualifier> FindQualifiers(const QualifierRequest& r) {
  std::vector<Qualifier> out;
  const std::vector<Word> clause =
      WordsIn(r.text, r.clause.begin, r.clause.end);
  if (std::string v = PartialQualifier(r, clause); !v.empty()) {
    out.push_back({kQualifierPartial, v});
  }
  if (std::string v = PlaceQualifier(r); !v.empty()) {
    out.push_back({kQualifierPlace, v});
  }
  if (std::string v = SubsetQualifier(r); !v.empty()) {
    out.push_back({kQualifierSubset, v});
  } else if (std::string part = PartSubject(r, clause); !part.empty()) {
    out.push_back({kQualifierSubset, part});
  }
  if (std::string v = TimeQualifier(r, clause); !v.empty()) {
    out.push_back({kQualifierTime, v});
  }
  return out;
}

}  // namespace checker
