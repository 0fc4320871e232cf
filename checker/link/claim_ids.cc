#include "checker/link/claim_ids.h"

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace checker {
namespace {

absl::string_view BaseName(absl::string_view path) {
  const size_t slash = path.rfind('/');
  return slash == absl::string_view::npos ? path : path.substr(slash + 1);
}

}  // namespace

std::string DocumentStem(absl::string_view document) {
  const size_t slash = document.rfind('/');
  const size_t dot = document.rfind('.');
  if (dot != absl::string_view::npos &&
      (slash == absl::string_view::npos || dot > slash + 1)) {
    document = document.substr(0, dot);
  }
  std::string stem;
  for (char c : document) {
    stem += absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_' ||
                    c == '-'
                ? c
                : '_';
  }
  return stem.empty() ? "doc" : stem;
}

std::string ClaimId(absl::string_view document, uint32_t begin, uint32_t end) {
  return absl::StrCat(DocumentStem(document), "_", begin, "_", end);
}

const DocumentFile* FindDocumentFile(const Source& source,
                                     absl::string_view document) {
  for (const DocumentFile& file : source.document()) {
    if (file.path() == document) return &file;
  }
  for (const DocumentFile& file : source.document()) {
    if (BaseName(file.path()) == BaseName(document)) return &file;
  }
  return nullptr;
}

const Segment* FindSegment(const DocumentFile& file, uint32_t begin,
                           uint32_t end) {
  for (const Segment& segment : file.segment()) {
    if (segment.begin() <= begin && end <= segment.end()) return &segment;
  }
  return nullptr;
}

std::string SourceForVoice(absl::string_view voice,
                           const std::vector<Source>& sources) {
  std::vector<absl::string_view> words =
      absl::StrSplit(voice, absl::ByAnyChar(" ,.[]()"), absl::SkipEmpty());
  std::string found;
  for (const Source& source : sources) {
    bool match = false;
    for (const Person& author : source.author()) {
      for (absl::string_view w : words) {
        if ((!author.family().empty() &&
             absl::EqualsIgnoreCase(w, author.family())) ||
            (!author.literal().empty() &&
             absl::EqualsIgnoreCase(voice, author.literal()))) {
          match = true;
        }
      }
    }
    if (!match) continue;
    if (!found.empty()) return "";  // ambiguous
    found = source.id();
  }
  return found;
}

}  // namespace checker
