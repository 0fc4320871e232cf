#include "checker/report/json_entries.h"

#include <cstdint>

#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/strip.h"
#include "nlohmann/json.hpp"

namespace checker {
namespace {

using Json = nlohmann::json;

// The index just past the string that opens at `json[i]` (a '"').
size_t SkipString(absl::string_view json, size_t i) {
  for (++i; i < json.size(); ++i) {
    if (json[i] == '\\') {
      ++i;
    } else if (json[i] == '"') {
      return i + 1;
    }
  }
  return json.size();
}

// Splits the elements of the array whose '[' is at `json[open]`. Returns
// false when the array is not closed.
bool SplitElements(absl::string_view json, size_t open,
                   std::vector<JsonEntry>* entries) {
  int depth = 0;
  size_t start = open + 1;
  size_t i = open + 1;
  while (i < json.size()) {
    char c = json[i];
    if (c == '"') {
      i = SkipString(json, i);
      continue;
    }
    if (c == '{' || c == '[') {
      ++depth;
    } else if ((c == '}' || c == ']') && depth > 0) {
      --depth;
    } else if ((c == ',' || c == ']') && depth == 0) {
      absl::string_view text = json.substr(start, i - start);
      if (!absl::StripAsciiWhitespace(text).empty() || c == ',') {
        entries->push_back({start, text});
      }
      if (c == ']') return true;
      start = i + 1;
    }
    ++i;
  }
  entries->push_back({start, json.substr(start)});
  return false;
}

// Records where and why nlohmann rejects a text, without exceptions.
class ErrorFinder : public nlohmann::json_sax<Json> {
 public:
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return true; }
  bool key(string_t&) override { return true; }
  bool end_object() override { return true; }
  bool start_array(std::size_t) override { return true; }
  bool end_array() override { return true; }
  // `position` counts the bytes read, the offending token included.
  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) override {
    offset = position >= last_token.size() ? position - last_token.size() : 0;
    std::string what = ex.what();
    size_t colon = what.find(": ", what.find("column"));
    message = colon == std::string::npos ? what : what.substr(colon + 2);
    return false;
  }

  size_t offset = 0;
  std::string message = "not valid JSON";
};

}  // namespace

bool SplitJsonArray(absl::string_view json, std::vector<JsonEntry>* entries,
                    std::string* error, size_t* error_offset) {
  size_t i = absl::StartsWith(json, "\xEF\xBB\xBF") ? 3 : 0;  // UTF-8 BOM
  while (i < json.size() && absl::ascii_isspace(json[i])) ++i;
  if (i < json.size() && json[i] == '{') {  // one item, not in an array
    entries->push_back({i, json.substr(i)});
    return true;
  }
  if (i >= json.size() || json[i] != '[') {
    *error = "expected a JSON array of CSL items";
    *error_offset = i;
    return false;
  }
  if (SplitElements(json, i, entries)) return true;
  *error = "the array is not closed (a missing ']' or '}')";
  *error_offset = json.size();
  return false;
}

void FindJsonError(absl::string_view text, size_t* offset,
                   std::string* message) {
  ErrorFinder finder;
  Json::sax_parse(text.begin(), text.end(), &finder);
  *offset = finder.offset;
  *message = finder.message;
}

SourceLocation LocationAt(absl::string_view text, absl::string_view file,
                          size_t offset) {
  SourceLocation location{std::string(file), 1, 1,
                          static_cast<int64_t>(offset)};
  for (size_t i = 0; i < offset && i < text.size(); ++i) {
    if (text[i] == '\n') {
      ++location.line;
      location.column = 1;
    } else if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
      ++location.column;
    }
  }
  return location;
}

}  // namespace checker
