#include "checker/base/document_path.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "absl/strings/str_split.h"

namespace checker {

absl::StatusOr<std::string> ResolveDocumentPath(
    absl::string_view root, absl::string_view path,
    const DocumentPathOptions& options) {
  if (path.empty()) {
    return absl::InvalidArgumentError(
        "document path is empty; give the document's path under the docs "
        "root");
  }
  if (absl::StrContains(path, '\0')) {
    return absl::InvalidArgumentError(
        "document path holds a NUL byte; fix the path");
  }
  const bool absolute = path.front() == '/';
  if (absolute && !options.allow_absolute) {
    return absl::InvalidArgumentError(absl::StrCat(
        "document path ", path,
        " is absolute; write it relative to the docs root ", root,
        " (absolute paths are refused, so a claim file cannot point "
        "anywhere on the disk)"));
  }
  std::vector<absl::string_view> kept;
  for (absl::string_view part : absl::StrSplit(path, '/')) {
    if (part.empty() || part == ".") continue;
    if (part == "..") {
      if (kept.empty()) {
        return absl::InvalidArgumentError(absl::StrCat(
            "document path ", path, " leads outside the docs root ", root,
            "; write it relative to the root, without climbing above it"));
      }
      kept.pop_back();
      continue;
    }
    kept.push_back(part);
  }
  if (kept.empty()) {
    return absl::InvalidArgumentError(absl::StrCat(
        "document path ", path, " names the docs root itself, not a file"));
  }
  std::string relative = absl::StrJoin(kept, "/");
  if (absolute) return absl::StrCat("/", relative);
  if (root.empty()) return relative;
  return absl::StrCat(root, absl::EndsWith(root, "/") ? "" : "/", relative);
}

namespace {

absl::Status TooLarge(const std::string& path, uint64_t max_bytes) {
  return absl::ResourceExhaustedError(
      absl::StrCat(path, ": larger than the limit of ", max_bytes,
                   " bytes for a document; not read"));
}

}  // namespace

absl::StatusOr<std::string> ReadRegularFile(const std::string& path,
                                            uint64_t max_bytes) {
  // Non-blocking, so opening a FIFO with no writer returns at once.
  int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
  if (fd < 0) {
    if (errno == ENOENT || errno == ENOTDIR) {
      return absl::NotFoundError(absl::StrCat(path, ": no such file"));
    }
    return absl::PermissionDeniedError(
        absl::StrCat(path, ": cannot open: ", std::strerror(errno)));
  }
  struct stat info;
  if (::fstat(fd, &info) != 0) {
    int error = errno;
    ::close(fd);
    return absl::PermissionDeniedError(
        absl::StrCat(path, ": cannot stat: ", std::strerror(error)));
  }
  if (!S_ISREG(info.st_mode)) {
    ::close(fd);
    return absl::FailedPreconditionError(absl::StrCat(
        path,
        ": not a regular file (a directory, device, FIFO or socket); "
        "documents must be regular files; not read"));
  }
  if (static_cast<uint64_t>(info.st_size) > max_bytes) {
    ::close(fd);
    return TooLarge(path, max_bytes);
  }
  std::string bytes;
  bytes.reserve(static_cast<size_t>(info.st_size));
  char buffer[1 << 16];
  while (true) {
    ssize_t n = ::read(fd, buffer, sizeof(buffer));
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) {
      int error = errno;
      ::close(fd);
      return absl::DataLossError(
          absl::StrCat(path, ": read error: ", std::strerror(error)));
    }
    if (n == 0) break;
    if (bytes.size() + static_cast<size_t>(n) > max_bytes) {
      ::close(fd);
      return TooLarge(path, max_bytes);
    }
    bytes.append(buffer, static_cast<size_t>(n));
  }
  ::close(fd);
  return bytes;
}

}  // namespace checker
