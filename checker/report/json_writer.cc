#include "checker/report/json_writer.h"

#include "absl/strings/str_cat.h"
#include "google/protobuf/util/json_util.h"

namespace checker {

absl::StatusOr<std::string> ReportToJson(const Report& report) {
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  options.add_whitespace = true;
  std::string json;
  auto status =
      google::protobuf::util::MessageToJsonString(report, &json, options);
  if (!status.ok()) {
    return absl::InternalError(
        absl::StrCat("cannot print the report as JSON: ", status.ToString()));
  }
  if (json.empty() || json.back() != '\n') json += '\n';
  return json;
}

absl::Status WriteJson(const Report& report, std::ostream* out) {
  absl::StatusOr<std::string> json = ReportToJson(report);
  if (!json.ok()) return json.status();
  *out << *json;
  return absl::OkStatus();
}

}  // namespace checker
