// Text structure shared by extraction, linking and verify: UTF-8 validation,
// paragraphs, sentences, page markers and headings, all as byte spans into
// the original text (half-open [begin, end)).
#ifndef CHECKER_TEXT_DOCUMENT_H_
#define CHECKER_TEXT_DOCUMENT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace checker {

struct TextSpan {
  uint32_t begin = 0;
  uint32_t end = 0;
};

// A page marker such as "{p. 519}" or "{p. xiii}": it sets the page of the
// text that follows it.
struct PageMarker {
  TextSpan span;     // the marker itself
  std::string page;  // "519", "xiii"
};

// OK, or InvalidArgument "invalid UTF-8 at byte offset N".
absl::Status ValidateUtf8(absl::string_view text);

// Paragraphs: runs of text separated by blank lines (or single newlines in
// one-paragraph-per-line files). Spans exclude the separating newlines.
std::vector<TextSpan> SplitParagraphs(absl::string_view text);

// Sentences inside `text`, not fooled by abbreviations ("Gen.", "p. 519",
// "I. M. Shepetov", "U.S.") or decimals ("2.6 million").
std::vector<TextSpan> SplitSentences(absl::string_view text);

// Every page marker, in order.
std::vector<PageMarker> FindPageMarkers(absl::string_view text);

// The page in force at `offset` given markers in order; "" before the first.
std::string PageAt(const std::vector<PageMarker>& markers, uint32_t offset);

}  // namespace checker

#endif  // CHECKER_TEXT_DOCUMENT_H_
