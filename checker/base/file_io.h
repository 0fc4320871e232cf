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

// The two halves of WriteFileAtomically, for a writer that must act between
// them (hold a lock, compare the file once more):
//
//   const std::string temp = TempPathFor(path);
//   CHECKER_RETURN_IF_ERROR(WriteSyncedFile(temp, contents, path));
//   ...
//   CHECKER_RETURN_IF_ERROR(RenameOver(temp, path));
//
// "PATH.tmp.PID": the temporary name a write of `path` by this process uses.
std::string TempPathFor(const std::string& path);
// Writes `contents` to `temp` (created, or truncated, with mode 0644) and
// fsyncs it. On failure `temp` is removed and the error names `path`, the
// file it is meant to replace.
absl::Status WriteSyncedFile(const std::string& temp,
                             absl::string_view contents,
                             const std::string& path);
// rename(2) of `temp` over `path`; on failure `temp` is removed and the
// error names `path`.
absl::Status RenameOver(const std::string& temp, const std::string& path);

// Writes all of `contents` to the open descriptor `fd` (a short write or
// EINTR is retried), fsyncs it and closes it, on failure too. Errors name
// `shown`, the file as the person knows it: DataLoss "SHOWN: write failed:
// ..." or "SHOWN: cannot flush: ...". The core of WriteSyncedFile, for a
// writer that opens the file its own way (O_EXCL).
absl::Status WriteAllAndClose(int fd, absl::string_view contents,
                              const std::string& shown);

// Lowercase hex SHA-256 of `data` (for document content hashes).
std::string Sha256Hex(absl::string_view data);

}  // namespace checker

#endif  // CHECKER_BASE_FILE_IO_H_
