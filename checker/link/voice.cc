#include "checker/link/voice.h"

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "checker/link/match_key.h"

namespace checker {
namespace {

// Verbs that attribute what follows (or precedes) them to their subject.
constexpr const char* kAttributionVerbs[] = {
    "claim",        "claims",       "claimed",    "estimate",  "estimates",
    "estimated",    "report",       "reports",    "reported",  "say",
    "says",         "said",         "write",      "writes",    "wrote",
    "state",        "states",       "stated",     "assert",    "asserts",
    "asserted",     "argue",        "argues",     "argued",    "put",
    "puts",         "give",         "gives",      "gave",      "cite",
    "cites",        "cited",        "suggest",    "suggests",  "suggested",
    "calculate",    "calculates",   "calculated", "count",     "counts",
    "counted",      "record",       "records",    "recorded",  "maintain",
    "maintains",    "maintained",   "allege",     "alleges",   "alleged",
    "believe",      "believes",     "believed",   "issued",    "issue",
    "issues",       "note",         "notes",      "noted",     "show",
    "shows",        "showed",       "indicate",   "indicates", "indicated",
    "recall",       "recalls",      "recalled",   "insist",    "insists",
    "insisted",     "conclude",     "concludes",  "concluded", "acknowledge",
    "acknowledges", "acknowledged", "admit",      "admits",    "admitted",
};

// Last words of a phrase that names a voice.
constexpr const char* kVoiceNouns[] = {
    "source",      "sources",      "authorities", "authority", "historian",
    "historians",  "academic",     "academics",   "scholar",   "scholars",
    "researcher",  "researchers",  "official",    "officials", "government",
    "archive",     "archives",     "record",      "records",   "document",
    "documents",   "estimate",     "estimates",   "figure",    "figures",
    "statistics",  "report",       "reports",     "press",     "newspaper",
    "newspapers",  "data",         "census",      "survivors", "witness",
    "witnesses",   "memoirs",      "author",      "authors",   "writer",
    "writers",     "journalist",   "journalists", "expert",    "experts",
    "demographer", "demographers", "commission",  "committee", "ministry",
    "account",     "accounts",     "study",       "studies",   "observers",
    "reader",      "veterans",     "prosecutors", "police",    "media",
};

// First words that show a phrase is not a subject.
constexpr const char* kNotSubjectStart[] = {
    "in",     "on",   "at",   "by",    "for", "from", "with", "after", "before",
    "during", "of",   "to",   "and",   "but", "he",   "she",  "it",    "they",
    "we",     "i",    "this", "there", "as",  "when", "if",   "while", "had",
    "has",    "have", "was",  "were",  "is",  "are",  "that", "which", "who",
};

constexpr const char* kTrailingAdverbs[] = {
    "also", "now", "still", "even", "recently", "reportedly", "later"};
// Capitalized at a sentence start, but not names.
constexpr const char* kNotNames[] = {
    "some",     "many",   "most", "others",  "few",   "all",   "one",
    "another",  "each",   "both", "several", "none",  "no",    "nobody",
    "everyone", "people", "it",   "this",    "these", "those", "they",
    "we",       "he",     "she",  "i",       "you"};
constexpr const char* kDeterminers[] = {"a", "an", "the"};
constexpr const char* kRelativeWords[] = {"who", "which", "that", "whose"};
constexpr const char* kNameConnectors[] = {"of", "de", "von", "van", "der",
                                           "la", "al", "and", "&"};

template <size_t N>
absl::flat_hash_set<std::string> KeySet(const char* const (&words)[N]) {
  absl::flat_hash_set<std::string> set;
  for (const char* w : words) set.insert(MatchKey(w));
  return set;
}

template <size_t N>
bool IsOneOf(absl::string_view word, const char* const (&words)[N]) {
  for (const char* w : words) {
    if (absl::EqualsIgnoreCase(word, w)) return true;
  }
  return false;
}

bool StartsUpper(absl::string_view word) {
  return !word.empty() &&
         (absl::ascii_isupper(static_cast<unsigned char>(word[0])) ||
          static_cast<unsigned char>(word[0]) >= 0x80);
}

std::vector<absl::string_view> Words(absl::string_view text) {
  return absl::StrSplit(text, absl::ByAnyChar(" \t\r\n"), absl::SkipEmpty());
}

// Trims spaces and quote marks around a candidate voice.
absl::string_view TrimVoice(absl::string_view s) {
  s = absl::StripAsciiWhitespace(s);
  while (!s.empty() && (s.front() == '"' || s.front() == '\''))
    s.remove_prefix(1);
  while (!s.empty() && (s.back() == '"' || s.back() == '\'' || s.back() == '.'))
    s.remove_suffix(1);
  return absl::StripAsciiWhitespace(s);
}

// Normalizes a subject phrase into a voice, or "" if it is not one.
std::string AsVoice(absl::string_view phrase) {
  std::vector<absl::string_view> words = Words(TrimVoice(phrase));
  for (size_t i = 0; i < words.size(); ++i) {
    if (IsOneOf(words[i], kRelativeWords)) {
      words.resize(i);
      break;
    }
  }
  while (!words.empty() && IsOneOf(words.front(), kDeterminers)) {
    words.erase(words.begin());
  }
  while (!words.empty() && IsOneOf(words.back(), kTrailingAdverbs)) {
    words.pop_back();
  }
  if (words.empty() || words.size() > 7) return "";
  if (IsOneOf(words.front(), kNotSubjectStart)) return "";
  std::string last = absl::AsciiStrToLower(TrimVoice(words.back()));
  bool voice_like = IsOneOf(last, kVoiceNouns);
  if (!voice_like) {
    voice_like = !IsOneOf(words.front(), kNotNames);
    for (absl::string_view w : words) {
      if (!StartsUpper(w) && !IsOneOf(w, kNameConnectors)) voice_like = false;
    }
  }
  return voice_like ? absl::StrJoin(words, " ") : "";
}

std::optional<Voice> BracketVoice(absl::string_view text, TextSpan sentence,
                                  TextSpan figure) {
  const uint32_t limit = std::min(sentence.end, figure.end + 40);
  for (uint32_t i = figure.end; i < limit; ++i) {
    const char open = text[i];
    if (open != '[' && open != '(') continue;
    const char close = open == '[' ? ']' : ')';
    const size_t stop = text.find(close, i + 1);
    if (stop == absl::string_view::npos || stop > sentence.end ||
        stop - i > 60) {
      return std::nullopt;
    }
    absl::string_view inside = text.substr(i + 1, stop - i - 1);
    const bool has_year = std::any_of(inside.begin(), inside.end(), [](char c) {
      return absl::ascii_isdigit(c);
    });
    if (open == '(' && !has_year) return std::nullopt;
    absl::string_view name =
        inside.substr(0, inside.find_first_of(",;0123456789"));
    name = TrimVoice(name);
    if (name.empty() || !StartsUpper(name) || absl::StartsWith(name, "p.") ||
        absl::StartsWith(name, "pp.")) {
      return std::nullopt;
    }
    std::string voice = AsVoice(name);
    if (voice.empty()) return std::nullopt;
    return Voice{voice, open == '[' ? "[...]" : "(...)"};
  }
  return std::nullopt;
}

bool IsClauseEnd(char c) {
  return c == ',' || c == ';' || c == ':' || c == '.' || c == '(' || c == ')';
}

std::optional<Voice> AccordingTo(absl::string_view text, TextSpan sentence,
                                 const std::vector<Token>& tokens) {
  for (size_t i = 0; i + 2 < tokens.size(); ++i) {
    static const std::string* const kAccording =
        new std::string(MatchKey("according"));
    if (tokens[i].key != *kAccording) continue;
    if (tokens[i + 1].key != "to") continue;
    uint32_t end = tokens[i + 1].end;
    while (end < sentence.end && !IsClauseEnd(text[end])) ++end;
    std::vector<absl::string_view> words =
        Words(text.substr(tokens[i + 1].end, end - tokens[i + 1].end));
    while (!words.empty() && IsOneOf(words.front(), kDeterminers)) {
      words.erase(words.begin());
    }
    if (words.empty()) return std::nullopt;
    if (words.size() > 8) words.resize(8);
    return Voice{std::string(TrimVoice(absl::StrJoin(words, " "))),
                 "according to"};
  }
  return std::nullopt;
}

// A capitalized name right after position `from` ("wrote Aleksandr
// Solzhenitsyn"), up to four words.
std::string NameAfter(absl::string_view text, uint32_t from, uint32_t end) {
  std::vector<std::string> name;
  for (absl::string_view w : Words(text.substr(from, end - from))) {
    const bool stop = !w.empty() && IsClauseEnd(w.back());
    absl::string_view core = TrimVoice(absl::StripSuffix(w, ","));
    if (!StartsUpper(core)) break;
    name.emplace_back(core);
    if (stop || name.size() == 4) break;
  }
  return absl::StrJoin(name, " ");
}

// A quote mark, ';' or ':' before which a verb's subject cannot reach.
bool IsQuoteOrStop(absl::string_view text, uint32_t i) {
  const char c = text[i];
  if (c == '"' || c == ';' || c == ':') return true;
  // Curly quotes U+201C/U+201D end in 0x9C/0x9D after E2 80.
  return i >= 2 && static_cast<unsigned char>(text[i - 2]) == 0xE2 &&
         static_cast<unsigned char>(text[i - 1]) == 0x80 &&
         (static_cast<unsigned char>(c) == 0x9C ||
          static_cast<unsigned char>(c) == 0x9D);
}

// Whether a comma-separated piece may sit between a subject and its verb
// ("writing in 1991", "who studied the files"): empty, or opening with a
// relative word or a participle.
bool IsAside(absl::string_view piece) {
  std::vector<absl::string_view> words = Words(piece);
  if (words.empty()) return true;
  return IsOneOf(words[0], kRelativeWords) || absl::EndsWith(words[0], "ing");
}

// The voice in text[start, verb): the comma-separated piece nearest the
// verb that reads as a voice, skipping asides; "" if none.
std::string SubjectVoice(absl::string_view text, uint32_t start, uint32_t verb,
                         TextSpan figure) {
  std::vector<absl::string_view> pieces =
      absl::StrSplit(text.substr(start, verb - start), absl::ByAnyChar(",()"));
  for (auto it = pieces.rbegin(); it != pieces.rend(); ++it) {
    const uint32_t begin = static_cast<uint32_t>(it->data() - text.data());
    const bool holds_figure =
        figure.begin < begin + it->size() && begin < figure.end;
    if (!holds_figure) {
      std::string voice = AsVoice(*it);
      if (!voice.empty()) return voice;
    }
    if (!IsAside(*it)) return "";
  }
  return "";
}

std::optional<Voice> VerbVoice(absl::string_view text, TextSpan sentence,
                               TextSpan figure,
                               const std::vector<Token>& tokens) {
  static const auto* const kVerbs =
      new absl::flat_hash_set<std::string>(KeySet(kAttributionVerbs));
  std::vector<const Token*> verbs;
  for (const Token& t : tokens) {
    if (kVerbs->contains(t.key) &&
        (t.end <= figure.begin || t.begin >= figure.end)) {
      verbs.push_back(&t);
    }
  }
  const auto distance = [&](const Token* t) {
    return t->end <= figure.begin ? figure.begin - t->end
                                  : t->begin - figure.end;
  };
  std::stable_sort(verbs.begin(), verbs.end(),
                   [&](const Token* a, const Token* b) {
                     return distance(a) < distance(b);
                   });
  for (const Token* verb : verbs) {
    uint32_t start = sentence.begin;
    for (uint32_t i = verb->begin; i > sentence.begin; --i) {
      if (IsQuoteOrStop(text, i - 1)) {
        start = i;
        break;
      }
    }
    const std::string cue = absl::AsciiStrToLower(
        text.substr(verb->begin, verb->end - verb->begin));
    absl::string_view before = text.substr(start, verb->begin - start);
    if (absl::StripAsciiWhitespace(before).empty()) {
      // "...," wrote Ivan Petrov.
      std::string name = NameAfter(text, verb->end, sentence.end);
      if (!name.empty()) return Voice{name, cue};
      continue;
    }
    std::string voice = SubjectVoice(text, start, verb->begin, figure);
    if (!voice.empty()) return Voice{voice, cue};
  }
  return std::nullopt;
}

}  // namespace

std::optional<Voice> FindVoice(absl::string_view text, TextSpan sentence,
                               TextSpan figure) {
  sentence.end = std::min<uint32_t>(sentence.end, text.size());
  if (auto v = BracketVoice(text, sentence, figure)) return v;
  std::vector<Token> tokens =
      Tokenize(text.substr(sentence.begin, sentence.end - sentence.begin));
  for (Token& t : tokens) {
    t.begin += sentence.begin;
    t.end += sentence.begin;
  }
  if (auto v = AccordingTo(text, sentence, tokens)) return v;
  return VerbVoice(text, sentence, figure, tokens);
}

}  // namespace checker
