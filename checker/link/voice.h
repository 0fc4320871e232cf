// Attribution inside a document: who a figure is attributed to.
//
// Recognized in the sentence of the figure:
//   "according to X"                    voice X, cue "according to"
//   "X claim/estimate/report/say/write/issue/... "  voice X (the words just
//        before the verb, determiners dropped: "Japanese sources", "Soviet
//        authorities", "American academic"), cue the verb
//   "\"...,\" wrote X Y"                voice "X Y" (a name after the verb)
//   "[Applebaum]" or "(Applebaum 2003)" after the figure: voice "Applebaum",
//        cue "[...]" or "(...)"
// A candidate voice must look like one: it ends in a word naming a source
// ("sources", "authorities", "historian", "estimates", ...), or it is a
// proper name (its words capitalized). Otherwise there is no attribution.
//
// Thread-safe (pure functions).
#ifndef CHECKER_LINK_VOICE_H_
#define CHECKER_LINK_VOICE_H_

#include <optional>
#include <string>

#include "absl/strings/string_view.h"
#include "checker/text/document.h"

namespace checker {

struct Voice {
  std::string voice;  // "Japanese sources"
  std::string cue;    // "claim", "according to", "[...]"
};

// The voice a figure at `figure` (byte span into `text`) is attributed to in
// `sentence` (a span of `text` containing the figure), if any.
std::optional<Voice> FindVoice(absl::string_view text, TextSpan sentence,
                               TextSpan figure);

}  // namespace checker

#endif  // CHECKER_LINK_VOICE_H_
