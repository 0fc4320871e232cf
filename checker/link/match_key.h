// Words of a text as match keys: what entity names and cue words are compared
// on, so that "Kengir's", "KENGIR" and "Kengír" all find the name "Kengir",
// and common transliteration variants of one Russian name meet.
//
// A key is the word lowercased, with Latin diacritics folded ("é" -> "e",
// "ß" -> "ss"), then made tolerant of transliteration:
//   - a word-final "y" or "j" becomes "i" ("Lavrenty", "Lavrentij" -> ..."i");
//   - "kh" becomes "h" ("Khrushchev" meets "Hrushchev");
//   - any other "y" becomes "j" ("Yakov" meets "Jakov");
//   - doubled letters collapse ("Ossipov" meets "Osipov", and "-ii"/"-iy"
//     endings meet "-i").
// Both sides of every comparison go through the same function, so the rules
// only ever make more pairs equal; they are kept few to stay conservative.
//
//   std::vector<Token> tokens = Tokenize("Kengir's camp");
//   // tokens[0].key == "kengir", tokens[1].key == "s", tokens[2].key == "camp"
//
// Thread-safe (pure functions).
#ifndef CHECKER_LINK_MATCH_KEY_H_
#define CHECKER_LINK_MATCH_KEY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace checker {

// One word: a run of letters and digits (non-ASCII letters included), with
// its byte span in the text it came from.
struct Token {
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string key;
};

// The match key of one word (see above). With `as_prefix`, the word-final
// rule is not applied, so a prefix cue ("execut") keys like the start of a
// longer word.
std::string MatchKey(absl::string_view word, bool as_prefix = false);

// Every word of `text`, in order. Apostrophes, hyphens, punctuation and
// spaces separate words; invalid UTF-8 bytes are treated as separators.
std::vector<Token> Tokenize(absl::string_view text);

// True if only spaces, tabs, newlines and hyphens lie in text[begin, end):
// the words on either side may belong to one name ("Kengir camp",
// "Sudoplatov-Schecter").
bool OnlyJoinersBetween(absl::string_view text, uint32_t begin, uint32_t end);

}  // namespace checker

#endif  // CHECKER_LINK_MATCH_KEY_H_
