// Problems found in the user's files (claims, gazetteer, rules, documents).
//
// Problems in user files are collected, not thrown: every stage appends
// Issues to an IssueList and goes on, so one run reports them all. Failures
// of the tool itself are absl::Status instead.
//
//   IssueList issues;
//   issues.Error({"claims/x.textproto", 12, 5}, "unknown source \"foo\"; "
//                "add it to sources.textproto or fix the id");
//   std::cerr << issues.ToDisplayString(reader);
#ifndef CHECKER_BASE_ISSUE_H_
#define CHECKER_BASE_ISSUE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/strings/string_view.h"

namespace checker {

enum class IssueSeverity { kWarning, kError };

// A place in a user's file. Line and column are 1-based; 0 means unknown
// (then `byte_offset`, if set, locates it; -1 means unknown).
struct SourceLocation {
  std::string file;
  int line = 0;
  int column = 0;
  int64_t byte_offset = -1;
};

struct Issue {
  IssueSeverity severity = IssueSeverity::kError;
  SourceLocation location;
  // What is wrong and what to do about it, in one or two sentences.
  std::string message;

  // "ERROR: claims/x.textproto:12:5: message" (or "...:@1234: message" for a
  // byte offset). No trailing newline.
  std::string ToString() const;
};

// An ordered collection of issues. Not thread-safe.
class IssueList {
 public:
  void Add(Issue issue) { issues_.push_back(std::move(issue)); }
  void Error(SourceLocation location, std::string message);
  void Warning(SourceLocation location, std::string message);

  const std::vector<Issue>& issues() const { return issues_; }
  bool empty() const { return issues_.empty(); }
  int error_count() const;
  int warning_count() const;
  bool has_errors() const { return error_count() > 0; }

  // Sorts by file, line, column, then message; stable output for tests.
  void Sort();

  // Every issue on its own line. When `file_text` can give the text of a
  // file (non-null, returns empty for unknown files), each issue with a line
  // and column is followed by that source line and a caret under the column.
  template <typename FileTextFn>
  std::string ToDisplayString(const FileTextFn& file_text) const;
  std::string ToDisplayString() const;

 private:
  std::vector<Issue> issues_;
};

// The source line `line` (1-based) of `text` and a caret line pointing at
// `column` (1-based), each ending in '\n'; empty if out of range. A line
// longer than kMaxSnippetBytes is shown as a window around the column, cut
// ends marked "...", so an error on a 50 MB line prints a few hundred bytes.
inline constexpr size_t kMaxSnippetBytes = 160;
std::string CaretSnippet(absl::string_view text, int line, int column);

// Messages longer than this are cut in the display ("... (N more bytes)").
inline constexpr size_t kMaxMessageBytes = 2000;

namespace internal_issue {
// Issue::ToString() with the message cut to kMaxMessageBytes.
std::string DisplayLine(const Issue& issue);
// The line and caret for `row` (one line, no '\n') at 1-based `column`.
std::string RowSnippet(absl::string_view row, int column);
// A file's text and where each of its lines starts, built once per file so
// showing N issues costs O(file + N), not O(file * N).
class LineIndex {
 public:
  explicit LineIndex(std::string text);
  // Line `line` (1-based) without its '\n'; false if out of range.
  bool Line(int line, absl::string_view* row) const;

 private:
  std::string text_;
  std::vector<size_t> starts_;
};
}  // namespace internal_issue

template <typename FileTextFn>
std::string IssueList::ToDisplayString(const FileTextFn& file_text) const {
  std::string out;
  // Issues are usually sorted by file: each file's text is asked for once.
  const std::string* indexed_file = nullptr;
  std::optional<internal_issue::LineIndex> index;
  for (const Issue& issue : issues_) {
    out += internal_issue::DisplayLine(issue);
    out += '\n';
    if (issue.location.line <= 0 || issue.location.column <= 0) continue;
    if (indexed_file == nullptr || *indexed_file != issue.location.file) {
      index.emplace(std::string(file_text(issue.location.file)));
      indexed_file = &issue.location.file;
    }
    absl::string_view row;
    if (index->Line(issue.location.line, &row)) {
      out += internal_issue::RowSnippet(row, issue.location.column);
    }
  }
  return out;
}

}  // namespace checker

#endif  // CHECKER_BASE_ISSUE_H_
