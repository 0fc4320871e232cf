#include "checker/base/issue.h"

#include <algorithm>
#include <tuple>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"

namespace checker {

std::string Issue::ToString() const {
  std::string where = location.file;
  if (location.line > 0) {
    absl::StrAppend(&where, ":", location.line);
    if (location.column > 0) absl::StrAppend(&where, ":", location.column);
  } else if (location.byte_offset >= 0) {
    absl::StrAppend(&where, ":@", location.byte_offset);
  }
  return absl::StrCat(severity == IssueSeverity::kError ? "ERROR" : "WARNING",
                      ": ", where, where.empty() ? "" : ": ", message);
}

void IssueList::Error(SourceLocation location, std::string message) {
  issues_.push_back(
      {IssueSeverity::kError, std::move(location), std::move(message)});
}

void IssueList::Warning(SourceLocation location, std::string message) {
  issues_.push_back(
      {IssueSeverity::kWarning, std::move(location), std::move(message)});
}

int IssueList::error_count() const {
  return static_cast<int>(
      std::count_if(issues_.begin(), issues_.end(), [](const Issue& i) {
        return i.severity == IssueSeverity::kError;
      }));
}

int IssueList::warning_count() const {
  return static_cast<int>(issues_.size()) - error_count();
}

void IssueList::Sort() {
  std::stable_sort(issues_.begin(), issues_.end(),
                   [](const Issue& a, const Issue& b) {
                     return std::tie(a.location.file, a.location.line,
                                     a.location.column, a.location.byte_offset,
                                     a.message) <
                            std::tie(b.location.file, b.location.line,
                                     b.location.column, b.location.byte_offset,
                                     b.message);
                   });
}

std::string IssueList::ToDisplayString() const {
  return ToDisplayString([](const std::string&) { return std::string(); });
}

std::string CaretSnippet(absl::string_view text, int line, int column) {
  if (text.empty() || line <= 0 || column <= 0) return "";
  int current = 1;
  for (absl::string_view row : absl::StrSplit(text, '\n')) {
    if (current++ != line) continue;
    if (static_cast<size_t>(column) > row.size() + 1) return "";
    std::string caret(static_cast<size_t>(column - 1), ' ');
    // Keep tabs so the caret lines up under the same column.
    for (size_t i = 0; i < caret.size() && i < row.size(); ++i) {
      if (row[i] == '\t') caret[i] = '\t';
    }
    return absl::StrCat(row, "\n", caret, "^\n");
  }
  return "";
}

}  // namespace checker
