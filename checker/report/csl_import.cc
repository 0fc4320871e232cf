#include "checker/report/csl_import.h"

#include <cstdint>
#include <string>
#include <utility>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/strip.h"
#include "checker/report/csl.h"
#include "checker/report/json_entries.h"
#include "google/protobuf/text_format.h"
#include "nlohmann/json.hpp"
#include "proto/claim_base.pb.h"

namespace checker {
namespace {

using Json = nlohmann::json;

// A string field; false (with `error`) when present but not a string.
bool GetString(const Json& item, const char* name, std::string* out,
               std::string* error) {
  auto it = item.find(name);
  if (it == item.end() || it->is_null()) return true;
  if (!it->is_string()) {
    *error = absl::StrCat("field \"", name, "\" is not a string");
    return false;
  }
  *out = it->get<std::string>();
  return true;
}

// The key: citation-key, else id; a whole number is taken as its digits.
bool GetKey(const Json& item, std::string* key, std::string* error) {
  for (const char* name : {"citation-key", "id"}) {
    auto it = item.find(name);
    if (it == item.end() || it->is_null()) continue;
    if (it->is_string()) {
      *key = it->get<std::string>();
    } else if (it->is_number_unsigned() || it->is_number_integer()) {
      *key = it->dump();
    } else {
      *error = absl::StrCat("\"", name,
                            "\" is neither a string nor a whole "
                            "number");
      return false;
    }
    return true;
  }
  *error = "it has no \"id\" (or \"citation-key\")";
  return false;
}

bool GetAuthors(const Json& item, Source* source, std::string* error) {
  auto it = item.find("author");
  if (it == item.end() || it->is_null()) return true;
  if (!it->is_array()) {
    *error = "\"author\" is not an array of names";
    return false;
  }
  for (const Json& name : *it) {
    Person person;
    std::string family, given, literal;
    if (!name.is_object() || !GetString(name, "family", &family, error) ||
        !GetString(name, "given", &given, error) ||
        !GetString(name, "literal", &literal, error)) {
      if (error->empty()) *error = "an author is not a name object";
      return false;
    }
    if (family.empty() && literal.empty()) std::swap(literal, given);
    if (family.empty() && literal.empty()) {
      *error = "an author has neither family, given nor literal name";
      return false;
    }
    person.set_family(family);
    person.set_given(given);
    person.set_literal(literal);
    *source->add_author() = std::move(person);
  }
  return true;
}

// Year (and YYYY-MM[-DD] in `date`) from CSL date-parts [[y, m, d]], whose
// parts may be numbers or digit strings.
bool FromDateParts(const Json& parts, int* year, std::string* date,
                   std::string* error) {
  int values[3] = {0, 0, 0};
  int count = 0;
  for (const Json& part : parts) {
    if (count == 3) break;
    int value = 0;
    bool whole = part.is_number_integer() || part.is_number_unsigned();
    if (whole) {
      value = part.get<int>();
    } else if (!part.is_string() ||
               !absl::SimpleAtoi(part.get<std::string>(), &value)) {
      *error = "\"issued\" date-parts are not numbers";
      return false;
    }
    values[count++] = value;
  }
  *year = values[0];
  if (count == 2 && values[0] > 0) {
    *date = absl::StrFormat("%04d-%02d", values[0], values[1]);
  } else if (count == 3 && values[0] > 0) {
    *date = absl::StrFormat("%04d-%02d-%02d", values[0], values[1], values[2]);
  }
  return true;
}

// The first four-digit year (>= 1000) in `text`, or 0.
int YearInText(absl::string_view text) {
  for (size_t i = 0; i + 4 <= text.size(); ++i) {
    int year = 0;
    if (absl::SimpleAtoi(text.substr(i, 4), &year) && year >= 1000) {
      return year;
    }
  }
  return 0;
}

// Year from issued.date-parts[0], else from issued.raw or issued.literal.
bool GetIssued(const Json& item, int* year, std::string* date,
               std::string* error) {
  auto it = item.find("issued");
  if (it == item.end() || it->is_null()) return true;
  if (!it->is_object()) {
    *error = "\"issued\" is not a CSL date object";
    return false;
  }
  auto parts = it->find("date-parts");
  if (parts != it->end() && parts->is_array() && !parts->empty() &&
      (*parts)[0].is_array()) {
    return FromDateParts((*parts)[0], year, date, error);
  }
  for (const char* name : {"raw", "literal"}) {
    std::string text;
    if (!GetString(*it, name, &text, error)) return false;
    *year = YearInText(text);
    if (*year > 0) return true;
  }
  return true;
}

// The whole Source, or false with `error`: nothing half-built escapes.
bool ToSource(const Json& item, Source* source, std::string* error) {
  if (!item.is_object()) {
    *error = "it is not a JSON object";
    return false;
  }
  std::string key, title, type, date;
  int year = 0;
  if (!GetKey(item, &key, error)) return false;
  if (!IsValidSourceId(key)) {
    *error = absl::StrCat("the key \"", key,
                          "\" is not a valid source id (letters, digits, "
                          "'_', '-', ':', '.'); change it in your reference "
                          "manager, checker does not rewrite keys");
    return false;
  }
  source->set_id(key);
  std::string container, publisher, place, url;
  if (!GetString(item, "title", &title, error) ||
      !GetString(item, "type", &type, error) ||
      !GetString(item, "container-title", &container, error) ||
      !GetString(item, "publisher", &publisher, error) ||
      !GetString(item, "publisher-place", &place, error) ||
      !GetString(item, "URL", &url, error) ||
      !GetAuthors(item, source, error) ||
      !GetIssued(item, &year, &date, error)) {
    return false;
  }
  if (title.empty()) {
    *error = absl::StrCat("\"", key, "\" has no title");
    return false;
  }
  source->set_title(title);
  source->set_container_title(container);
  source->set_publisher(publisher);
  source->set_place(place);
  source->set_url(url);
  source->set_year(year > 0 ? year : 0);
  source->set_kind(SourceKindFromCslType(type));
  if (source->kind() == NEWSPAPER || source->kind() == LETTER) {
    source->set_document_date(date);
  }
  return true;
}

}  // namespace

std::vector<Source> ImportCslJson(absl::string_view json,
                                  absl::string_view file, IssueList* issues) {
  std::vector<JsonEntry> entries;
  std::string error;
  size_t error_offset = 0;
  if (!SplitJsonArray(json, &entries, &error, &error_offset)) {
    issues->Error(LocationAt(json, file, error_offset),
                  absl::StrCat(error,
                               "; export CSL JSON from Zotero, or "
                               "convert BibTeX with pandoc"));
  }
  std::vector<Source> sources;
  absl::flat_hash_set<std::string> keys;
  for (size_t index = 0; index < entries.size(); ++index) {
    const JsonEntry& entry = entries[index];
    size_t begin = entry.begin;
    while (begin < json.size() && absl::ascii_isspace(json[begin])) ++begin;
    std::string where =
        absl::StrCat("entry ", index + 1, " (byte ", begin, ")");
    Json item = Json::parse(entry.text.begin(), entry.text.end(), nullptr,
                            /*allow_exceptions=*/false);
    if (item.is_discarded()) {
      size_t at = 0;
      std::string why;
      FindJsonError(entry.text, &at, &why);
      issues->Error(
          LocationAt(json, file, entry.begin + at),
          absl::StrCat(where, " is not valid JSON: ", why, "; entry skipped"));
      continue;
    }
    Source source;
    std::string why;
    if (!ToSource(item, &source, &why)) {
      issues->Error(LocationAt(json, file, begin),
                    absl::StrCat(where, " skipped: ", why));
      continue;
    }
    if (!keys.insert(source.id()).second) {
      issues->Error(
          LocationAt(json, file, begin),
          absl::StrCat(where, " skipped: duplicate key \"", source.id(),
                       "\"; the first entry with it "
                       "was imported"));
      continue;
    }
    sources.push_back(std::move(source));
  }
  return sources;
}

std::string SourcesToTextproto(const std::vector<Source>& sources,
                               absl::string_view origin) {
  ClaimBaseFile file;
  for (const Source& source : sources) *file.add_source() = source;
  std::string text;
  google::protobuf::TextFormat::Printer printer;
  printer.PrintToString(file, &text);
  return absl::StrCat("# Sources imported from ", origin,
                      " by `checker sources import`.\n"
                      "# proto-file: proto/claim_base.proto\n"
                      "# proto-message: checker.ClaimBaseFile\n\n",
                      text);
}

}  // namespace checker
