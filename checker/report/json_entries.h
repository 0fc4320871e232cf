// Splitting a JSON array into its elements' byte ranges before parsing them
// one by one, so one malformed element is reported by position and skipped
// while the others are still read (used by the CSL-JSON importer).
//
//   std::vector<JsonEntry> entries;
//   std::string error;
//   size_t error_offset;
//   if (!SplitJsonArray(text, &entries, &error, &error_offset)) { ... }
#ifndef CHECKER_REPORT_JSON_ENTRIES_H_
#define CHECKER_REPORT_JSON_ENTRIES_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/base/issue.h"

namespace checker {

// One top-level element: its bytes and the offset where they start.
struct JsonEntry {
  size_t begin = 0;
  absl::string_view text;
};

// Splits `json` (an array, or a single object taken as one element) by
// scanning brackets and strings, without judging the elements. Returns false
// with `error` and `error_offset` when the text is no array, or the array is
// not closed (then the rest of the text is one last entry).
bool SplitJsonArray(absl::string_view json, std::vector<JsonEntry>* entries,
                    std::string* error, size_t* error_offset);

// Why nlohmann-json rejects `text`, and the offset of the offending token.
// Precondition: `text` is not valid JSON.
void FindJsonError(absl::string_view text, size_t* offset,
                   std::string* message);

// Line and column (1-based, in code points) of `offset` in `text`.
SourceLocation LocationAt(absl::string_view text, absl::string_view file,
                          size_t offset);

}  // namespace checker

#endif  // CHECKER_REPORT_JSON_ENTRIES_H_
