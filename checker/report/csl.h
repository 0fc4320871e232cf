// CSL (Citation Style Language) vocabulary shared by the bibliography writer
// and the CSL-JSON importer: citation keys, CSL item types and SourceKind.
//
//   if (IsPandocCitationKey(source.id())) out << "[@" << source.id() << "]";
#ifndef CHECKER_REPORT_CSL_H_
#define CHECKER_REPORT_CSL_H_

#include <ostream>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/report/report_text.h"
#include "proto/finding.pb.h"
#include "proto/source.pb.h"

namespace checker {

// A valid Source.id: non-empty; ASCII letters, digits, '_', '-', ':', '.'.
bool IsValidSourceId(absl::string_view id);

// A Source.id Pandoc reads whole after '@': a valid source id that starts
// and ends with a letter, digit or '_' (Pandoc drops trailing punctuation).
bool IsPandocCitationKey(absl::string_view id);

// "book", "article-journal", "entry-encyclopedia", ...; "book" when
// unspecified.
std::string CslType(SourceKind kind);
// The inverse for the types above and their near relatives ("chapter" is a
// SCHOLARLY_BOOK, "post-weblog" a WEB_PAGE); UNSPECIFIED when unknown.
SourceKind SourceKindFromCslType(absl::string_view type);

// A CSL-JSON array of `sources` (id, type, author, title, container-title,
// issued, publisher, publisher-place, URL), in the order given.
void WriteCslJson(const std::vector<const Source*>& sources, std::ostream* out);

// bibliography.json: the sources of the report's claims that have Pandoc
// citation keys, sorted by id, as CSL-JSON; pandoc --citeproc resolves the
// keys footnotes.md cites.
void WriteBibliography(const Report& report, const ReportContext& context,
                       std::ostream* out);

}  // namespace checker

#endif  // CHECKER_REPORT_CSL_H_
