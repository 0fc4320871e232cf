// Importing sources from a reference manager's CSL-JSON (Zotero: Export
// Library… → CSL JSON; `pandoc refs.bib -t csljson` for BibTeX), parsed with
// nlohmann-json, which accepts valid CSL that protobuf's JSON parser rejects
// (numeric ids, unknown fields).
//
//   IssueList issues;
//   std::vector<Source> sources = ImportCslJson(text, "refs.json", &issues);
//   std::string textproto = SourcesToTextproto(sources, "refs.json");
//
// The citation key (`citation-key`, else `id`; a numeric id is taken as its
// digits) becomes Source.id unchanged: keys are never rewritten. An entry is
// imported whole or not at all: an entry that is not valid JSON, has no
// usable key or title, a key that is not a valid source id, a key already
// seen, or a field of the wrong type is reported (entry index, byte offset,
// line and column) and skipped. Mapped fields: author (family, given,
// literal), title, container-title, issued (year; the full date becomes
// document_date for newspapers and letters), publisher, publisher-place,
// URL, type (→ SourceKind). Other fields are ignored.
#ifndef CHECKER_REPORT_CSL_IMPORT_H_
#define CHECKER_REPORT_CSL_IMPORT_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/base/issue.h"
#include "proto/source.pb.h"

namespace checker {

// Sources from the CSL-JSON `json` (an array of items, or one item), in the
// file's order. `file` names the input in issues.
std::vector<Source> ImportCslJson(absl::string_view json,
                                  absl::string_view file, IssueList* issues);

// A ClaimBaseFile textproto holding `sources`, with a header comment naming
// `origin`. Deterministic.
std::string SourcesToTextproto(const std::vector<Source>& sources,
                               absl::string_view origin);

}  // namespace checker

#endif  // CHECKER_REPORT_CSL_IMPORT_H_
