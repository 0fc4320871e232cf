// How explanations and reports name a source: its short citation, the way a
// reader meets it in a footnote ("Heller and Nekrich, 1985"), never its id.
//
//   ShortCitation(&heller, "heller1985utopia")  // "Heller and Nekrich, 1985"
//   ShortCitation(nullptr, "anon_page")         // "anon_page"
#ifndef CHECKER_RULES_CITATION_H_
#define CHECKER_RULES_CITATION_H_

#include <string>

#include "absl/strings/string_view.h"
#include "proto/source.pb.h"

namespace checker {

// "Heller", "Heller and Nekrich", "Conquest et al."; a literal name
// ("Jewish Virtual Library"); without authors, the title shortened at a
// word boundary ("The End of Stalin's Gulag…"); the id when neither is set.
std::string SourceAuthorText(const Source& source);

// SourceAuthorText and the year ("Heller and Nekrich, 1985"); the author
// alone when the year is unknown; `id` when `source` is null.
std::string ShortCitation(const Source* source, absl::string_view id);

}  // namespace checker

#endif  // CHECKER_RULES_CITATION_H_
