// Attaching documents to sources: which file under a documents root holds
// which source's text, so `checker extract --sources` finds the source of
// each document instead of inventing one per file.
//
//   IssueList issues;
//   AttachDocuments("docs/", {{"heller1986", "heller/utopia.pdf"}},
//                   &sources, &issues);
//
// A document goes to a source when
//   1. an explicit mapping names it (key -> path relative to the root), or
//   2. its file name without the extension is the source's id
//      ("heller1986.txt"), or starts with the id followed by a character
//      that cannot be part of an id ("heller1986 - Utopia.pdf"); the longest
//      such id wins.
// Documents are those a directory walk of `extract` takes (IsDocumentPath).
// Each attached DocumentFile gets path (relative to the root, '/'),
// media_type, size and sha256 of the file as it is now. A source that
// already lists the path is left alone. A mapping whose key is no source or
// whose file does not exist is an error in `issues`; a document no source
// matches is a warning naming it (with what to do). Deterministic.
#ifndef CHECKER_PIPELINE_SOURCE_DOCUMENTS_H_
#define CHECKER_PIPELINE_SOURCE_DOCUMENTS_H_

#include <map>
#include <string>
#include <vector>

#include "checker/base/issue.h"
#include "proto/source.pb.h"

namespace checker {

// How many documents were attached.
int AttachDocuments(const std::string& docs_root,
                    const std::map<std::string, std::string>& explicit_paths,
                    std::vector<Source>* sources, IssueList* issues);

// The id of the source whose id `file_name` (no directory) starts with, by
// rule 2 above; "" if none.
std::string SourceIdForFileName(absl::string_view file_name,
                                const std::vector<Source>& sources);

}  // namespace checker

#endif  // CHECKER_PIPELINE_SOURCE_DOCUMENTS_H_
