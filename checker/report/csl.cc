#include "checker/report/csl.h"

#include <utility>

#include "absl/container/btree_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "checker/base/escape.h"

namespace checker {
namespace {

bool IsKeyEdgeChar(char c) {
  return absl::ascii_isalnum(static_cast<unsigned char>(c)) || c == '_';
}

// CSL types, both ways; the first row for a kind is the one written.
constexpr std::pair<absl::string_view, SourceKind> kCslTypes[] = {
    {"book", SCHOLARLY_BOOK},
    {"article-journal", SCHOLARLY_ARTICLE},
    {"entry-encyclopedia", REFERENCE_WORK},
    {"webpage", WEB_PAGE},
    {"article-newspaper", NEWSPAPER},
    {"personal_communication", LETTER},
    {"manuscript", PRIMARY_RECORD},
    {"chapter", SCHOLARLY_BOOK},
    {"thesis", SCHOLARLY_BOOK},
    {"paper-conference", SCHOLARLY_ARTICLE},
    {"article", SCHOLARLY_ARTICLE},
    {"entry-dictionary", REFERENCE_WORK},
    {"entry", REFERENCE_WORK},
    {"post", WEB_PAGE},
    {"post-weblog", WEB_PAGE},
    {"article-magazine", NEWSPAPER},
    {"letter", LETTER},
    {"report", PRIMARY_RECORD},
    {"document", PRIMARY_RECORD},
    {"legislation", PRIMARY_RECORD},
    {"interview", PRIMARY_RECORD},
};

void WriteField(absl::string_view name, absl::string_view value,
                std::ostream* out) {
  if (value.empty()) return;
  *out << ",\n    " << JsonString(name) << ": " << JsonString(value);
}

void WriteAuthors(const Source& source, std::ostream* out) {
  if (source.author().empty()) return;
  *out << ",\n    \"author\": [";
  bool first = true;
  for (const Person& person : source.author()) {
    *out << (first ? "" : ", ") << "{";
    first = false;
    if (!person.family().empty()) {
      *out << "\"family\": " << JsonString(person.family());
      if (!person.given().empty()) {
        *out << ", \"given\": " << JsonString(person.given());
      }
    } else {
      *out << "\"literal\": " << JsonString(person.literal());
    }
    *out << "}";
  }
  *out << "]";
}

}  // namespace

bool IsValidSourceId(absl::string_view id) {
  if (id.empty()) return false;
  for (char c : id) {
    if (!absl::ascii_isalnum(static_cast<unsigned char>(c)) &&
        !absl::StrContains("_-:.", c)) {
      return false;
    }
  }
  return true;
}

bool IsPandocCitationKey(absl::string_view id) {
  return IsValidSourceId(id) && IsKeyEdgeChar(id.front()) &&
         IsKeyEdgeChar(id.back());
}

std::string CslType(SourceKind kind) {
  if (kind == MEMOIR || kind == JOURNALISM || kind == COMPILATION) {
    return "book";
  }
  for (const auto& [type, row_kind] : kCslTypes) {
    if (row_kind == kind) return std::string(type);
  }
  return "book";
}

SourceKind SourceKindFromCslType(absl::string_view type) {
  for (const auto& [row_type, kind] : kCslTypes) {
    if (row_type == type) return kind;
  }
  return SOURCE_KIND_UNSPECIFIED;
}

void WriteCslJson(const std::vector<const Source*>& sources,
                  std::ostream* out) {
  *out << "[";
  bool first = true;
  for (const Source* source : sources) {
    *out << (first ? "\n" : ",\n")
         << "  {\n    \"id\": " << JsonString(source->id())
         << ",\n    \"type\": " << JsonString(CslType(source->kind()));
    first = false;
    WriteAuthors(*source, out);
    WriteField("title", source->title(), out);
    WriteField("container-title", source->container_title(), out);
    if (source->year() > 0) {
      *out << ",\n    \"issued\": {\"date-parts\": [[" << source->year()
           << "]]}";
    }
    WriteField("publisher", source->publisher(), out);
    WriteField("publisher-place", source->place(), out);
    WriteField("URL", source->url(), out);
    *out << "\n  }";
  }
  *out << (first ? "]\n" : "\n]\n");
}

void WriteBibliography(const Report& report, const ReportContext& context,
                       std::ostream* out) {
  absl::btree_set<std::string> ids;
  for (const Finding& finding : report.finding()) {
    for (const FindingClaim& claim : finding.claim()) {
      ids.insert(claim.source());
    }
  }
  std::vector<const Source*> cited;
  for (const std::string& id : ids) {
    const Source* source = context.FindSource(id);
    if (source != nullptr && IsPandocCitationKey(id)) cited.push_back(source);
  }
  WriteCslJson(cited, out);
}

}  // namespace checker
