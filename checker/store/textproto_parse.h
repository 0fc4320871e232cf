// Parsing textproto with issues and field locations; shared by the loader,
// ReadClaimFile and the fuzzer.
#ifndef CHECKER_STORE_TEXTPROTO_PARSE_H_
#define CHECKER_STORE_TEXTPROTO_PARSE_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "checker/base/issue.h"
#include "google/protobuf/message.h"
#include "google/protobuf/text_format.h"

namespace checker {

// Parses `text` (the contents of `path`) into `message`, rejecting unknown
// fields. Each syntax error becomes an issue
//   ERROR: path:LINE:COL: <protobuf's message>; fix the syntax and run lint
//   again
// with 1-based line and column. Returns false if there was an error (then
// `message` is partial and should be dropped). When `tree` is non-null it
// receives the location of every field parsed.
bool ParseTextproto(const std::string& path, const std::string& text,
                    google::protobuf::Message* message,
                    google::protobuf::TextFormat::ParseInfoTree* tree,
                    IssueList* issues);

// ParseTextproto of a whole file whose caller needs a Status: OK when it
// parsed; otherwise its issues are added to `issues` and the error is
// InvalidArgument "PATH: cannot be parsed: <those issues as displayed>".
absl::Status ParseTextprotoFile(const std::string& path,
                                const std::string& text,
                                google::protobuf::Message* message,
                                IssueList* issues);

// Calls `record(field_path, line, column)` (1-based) for every field set in
// `message` whose location `tree` holds, recursing into messages. Paths look
// like "provenance.begin", "document[0].segment[1].end", "cites[2]"; the
// first component is prefixed by `prefix` (which may be empty).
template <typename RecordFn>
void ForEachFieldLocation(
    const google::protobuf::Message& message,
    const google::protobuf::TextFormat::ParseInfoTree& tree,
    const std::string& prefix, const RecordFn& record);

// Calls `visit(field, index, path)` for every value of every field set in
// `message` (not recursing): `index` is the element of a repeated field, -1
// for a singular one, and `path` is as in ForEachFieldLocation.
template <typename VisitFn>
void ForEachSetField(const google::protobuf::Message& message,
                     const std::string& prefix, const VisitFn& visit);

// Implementation details below.
namespace internal_textproto {
std::string FieldPath(const std::string& prefix,
                      const google::protobuf::FieldDescriptor* field,
                      int index);
}  // namespace internal_textproto

template <typename VisitFn>
void ForEachSetField(const google::protobuf::Message& message,
                     const std::string& prefix, const VisitFn& visit) {
  using google::protobuf::FieldDescriptor;
  const google::protobuf::Reflection* reflection = message.GetReflection();
  std::vector<const FieldDescriptor*> fields;
  reflection->ListFields(message, &fields);
  for (const FieldDescriptor* field : fields) {
    const int count =
        field->is_repeated() ? reflection->FieldSize(message, field) : 1;
    for (int i = 0; i < count; ++i) {
      const int index = field->is_repeated() ? i : -1;
      visit(field, index, internal_textproto::FieldPath(prefix, field, index));
    }
  }
}

template <typename RecordFn>
void ForEachFieldLocation(
    const google::protobuf::Message& message,
    const google::protobuf::TextFormat::ParseInfoTree& tree,
    const std::string& prefix, const RecordFn& record) {
  ForEachSetField(message, prefix,
                  [&](const google::protobuf::FieldDescriptor* field, int index,
                      const std::string& path) {
                    auto where = tree.GetLocation(field, index);
                    if (where.line >= 0) {
                      record(path, where.line + 1, where.column + 1);
                    }
                    if (field->cpp_type() !=
                        google::protobuf::FieldDescriptor::CPPTYPE_MESSAGE) {
                      return;
                    }
                    const auto* nested = tree.GetTreeForNested(field, index);
                    if (nested == nullptr) return;
                    const google::protobuf::Reflection* reflection =
                        message.GetReflection();
                    const google::protobuf::Message& child =
                        index >= 0 ? reflection->GetRepeatedMessage(
                                         message, field, index)
                                   : reflection->GetMessage(message, field);
                    ForEachFieldLocation(child, *nested, path, record);
                  });
}

}  // namespace checker

#endif  // CHECKER_STORE_TEXTPROTO_PARSE_H_
