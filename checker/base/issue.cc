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
  return static_cast<int>(std::count_if(
      issues_.begin(), issues_.end(),
      [](const Issue& i) { return i.severity == IssueSeverity::kError; }));
}

int IssueList::warning_count() const {
  return static_cast<int>(issues_.size()) - error_count();
}

void IssueList::Sort() {
  std::stable_sort(
      issues_.begin(), issues_.end(), [](const Issue& a, const Issue& b) {
        return std::tie(a.location.file, a.location.line, a.location.column,
                        a.location.byte_offset, a.message) <
               std::tie(b.location.file, b.location.line, b.location.column,
                        b.location.byte_offset, b.message);
      });
}

std::string IssueList::ToDisplayString() const {
  return ToDisplayString([](const std::string&) { return std::string(); });
}

std::string CaretSnippet(absl::string_view text, int line, int column) {
  if (text.empty() || line <= 0 || column <= 0) return "";
  absl::string_view row;
  internal_issue::LineIndex index{std::string(text)};
  if (!index.Line(line, &row)) return "";
  return internal_issue::RowSnippet(row, column);
}

namespace internal_issue {

std::string DisplayLine(const Issue& issue) {
  if (issue.message.size() <= kMaxMessageBytes) return issue.ToString();
  Issue cut = {issue.severity, issue.location, ""};
  size_t keep = kMaxMessageBytes;
  // Not inside a UTF-8 sequence.
  while (keep > 0 &&
         (static_cast<unsigned char>(issue.message[keep]) & 0xC0) == 0x80) {
    --keep;
  }
  cut.message = absl::StrCat(issue.message.substr(0, keep), "... (",
                             issue.message.size() - keep, " more bytes)");
  return cut.ToString();
}

std::string RowSnippet(absl::string_view row, int column) {
  if (column <= 0 || static_cast<size_t>(column) > row.size() + 1) return "";
  size_t at = static_cast<size_t>(column - 1);
  size_t begin = 0;
  size_t end = row.size();
  if (row.size() > kMaxSnippetBytes) {
    begin = at > kMaxSnippetBytes / 2 ? at - kMaxSnippetBytes / 2 : 0;
    end = std::min(row.size(), begin + kMaxSnippetBytes);
    auto continuation = [&](size_t i) {
      return i < row.size() &&
             (static_cast<unsigned char>(row[i]) & 0xC0) == 0x80;
    };
    while (begin > 0 && continuation(begin)) --begin;
    while (end < row.size() && continuation(end)) ++end;
  }
  const bool cut_front = begin > 0;
  const bool cut_back = end < row.size();
  std::string shown =
      absl::StrCat(cut_front ? "..." : "", row.substr(begin, end - begin),
                   cut_back ? "..." : "");
  std::string caret((cut_front ? 3 : 0) + (at - begin), ' ');
  // Keep tabs so the caret lines up under the same column.
  for (size_t i = begin; i < at && i < row.size(); ++i) {
    if (row[i] == '\t') caret[(cut_front ? 3 : 0) + (i - begin)] = '\t';
  }
  return absl::StrCat(shown, "\n", caret, "^\n");
}

LineIndex::LineIndex(std::string text) : text_(std::move(text)) {
  starts_.push_back(0);
  for (size_t i = text_.find('\n'); i != std::string::npos;
       i = text_.find('\n', i + 1)) {
    starts_.push_back(i + 1);
  }
}

bool LineIndex::Line(int line, absl::string_view* row) const {
  if (text_.empty() || line <= 0 ||
      static_cast<size_t>(line) > starts_.size()) {
    return false;
  }
  size_t begin = starts_[static_cast<size_t>(line - 1)];
  size_t end = static_cast<size_t>(line) < starts_.size()
                   ? starts_[static_cast<size_t>(line)] - 1
                   : text_.size();
  *row = absl::string_view(text_).substr(begin, end - begin);
  return true;
}

}  // namespace internal_issue

}  // namespace checker
