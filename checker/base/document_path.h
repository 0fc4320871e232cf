// Where a source's document may be read from, and how much of it. Every
// reader of a document named in the claim base (lint, re-anchoring, report
// --docs) resolves the name here first, so a claim file can never make the
// tool read outside the documents root or hang on a device.
//
//   absl::StatusOr<std::string> path =
//       ResolveDocumentPath("corpus", "seeds/001.txt", {});
//   // *path == "corpus/seeds/001.txt"
//   ResolveDocumentPath("corpus", "../../etc/passwd", {});   // InvalidArgument
#ifndef CHECKER_BASE_DOCUMENT_PATH_H_
#define CHECKER_BASE_DOCUMENT_PATH_H_

#include <cstdint>
#include <string>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"

namespace checker {

// The default cap on a document's size: 1 GiB, far above any text a person
// cites, far below what would exhaust memory.
inline constexpr uint64_t kMaxDocumentBytes = uint64_t{1} << 30;

struct DocumentPathOptions {
  // Absolute document paths are refused unless this is set (then they are
  // used as they are, still normalized).
  bool allow_absolute = false;
};

// `root` + "/" + `path`, with "." and empty components removed and ".."
// applied lexically. InvalidArgument (the message names the path, the root
// and what to do) when `path` is empty, holds a NUL byte, is absolute and
// not allowed, or climbs above `root` with "..". Pure: touches no file.
// Symbolic links inside the root are followed by the later read; they are
// placed by whoever owns the root.
absl::StatusOr<std::string> ResolveDocumentPath(
    absl::string_view root, absl::string_view path,
    const DocumentPathOptions& options);

// The bytes of the regular file `path`, at most `max_bytes` of them.
// NotFound if it does not exist; FailedPrecondition if it is not a regular
// file (a directory, device such as /dev/zero, FIFO or socket: it is opened
// non-blocking and never read); ResourceExhausted if it holds more than
// `max_bytes` (checked before and while reading, so a growing file stops
// too). Messages name the path and the limit, never the file's bytes.
absl::StatusOr<std::string> ReadRegularFile(const std::string& path,
                                            uint64_t max_bytes);

}  // namespace checker

#endif  // CHECKER_BASE_DOCUMENT_PATH_H_
