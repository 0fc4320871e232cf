#include "checker/text/document_input.h"

#include <limits>
#include <memory>
#include <mutex>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/base/document_path.h"
#include "checker/base/file_io.h"
#include "checker/text/html_text.h"
#include "poppler/cpp/poppler-document.h"
#include "poppler/cpp/poppler-global.h"
#include "poppler/cpp/poppler-page.h"

namespace checker {
namespace {

std::string Extension(absl::string_view path) {
  const size_t slash = path.rfind('/');
  const size_t dot = path.rfind('.');
  if (dot == absl::string_view::npos ||
      (slash != absl::string_view::npos && dot < slash)) {
    return "";
  }
  return absl::AsciiStrToLower(path.substr(dot));
}

// Poppler reports damaged PDFs on stderr by default; the outcome (a null
// document) is what counts here, and its message names the file.
void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] {
    poppler::set_debug_error_function([](const std::string&, void*) {},
                                      nullptr);
  });
}

// The page's own label ("xiii", "307") when the PDF gives one, else its
// 1-based number.
std::string PageLabel(const poppler::page& page, int index) {
  const poppler::byte_array label = page.label().to_utf8();
  if (label.empty()) return absl::StrCat(index + 1);
  return std::string(label.begin(), label.end());
}

absl::StatusOr<LoadedDocument> LoadPdf(const std::string& path,
                                       const std::string& bytes,
                                       LoadedDocument doc) {
  SilencePoppler();
  if (bytes.size() > static_cast<size_t>(std::numeric_limits<int>::max())) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": the PDF is larger than 2 GB; split it"));
  }
  // Poppler reads the bytes in place; `bytes` outlives `pdf`.
  std::unique_ptr<poppler::document> pdf(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size())));
  if (pdf == nullptr) {
    return absl::InvalidArgumentError(absl::StrCat(
        path,
        ": not a PDF poppler can read (damaged or not a PDF); re-save "
        "or convert it and re-run"));
  }
  if (pdf->is_locked()) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": the PDF is encrypted; save an unencrypted copy and re-run"));
  }
  doc.has_pages = true;
  for (int i = 0; i < pdf->pages(); ++i) {
    std::unique_ptr<poppler::page> page(pdf->create_page(i));
    // A form feed separates pages; it is the marker of the page it opens.
    const uint32_t at = static_cast<uint32_t>(doc.text.size());
    if (i == 0) {
      doc.pages.push_back({{0, 0}, page ? PageLabel(*page, i) : "1"});
    } else {
      doc.text += '\f';
      doc.pages.push_back(
          {{at, at + 1}, page ? PageLabel(*page, i) : absl::StrCat(i + 1)});
    }
    if (page == nullptr) continue;
    const poppler::byte_array text =
        page->text(poppler::rectf(), poppler::page::physical_layout).to_utf8();
    doc.text.append(text.begin(), text.end());
  }
  absl::Status valid = CheckDocumentText(path, doc.text);
  if (!valid.ok()) return valid;
  doc.text_note =
      "spans refer to the PDF's text as poppler lays it out, one form feed "
      "between pages";
  return doc;
}

}  // namespace

absl::Status CheckDocumentText(absl::string_view name,
                               absl::string_view bytes) {
  // A UTF-16 file has a NUL in every ASCII character, or starts with its
  // byte order mark (FF FE or FE FF, neither of them UTF-8).
  const bool utf16_mark = absl::StartsWith(bytes, "\xFF\xFE") ||
                          absl::StartsWith(bytes, "\xFE\xFF");
  const absl::string_view convert =
      "; convert the file to UTF-8 (e.g. iconv) and re-run";
  if (utf16_mark) {
    return absl::InvalidArgumentError(absl::StrCat(
        name, ": invalid UTF-8 at byte offset 0 (a UTF-16 byte order mark)",
        convert));
  }
  absl::Status valid = ValidateUtf8(bytes);
  if (!valid.ok()) {
    return absl::InvalidArgumentError(
        absl::StrCat(name, ": ", valid.message(), convert));
  }
  if (const size_t nul = bytes.find('\0'); nul != absl::string_view::npos) {
    return absl::InvalidArgumentError(absl::StrCat(
        name, ": NUL byte at byte offset ", nul,
        ": not a text document (binary, or UTF-16 text)", convert));
  }
  return absl::OkStatus();
}

std::string MediaTypeForPath(absl::string_view path) {
  const std::string ext = Extension(path);
  if (ext == ".html" || ext == ".htm") return "text/html";
  if (ext == ".md" || ext == ".markdown") return "text/markdown";
  if (ext == ".pdf") return "application/pdf";
  return "text/plain";
}

bool IsDocumentPath(absl::string_view path) {
  const std::string ext = Extension(path);
  return ext == ".txt" || ext == ".text" || ext == ".md" ||
         ext == ".markdown" || ext == ".html" || ext == ".htm" || ext == ".pdf";
}

absl::StatusOr<LoadedDocument> LoadDocument(const std::string& path) {
  LoadedDocument doc;
  doc.media_type = MediaTypeForPath(path);
  // Regular files only, capped: a directory, device or FIFO given as a
  // document is an error naming it, never a hang or a read of /dev/zero.
  absl::StatusOr<std::string> bytes = ReadRegularFile(path, kMaxDocumentBytes);
  if (!bytes.ok()) return bytes.status();
  doc.size = bytes->size();
  doc.sha256 = Sha256Hex(*bytes);
  if (doc.media_type == "application/pdf") {
    return LoadPdf(path, *bytes, std::move(doc));
  }
  absl::Status valid = CheckDocumentText(path, *bytes);
  if (!valid.ok()) return valid;
  if (doc.media_type == "text/html") {
    HtmlText html = StripHtml(*bytes);
    doc.text = std::move(html.text);
    doc.original_offsets = std::move(html.offsets);
    return doc;
  }
  doc.text = *std::move(bytes);
  return doc;
}

absl::StatusOr<std::string> SpanTextOf(const std::string& path,
                                       std::string bytes) {
  if (MediaTypeForPath(path) != "application/pdf") return bytes;
  absl::StatusOr<LoadedDocument> pdf = LoadPdf(path, bytes, LoadedDocument{});
  if (!pdf.ok()) return pdf.status();
  return std::move(pdf->text);
}

}  // namespace checker
