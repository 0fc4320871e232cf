#include "checker/store/textproto_parse.h"

#include "absl/strings/str_cat.h"
#include "absl/strings/strip.h"
#include "google/protobuf/io/tokenizer.h"

namespace checker {
namespace {

// Turns protobuf's 0-based parse errors into issues.
class IssueCollector : public google::protobuf::io::ErrorCollector {
 public:
  IssueCollector(const std::string& path, IssueList* issues)
      : path_(path), issues_(issues) {}

  void AddError(int line, google::protobuf::io::ColumnNumber column,
                const std::string& message) override {
    ++errors_;
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
  SourceLocation Where(int line, int column) const {
    // Protobuf gives -1 when it has no position (e.g. at end of input).
    return {path_, line >= 0 ? line + 1 : 0, column >= 0 ? column + 1 : 0};
  }

  const std::string& path_;
  IssueList* issues_;
  int errors_ = 0;
};

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
  IssueCollector collector(path, issues);
  google::protobuf::TextFormat::Parser parser;
  parser.RecordErrorsTo(&collector);
  if (tree != nullptr) parser.WriteLocationsTo(tree);
  // A UTF-8 byte order mark (some Windows editors write one) is not text:
  // skipped, so the columns of line 1 are the ones the editor shows.
  absl::string_view body = text;
  absl::ConsumePrefix(&body, "\xEF\xBB\xBF");
  bool ok = body.size() == text.size()
                ? parser.ParseFromString(text, message)
                : parser.ParseFromString(std::string(body), message);
  if (!ok && collector.errors() == 0) {
    // Protobuf failed without saying where; still say which file.
    issues->Error({path, 0, 0},
                  "cannot be parsed as textproto; fix the syntax and run lint "
                  "again");
  }
  return ok && collector.errors() == 0;
}

}  // namespace checker
