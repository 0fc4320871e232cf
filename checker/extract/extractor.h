// Extraction: one call from a document's text to its mentions.
//
//   absl::StatusOr<std::vector<Mention>> mentions =
//       ExtractMentions(text, ExtractOptions{});
//
// Mentions come back in text order, non-overlapping, with byte spans into
// `text`. Page markers ("{p. 519}") are not mentions; they set `page` on the
// mentions after them. Invalid UTF-8 is an InvalidArgument error whose message
// names the byte offset. Thread-safe: shared tables are immutable.
#ifndef CHECKER_EXTRACT_EXTRACTOR_H_
#define CHECKER_EXTRACT_EXTRACTOR_H_

#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/extract/mention.h"

namespace checker {

absl::StatusOr<std::vector<Mention>> ExtractMentions(
    absl::string_view text, const ExtractOptions& options);

}  // namespace checker

#endif  // CHECKER_EXTRACT_EXTRACTOR_H_
