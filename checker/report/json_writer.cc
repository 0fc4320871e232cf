#include "checker/report/json_writer.h"

#include <memory>

#include "absl/strings/str_cat.h"
#include "google/protobuf/descriptor.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/util/json_util.h"
#include "google/protobuf/util/type_resolver.h"
#include "google/protobuf/util/type_resolver_util.h"

namespace checker {

absl::StatusOr<std::string> MessageToJson(
    const google::protobuf::Message& message) {
  // MessageToJsonString prints map entries (qualifiers) in hash order, which
  // changes between runs. Serializing deterministically (maps sorted by key)
  // and printing from the binary gives the same bytes every time.
  std::string binary;
  {
    google::protobuf::io::StringOutputStream stream(&binary);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    message.SerializeToCodedStream(&coded);
  }
  constexpr char kUrlPrefix[] = "type.googleapis.com";
  std::unique_ptr<google::protobuf::util::TypeResolver> resolver(
      google::protobuf::util::NewTypeResolverForDescriptorPool(
          kUrlPrefix, message.GetDescriptor()->file()->pool()));
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  std::string json;
  auto status = google::protobuf::util::BinaryToJsonString(
      resolver.get(),
      absl::StrCat(kUrlPrefix, "/", message.GetDescriptor()->full_name()),
      binary, &json, options);
  if (!status.ok()) {
    return absl::InternalError(
        absl::StrCat("cannot print ", message.GetDescriptor()->full_name(),
                     " as JSON: ", status.ToString()));
  }
  return json;
}

absl::StatusOr<std::string> ReportToJson(const Report& report) {
  absl::StatusOr<std::string> json = MessageToJson(report);
  if (json.ok()) *json += '\n';
  return json;
}

absl::Status WriteJson(const Report& report, std::ostream* out) {
  absl::StatusOr<std::string> json = ReportToJson(report);
  if (!json.ok()) return json.status();
  *out << *json;
  return absl::OkStatus();
}

}  // namespace checker
