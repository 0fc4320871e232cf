// Recognizing dates that belong to a bibliographic citation rather than to
// the prose: "(London, 1990)", "(New York: Macmillan, 1972)",
// "[Hutchinson, London, 1985]". Such a date is the publication date of a
// work, never a claim about a gazetteer subject, so the linker leaves it
// unlinked with a reason instead of attaching it to the nearest name.
//
// A figure is in a citation when it lies inside a bracket group (round or
// square, at most 240 bytes, within one paragraph) that contains a
// "Place: Publisher" colon or a publishing word (Press, Publishers, Books,
// University, Verlag, ed., trans., ...) or a well-known publishing city.
#ifndef CHECKER_LINK_CITATION_H_
#define CHECKER_LINK_CITATION_H_

#include "absl/strings/string_view.h"
#include "checker/text/document.h"

namespace checker {

// `paragraph` is the span of `text` holding `figure`.
bool InBibliographicCitation(absl::string_view text, TextSpan paragraph,
                             TextSpan figure);

}  // namespace checker

#endif  // CHECKER_LINK_CITATION_H_
