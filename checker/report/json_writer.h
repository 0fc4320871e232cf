// report.json: the protobuf JSON mapping of a Report (field names as in
// proto/finding.proto, protobuf's pretty printing, a final newline), with
// map entries (qualifiers) sorted by key so the bytes never vary.
// `checker check --format json` should print the same bytes: call this.
//
//   CHECKER_RETURN_IF_ERROR(WriteJson(report, &out));
#ifndef CHECKER_REPORT_JSON_WRITER_H_
#define CHECKER_REPORT_JSON_WRITER_H_

#include <ostream>
#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "proto/finding.pb.h"

namespace checker {

// The JSON text, ending in '\n'. Internal error only if protobuf fails.
absl::StatusOr<std::string> ReportToJson(const Report& report);

absl::Status WriteJson(const Report& report, std::ostream* out);

}  // namespace checker

#endif  // CHECKER_REPORT_JSON_WRITER_H_
