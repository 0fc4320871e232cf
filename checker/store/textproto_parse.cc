#include "checker/store/textproto_parse.h"

#include <memory>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "google/protobuf/io/tokenizer.h"

namespace checker {
namespace {

// Turns protobuf's 0-based parse errors into issues.
class IssueCollector : public google::protobuf::io::ErrorCollector {
 public:
  // `line_offset` is added to every line (a block parsed on its own).
  IssueCollector(const std::string& path, absl::string_view text,
                 IssueList* issues, int line_offset = 0)
      : path_(path), text_(text), issues_(issues), line_offset_(line_offset) {}

  void AddError(int line, google::protobuf::io::ColumnNumber column,
                const std::string& message) override {
    ++errors_;
    column = NameColumn(line, column, message);
    issues_->Error(Where(line, column),
                   absl::StrCat(absl::StripSuffix(message, "."),
                                "; fix the syntax and run lint again"));
  }
  void AddWarning(int line, google::protobuf::io::ColumnNumber column,
                  const std::string& message) override {
    issues_->Warning(Where(line, column), message);
  }
  int errors() const { return errors_; }

 private:
  // Protobuf reports an unknown field or enum value at the token after its
  // name; point at the name itself, when it is on the same line before.
  int NameColumn(int line, int column, absl::string_view message) const {
    size_t quote = absl::string_view::npos;
    for (absl::string_view lead :
         {"no field named \"", "value of \"", "no value named \""}) {
      size_t at = message.find(lead);
      if (at != absl::string_view::npos) {
        quote = at + lead.size();
        break;
      }
    }
    if (quote == absl::string_view::npos || line < 0 || column < 0) {
      return column;
    }
    size_t close = message.find('"', quote);
    if (close == absl::string_view::npos || close == quote) return column;
    absl::string_view name = message.substr(quote, close - quote);
    size_t start = 0;
    for (int l = 0; l < line && start != absl::string_view::npos; ++l) {
      start = text_.find('\n', start);
      if (start != absl::string_view::npos) ++start;
    }
    if (start == absl::string_view::npos) return column;
    absl::string_view row =
        text_.substr(start, std::min<size_t>(column, text_.size() - start));
    size_t at = row.rfind(name);
    return at == absl::string_view::npos ? column : static_cast<int>(at);
  }

  SourceLocation Where(int line, int column) const {
    // Protobuf gives -1 when it has no position (e.g. at end of input).
    return {path_, line >= 0 ? line + 1 + line_offset_ : 0,
            column >= 0 ? column + 1 : 0};
  }

  const std::string& path_;
  absl::string_view text_;
  IssueList* issues_;
  int line_offset_;
  int errors_ = 0;
};

// A top-level item of a textproto file ("claim { ... }"): its byte range
// and first line (0-based), found by brace depth outside strings and
// comments. Items that start mid-line are not split off.
struct Block {
  size_t begin;
  size_t end;
  int line;
};

std::vector<Block> TopLevelBlocks(absl::string_view text) {
  std::vector<Block> blocks;
  int depth = 0, line = 0, block_line = 0;
  size_t block_begin = 0;
  bool at_line_start = true, open = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (c == '\n') {
      ++line;
      at_line_start = true;
      continue;
    }
    if (c == '#') {  // a comment, to the end of the line
      while (i + 1 < text.size() && text[i + 1] != '\n') ++i;
      continue;
    }
    if (c == '"' || c == '\'') {  // a string: skip to its closing quote
      for (++i; i < text.size() && text[i] != c && text[i] != '\n'; ++i) {
        if (text[i] == '\\') ++i;
      }
      if (i < text.size() && text[i] == '\n') --i;
      continue;
    }
    if (depth == 0 && !open && at_line_start && c != ' ' && c != '\t' &&
        c != '\r') {
      open = true;
      block_begin = i;
      block_line = line;
    }
    if (c != ' ' && c != '\t' && c != '\r') at_line_start = false;
    if (c == '{' || c == '<') ++depth;
    if ((c == '}' || c == '>') && depth > 0 && --depth == 0 && open) {
      blocks.push_back({block_begin, i + 1, block_line});
      open = false;
    }
  }
  return blocks;
}

// After the first syntax error of a file, the errors of its later
// top-level items: each is parsed on its own, so one run names them all.
void ReportLaterErrors(const std::string& path, absl::string_view text,
                       int first_error_line,
                       const google::protobuf::Message& type,
                       IssueList* issues) {
  for (const Block& block : TopLevelBlocks(text)) {
    if (block.line <= first_error_line) continue;
    std::string item(text.substr(block.begin, block.end - block.begin));
    IssueCollector collector(path, item, issues, block.line);
    google::protobuf::TextFormat::Parser parser;
    parser.RecordErrorsTo(&collector);
    std::unique_ptr<google::protobuf::Message> scratch(type.New());
    parser.ParseFromString(item, scratch.get());
  }
}

}  // namespace

namespace internal_textproto {
std::string FieldPath(const std::string& prefix,
                      const google::protobuf::FieldDescriptor* field,
                      int index) {
  std::string path =
      prefix.empty() ? field->name() : absl::StrCat(prefix, ".", field->name());
  if (index >= 0) absl::StrAppend(&path, "[", index, "]");
  return path;
}
}  // namespace internal_textproto

bool ParseTextproto(const std::string& path, const std::string& text,
                    google::protobuf::Message* message,
                    google::protobuf::TextFormat::ParseInfoTree* tree,
                    IssueList* issues) {
  // A UTF-8 byte order mark (some Windows editors write one) is not text:
  // skipped, so the columns of line 1 are the ones the editor shows.
  absl::string_view body = text;
  absl::ConsumePrefix(&body, "\xEF\xBB\xBF");
  IssueCollector collector(path, body, issues);
  google::protobuf::TextFormat::Parser parser;
  parser.RecordErrorsTo(&collector);
  if (tree != nullptr) parser.WriteLocationsTo(tree);
  bool ok = body.size() == text.size()
                ? parser.ParseFromString(text, message)
                : parser.ParseFromString(std::string(body), message);
  if (!ok && collector.errors() == 0) {
    // Protobuf failed without saying where; still say which file.
    issues->Error({path, 0, 0},
                  "cannot be parsed as textproto; fix the syntax and run lint "
                  "again");
  }
  if (collector.errors() > 0) {
    int first_line = 0;
    for (const Issue& issue : issues->issues()) {
      if (issue.location.file == path) first_line = issue.location.line;
    }
    // The first error's line, 0-based, as the blocks count lines (a BOM
    // adds no line).
    ReportLaterErrors(path, body, first_line - 1, *message, issues);
  }
  return ok && collector.errors() == 0;
}

absl::Status ParseTextprotoFile(const std::string& path,
                                const std::string& text,
                                google::protobuf::Message* message,
                                IssueList* issues) {
  IssueList own;
  if (ParseTextproto(path, text, message, nullptr, &own)) {
    return absl::OkStatus();
  }
  std::string shown = own.ToDisplayString();
  while (!shown.empty() && shown.back() == '\n') shown.pop_back();
  for (const Issue& issue : own.issues()) issues->Add(issue);
  return absl::InvalidArgumentError(
      absl::StrCat(path, ": cannot be parsed: ", shown));
}

}  // namespace checker
