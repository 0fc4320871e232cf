#include "checker/link/document_input.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_replace.h"
#include "checker/link/html_text.h"

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

absl::StatusOr<std::string> ReadBytes(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    const int err = errno;
    const std::string why = std::strerror(err);
    if (err == ENOENT)
      return absl::NotFoundError(absl::StrCat(path, ": ", why));
    return absl::PermissionDeniedError(
        absl::StrCat(path, ": cannot read: ", why));
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) {
    return absl::DataLossError(absl::StrCat(path, ": read error"));
  }
  return bytes.str();
}

absl::Status CheckUtf8(const std::string& path, absl::string_view bytes) {
  absl::Status valid = ValidateUtf8(bytes);
  if (valid.ok()) return valid;
  return absl::InvalidArgumentError(
      absl::StrCat(path, ": ", valid.message(),
                   "; convert the file to UTF-8 (e.g. iconv) and re-run"));
}

// Single-quotes `s` for /bin/sh.
std::string ShellQuote(absl::string_view s) {
  return absl::StrCat("'", absl::StrReplaceAll(s, {{"'", "'\\''"}}), "'");
}

absl::StatusOr<LoadedDocument> LoadPdf(const std::string& path,
                                       LoadedDocument doc) {
  if (std::system("command -v pdftotext >/dev/null 2>&1") != 0) {
    return absl::FailedPreconditionError(absl::StrCat(
        path, ": PDF input needs pdftotext (apt-get install poppler-utils)"));
  }
  const std::string command = absl::StrCat("pdftotext -layout -enc UTF-8 ",
                                           ShellQuote(path), " - 2>/dev/null");
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    return absl::InternalError(absl::StrCat(path, ": cannot run pdftotext"));
  }
  char buffer[1 << 14];
  size_t n = 0;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
    doc.text.append(buffer, n);
  if (pclose(pipe) != 0) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": pdftotext could not read the PDF"));
  }
  absl::Status valid = CheckUtf8(path, doc.text);
  if (!valid.ok()) return valid;
  doc.has_pages = true;
  doc.pages.push_back({{0, 0}, "1"});
  int page = 1;
  for (size_t i = 0; i < doc.text.size(); ++i) {
    if (doc.text[i] != '\f') continue;
    const uint32_t at = static_cast<uint32_t>(i);
    doc.pages.push_back({{at, at + 1}, absl::StrCat(++page)});
  }
  doc.text_note = "spans refer to the text extracted by pdftotext -layout";
  return doc;
}

}  // namespace

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
  absl::StatusOr<std::string> bytes = ReadBytes(path);
  if (!bytes.ok()) return bytes.status();
  doc.size = bytes->size();
  if (doc.media_type == "application/pdf") return LoadPdf(path, std::move(doc));
  absl::Status valid = CheckUtf8(path, *bytes);
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

}  // namespace checker
