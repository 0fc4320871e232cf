// The page a figure is on.
//
// The page in force is set by the last page marker ("{p. 519}", or a PDF's
// form feed) before the figure, but only one at or after `floor`: a new
// quoted work in a compilation starts without a page, so the previous
// work's page does not leak into it. When no marker is in force, a page
// citation after the figure in the same paragraph ("... later.\" (p. 307)")
// gives the page of the quoted passage ("pp. 12-14" gives "12").
//
//   PageOf(text, markers, paragraph, figure, segment_begin) == "307"
#ifndef CHECKER_LINK_PAGES_H_
#define CHECKER_LINK_PAGES_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/text/document.h"

namespace checker {

std::string PageOf(absl::string_view text,
                   const std::vector<PageMarker>& markers, TextSpan paragraph,
                   TextSpan figure, uint32_t floor);

}  // namespace checker

#endif  // CHECKER_LINK_PAGES_H_
