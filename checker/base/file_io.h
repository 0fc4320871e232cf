// Reading and atomically writing whole files.
//
// Writes go to a temporary file in the same directory, then rename(2) over
// the target, so a reader never sees a half-written file and an existing file
// is replaced only once the new one is complete.
#ifndef CHECKER_BASE_FILE_IO_H_
#define CHECKER_BASE_FILE_IO_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace checker {

// The whole file. NotFound if it does not exist; the message names the path.
absl::StatusOr<std::string> ReadFile(const std::string& path);

// Replaces `path` with `contents` atomically (temp file + fsync + rename).
absl::Status WriteFileAtomically(const std::string& path,
                                 absl::string_view contents);

// Lowercase hex SHA-256 of `data` (for document content hashes).
std::string Sha256Hex(absl::string_view data);

}  // namespace checker

#endif  // CHECKER_BASE_FILE_IO_H_
