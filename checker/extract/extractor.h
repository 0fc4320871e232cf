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

#include "absl/functional/function_ref.h"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/extract/mention.h"

namespace checker {

absl::StatusOr<std::vector<Mention>> ExtractMentions(
    absl::string_view text, const ExtractOptions& options);

// The same mentions, moved into `sink` one by one in text order as each
// chunk of the text is scanned, so memory beyond `text` stays bounded by a
// chunk however many mentions there are (`checker mentions` streams its
// JSON Lines this way). The UTF-8 check runs first: on invalid UTF-8 the
// error comes back before `sink` is called at all.
//
//   CHECKER_RETURN_IF_ERROR(ForEachMention(text, {}, [&](Mention&& m) {
//     out << MentionToJson(m, text, path) << "\n";
//   }));
absl::Status ForEachMention(absl::string_view text,
                            const ExtractOptions& options,
                            absl::FunctionRef<void(Mention&&)> sink);

}  // namespace checker

#endif  // CHECKER_EXTRACT_EXTRACTOR_H_
