// report.json: the protobuf JSON mapping of a Report (field names as in
// proto/finding.proto), compact, on one line ending in '\n': the bytes
// `checker check --format json` prints. Map entries (qualifiers) are sorted
// by key so the bytes never vary between runs.
//
//   CHECKER_RETURN_IF_ERROR(WriteJson(report, &out));
#ifndef CHECKER_REPORT_JSON_WRITER_H_
#define CHECKER_REPORT_JSON_WRITER_H_

#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "google/protobuf/message.h"
#include "proto/finding.pb.h"

namespace checker {

// The compact protobuf JSON mapping of any message (field names as in the
// .proto), with map entries sorted by key: deterministic. Streaming writers
// (`checker check`) print a Report piece by piece with it and get the same
// bytes as ReportToJson. Internal error only if protobuf fails.
absl::StatusOr<std::string> MessageToJson(
    const google::protobuf::Message& message);

// MessageToJson(report) and '\n'.
absl::StatusOr<std::string> ReportToJson(const Report& report);

absl::Status WriteJson(const Report& report, std::ostream* out);

}  // namespace checker

#endif  // CHECKER_REPORT_JSON_WRITER_H_
