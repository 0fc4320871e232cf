// What a figure counts: its head noun, read from the words after it
// ("8,000 prisoners", "3,000 of the survivors", "twelve camps", "200 tons of
// TNT"), and what kind of noun that is, from the counted-noun word list
// (base/counted_nouns.h: people, units of measure, other things).
//
//   CountedNoun n =
//       FindCountedNoun(text, figure_begin, figure_end, sentence_end);
//   // "200 tons of TNT": n.head == "tons", n.kind == kUnit,
//   //                    n.substance == "tnt"
//
// Pure functions over the immutable word list; thread-safe.
#ifndef CHECKER_LINK_COUNTED_NOUN_H_
#define CHECKER_LINK_COUNTED_NOUN_H_

#include <cstdint>
#include <string>

#include "absl/strings/string_view.h"
#include "checker/base/counted_nouns.h"

namespace checker {

struct CountedNoun {
  std::string head;                 // lowercase; empty for kNone
  NounKind kind = NounKind::kNone;  // kNone: no noun follows the figure
  // For a unit followed by "of X" ("200 tons of TNT"), X's words lowercase.
  std::string substance;
  // Byte offset just past the head (or the substance when there is one).
  uint32_t end = 0;
};

// Reads the head noun after a figure ending at `figure_end`, stopping at
// `limit` (the sentence end). Skips up to two adjectives or nationality
// words ("8,000 Japanese prisoners", "60,000 death certificates" -> the last
// word of a short noun run), and looks through "of the" ("3,000 of the
// survivors"). A "$" or other currency sign before the figure makes it a
// unit ("$240,750"); `figure_begin` is used for that.
CountedNoun FindCountedNoun(absl::string_view text, uint32_t figure_begin,
                            uint32_t figure_end, uint32_t limit);

}  // namespace checker

#endif  // CHECKER_LINK_COUNTED_NOUN_H_
