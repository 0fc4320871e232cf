// Stable claim ids and the source a claim belongs to.
//
// An id is "<document stem>_<begin>_<end>": the document path without its
// extension, with every character other than letters, digits, '_' and '-'
// replaced by '_', then the figure's byte span in the original file. Re-runs
// on the same file give the same ids.
//
//   ClaimId("seeds/kengir.txt", 120, 127) == "seeds_kengir_120_127"
#ifndef CHECKER_LINK_CLAIM_IDS_H_
#define CHECKER_LINK_CLAIM_IDS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "proto/source.pb.h"

namespace checker {

// "seeds/kengir.txt" -> "seeds_kengir".
std::string DocumentStem(absl::string_view document);

std::string ClaimId(absl::string_view document, uint32_t begin, uint32_t end);

// The DocumentFile of `source` for `document` (same path, else same file
// name), or null.
const DocumentFile* FindDocumentFile(const Source& source,
                                     absl::string_view document);

// The segment of `file` holding [begin, end) entirely, or null.
const Segment* FindSegment(const DocumentFile& file, uint32_t begin,
                           uint32_t end);

// The id of the one source whose author family name (or literal name) is a
// word of `voice`, or "" if none or several.
std::string SourceForVoice(absl::string_view voice,
                           const std::vector<Source>& sources);

}  // namespace checker

#endif  // CHECKER_LINK_CLAIM_IDS_H_
