// The counted-noun word list: what kind of thing a noun after a figure
// names ("prisoners" are people, "tons" a unit of measure, "camps" other
// countable things). The words are data, in data/counted_nouns.txt,
// compiled into the binary; this is their one lookup, used by the linker
// to read what a figure counts (link/counted_noun.h) and by lint to know
// which quantities are counts.
//
//   KindOfNoun("prisoners") == NounKind::kPeople
//   KindOfNoun("were") == NounKind::kNone     // a function word
//   KindOfNoun("zeppelins") == NounKind::kUnknown
//
// The table is built once on first use and is immutable; thread-safe.
#ifndef CHECKER_BASE_COUNTED_NOUNS_H_
#define CHECKER_BASE_COUNTED_NOUNS_H_

#include "absl/strings/string_view.h"

namespace checker {

enum class NounKind {
  kNone,     // not a noun: a listed function word ("were", "of") that ends a
             // run of nouns; also "no noun follows the figure"
  kUnknown,  // a word not in the list ("Haligonians" is listed; "widgets" not)
  kPeople,   // "prisoners", "men", "survivors"
  kUnit,     // "tons", "km", "TJ", "$": an amount, never a head count
  kThing,    // "camps", "graves", "ships": countable, but not people
};

// The kind of `word` in the list, kUnknown if absent. REQUIRES: `word` is
// lowercase ASCII (the list is; "Prisoners" is not found).
NounKind KindOfNoun(absl::string_view word);

// The raw word list (generated from data/counted_nouns.txt).
absl::string_view CountedNounsData();

}  // namespace checker

#endif  // CHECKER_BASE_COUNTED_NOUNS_H_
