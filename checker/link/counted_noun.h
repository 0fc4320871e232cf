// What a figure counts: its head noun, read from the words after it
// ("8,000 prisoners", "3,000 of the survivors", "twelve camps", "200 tons of
// TNT"), and what kind of noun that is, from the word list in
// data/counted_nouns.txt (people, units of measure, other things).
//
//   CountedNoun n = FindCountedNoun(text, figure_end, sentence_end);
//   // "200 tons of TNT": n.head == "tons", n.kind == kUnit,
//   //                    n.substance == "tnt"
//
// Pure functions over an immutable table built once; thread-safe.
#ifndef CHECKER_LINK_COUNTED_NOUN_H_
#define CHECKER_LINK_COUNTED_NOUN_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"

namespace checker {

enum class NounKind {
  kNone,     // no noun follows the figure ("some 600 were killed")
  kUnknown,  // a word not in the list ("Haligonians" is listed; "widgets" not)
  kPeople,   // "prisoners", "men", "of the survivors"
  kUnit,     // "tons", "km", "TJ", "$": an amount, never a head count
  kThing,    // "camps", "graves", "ships": countable, but not people
};

struct CountedNoun {
  std::string head;  // lowercase; empty for kNone
  NounKind kind = NounKind::kNone;
  // For a unit followed by "of X" ("200 tons of TNT"), X's words lowercase.
  std::string substance;
  // Byte offset just past the head (or the substance when there is one).
  uint32_t end = 0;
};

// The kind of `word` (lowercase ASCII) in the word list, kUnknown if absent.
NounKind KindOfNoun(absl::string_view word);

// Reads the head noun after a figure ending at `figure_end`, stopping at
// `limit` (the sentence end). Skips up to two adjectives or nationality
// words ("8,000 Japanese prisoners", "60,000 death certificates" -> the last
// word of a short noun run), and looks through "of the" ("3,000 of the
// survivors"). A "$" or other currency sign before the figure makes it a
// unit ("$240,750"); `figure_begin` is used for that.
CountedNoun FindCountedNoun(absl::string_view text, uint32_t figure_begin,
                            uint32_t figure_end, uint32_t limit);

// The raw word list (generated from data/counted_nouns.txt).
absl::string_view CountedNounsData();

}  // namespace checker

#endif  // CHECKER_LINK_COUNTED_NOUN_H_
