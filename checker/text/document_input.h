// Loading a document for extraction (the file is read once: its size and
// hash come from the same bytes as its text): plain text and Markdown as they
// are, HTML through StripHtml (spans map back to the file), PDF through the
// poppler library (each page's text in its physical layout, a form feed
// between pages; `pages` gives each page's label, so a span maps back to the
// PDF's page; the spans refer to the extracted text, which `text_note`
// says).
//
//   absl::StatusOr<LoadedDocument> doc = LoadDocument("seeds/kengir.html");
//
// Errors name the file: NotFound / PermissionDenied when unreadable,
// FailedPrecondition when it is not a regular file (a directory, device or
// FIFO), ResourceExhausted above kMaxDocumentBytes (see ReadRegularFile),
// InvalidArgument "invalid UTF-8 at byte offset N" for non-UTF-8 bytes or
// "NUL byte at byte offset N" (see CheckDocumentText), InvalidArgument for a
// PDF poppler cannot read or that is encrypted. Thread-safe.
#ifndef CHECKER_TEXT_DOCUMENT_INPUT_H_
#define CHECKER_TEXT_DOCUMENT_INPUT_H_

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
  std::string sha256;      // lowercase hex SHA-256 of the bytes read

  std::string text;  // what extraction reads
  // For HTML: offset in the file of each byte of `text` (see StripHtml);
  // empty when `text` is the file itself.
  std::vector<uint32_t> original_offsets;
  // For PDF: one marker per page, with the page's label ("iv", "307") or
  // else its number; `has_pages` then says to use them instead of "{p. N}"
  // markers. Page 1's marker is empty at offset 0; each later one is the
  // form feed that opens the page.
  std::vector<PageMarker> pages;
  bool has_pages = false;
  // Set when spans do not point into the file (PDF).
  std::string text_note;
};

// The media type for a path, by extension (".htm"/".html", ".md"/
// ".markdown", ".pdf"; anything else "text/plain").
std::string MediaTypeForPath(absl::string_view path);

// Whether a directory walk should pick the file up: .txt, .text, .md,
// .markdown, .htm, .html, .pdf.
bool IsDocumentPath(absl::string_view path);

absl::StatusOr<LoadedDocument> LoadDocument(const std::string& path);

// OK when `bytes` can be a text document: valid UTF-8 with no NUL byte (a
// NUL means a binary file or UTF-16 text, which is valid UTF-8 byte by
// byte yet no text). Otherwise InvalidArgument "NAME: invalid UTF-8 at byte
// offset N ..." or "NAME: NUL byte at byte offset N ...", saying to
// convert the file to UTF-8. LoadDocument checks every document with it
// (a PDF's extracted text).
absl::Status CheckDocumentText(absl::string_view name, absl::string_view bytes);

// The text a claim's span points into, from a document's bytes as read from
// `path`: a PDF's extracted text (as LoadDocument gives it), otherwise the
// bytes themselves (plain text and Markdown are their own text; HTML spans
// map back to the file). Lint checks spans against it, so claims extracted
// from any format pass lint against the same document. Errors as
// LoadDocument's for a PDF poppler cannot read.
absl::StatusOr<std::string> SpanTextOf(const std::string& path,
                                       std::string bytes);

}  // namespace checker

#endif  // CHECKER_TEXT_DOCUMENT_INPUT_H_
