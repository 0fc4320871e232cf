// Loading a document for extraction: plain text and Markdown as they are,
// HTML through StripHtml (spans map back to the file), PDF through
// `pdftotext -layout` when it is installed (its form feeds become pages; the
// spans then refer to the extracted text, which `text_note` says).
//
//   absl::StatusOr<LoadedDocument> doc = LoadDocument("seeds/kengir.html");
//
// Errors name the file: NotFound / PermissionDenied when unreadable,
// InvalidArgument "invalid UTF-8 at byte offset N" for non-UTF-8 bytes,
// FailedPrecondition for a PDF without pdftotext. Thread-safe.
#ifndef CHECKER_LINK_DOCUMENT_INPUT_H_
#define CHECKER_LINK_DOCUMENT_INPUT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/text/document.h"

namespace checker {

struct LoadedDocument {
  std::string media_type;  // "text/plain", "text/markdown", "text/html", ...
  uint64_t size = 0;       // bytes of the file
  std::string text;        // what extraction reads
  // For HTML: offset in the file of each byte of `text` (see StripHtml);
  // empty when `text` is the file itself.
  std::vector<uint32_t> original_offsets;
  // For PDF: one marker per page ("1", "2", ...); `has_pages` then says to
  // use them instead of "{p. N}" markers.
  std::vector<PageMarker> pages;
  bool has_pages = false;
  // Set when spans do not point into the file ("spans refer to the text
  // extracted by pdftotext -layout").
  std::string text_note;
};

// The media type for a path, by extension (".htm"/".html", ".md"/
// ".markdown", ".pdf"; anything else "text/plain").
std::string MediaTypeForPath(absl::string_view path);

// Whether a directory walk should pick the file up: .txt, .text, .md,
// .markdown, .htm, .html, .pdf.
bool IsDocumentPath(absl::string_view path);

absl::StatusOr<LoadedDocument> LoadDocument(const std::string& path);

}  // namespace checker

#endif  // CHECKER_LINK_DOCUMENT_INPUT_H_
