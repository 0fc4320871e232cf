// Plausibility checks on a figure before it is linked: forms that look like
// counts or dates but are not claims, and four-digit numbers the extractor
// read as years that the text uses as counts.
//
// Not claims (NotAClaimReason returns why, or ""):
//   - a coordinate or angle: digits next to ° ′ ″ ("52°31′12″N");
//   - a time of day: digits joined by ':' ("8:55");
//   - a footnote marker glued to a word: "released.12", "camps3" (at most
//     three digits, no digit grouping, right after a letter or a letter and
//     a full stop, then a space or the end; a word starting its line with
//     the number glued on is an infobox label instead: "Killed312");
//   - an identifier: a bare number right after a capitalised word that is
//     not the sentence's first word, followed by nothing it counts ("Pier
//     6", "Train No. 10", "Route 66 was");
//   - a unit conversion in parentheses after another figure ("2.9 kilotons
//     (12 TJ)", "one knot (1.9 km/h)").
//
// Read as a count (ReadAsCount): a year-precision date written as four bare
// digits that a people noun, a hedge or an arrow sign governs, or that a
// quantity cue follows directly ("1500 killed outright", "Appx. 1500",
// ">2000 dead", "1600 Haligonians").
//
// Pure functions; thread-safe.
#ifndef CHECKER_LINK_FIGURE_CHECKS_H_
#define CHECKER_LINK_FIGURE_CHECKS_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/extract/mention.h"
#include "checker/link/phrase_index.h"
#include "checker/link/vocabulary.h"
#include "checker/text/document.h"

namespace checker {

// Why `m` is not a claim, or "" if it may be one. `sentence` holds it;
// `figures` are every mention span, text order.
std::string NotAClaimReason(absl::string_view text, const Mention& m,
                            TextSpan sentence,
                            const std::vector<TextSpan>& figures);

// Whether the date mention `m` is a count written like a year (see above);
// `cue_hits` are the document's cue hits, text order.
bool ReadAsCount(absl::string_view text, const Mention& m,
                 const Vocabulary& vocabulary,
                 const std::vector<PhraseHit>& cue_hits);

}  // namespace checker

#endif  // CHECKER_LINK_FIGURE_CHECKS_H_
