// The file access the claim store needs, behind a small interface so tests
// and fuzzers run in memory (like ninja's FileReader / VirtualFileSystem).
//
//   RealFileReader disk;  // the real file system
//   LoadClaimBase(disk, "claims", {}, &issues);
//
//   MemoryFileReader memory;  // tests: files held in memory
//   memory.Add("claims/a.textproto", "claim { id: \"c1\" }");
//   LoadClaimBase(memory, "claims", {}, &issues);
//
// Paths use '/'. Implementations are not required to be thread-safe.
#ifndef CHECKER_STORE_FILE_READER_H_
#define CHECKER_STORE_FILE_READER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "google/protobuf/io/zero_copy_stream.h"

namespace checker {

class FileReader {
 public:
  virtual ~FileReader() = default;

  // The whole file. NotFound if it does not exist (message names the path),
  // another error if it exists but cannot be read.
  virtual absl::StatusOr<std::string> Read(const std::string& path) const = 0;
  // A document a claim points into (a path already resolved with
  // ResolveDocumentPath): as Read, but FailedPrecondition for anything but a
  // regular file and ResourceExhausted above `max_bytes` (see
  // ReadRegularFile). The default reads with Read() and checks the size.
  virtual absl::StatusOr<std::string> ReadDocument(const std::string& path,
                                                   uint64_t max_bytes) const;

  // True if `path` names a directory.
  virtual bool IsDirectory(const std::string& path) const = 0;

  // Every regular file below directory `dir`, recursively, as `dir` + "/" +
  // relative path (no doubled '/'), sorted by path. NotFound if `dir` is not
  // a directory.
  virtual absl::StatusOr<std::vector<std::string>> ListFilesRecursively(
      const std::string& dir) const = 0;

  // A stream over the file's bytes, for large binary files. The default
  // reads the whole file with Read(); RealFileReader streams from disk.
  virtual absl::StatusOr<
      std::unique_ptr<google::protobuf::io::ZeroCopyInputStream>>
  OpenStream(const std::string& path) const;
};

// The real file system (checker/base/file_io.h and std::filesystem).
class RealFileReader : public FileReader {
 public:
  absl::StatusOr<std::string> Read(const std::string& path) const override;
  absl::StatusOr<std::string> ReadDocument(const std::string& path,
                                           uint64_t max_bytes) const override;
  bool IsDirectory(const std::string& path) const override;
  absl::StatusOr<std::vector<std::string>> ListFilesRecursively(
      const std::string& dir) const override;
  absl::StatusOr<std::unique_ptr<google::protobuf::io::ZeroCopyInputStream>>
  OpenStream(const std::string& path) const override;
};

// Files held in memory. A directory exists when some file lies below it.
class MemoryFileReader : public FileReader {
 public:
  void Add(const std::string& path, std::string contents) {
    files_[path] = std::move(contents);
  }
  absl::StatusOr<std::string> Read(const std::string& path) const override;
  bool IsDirectory(const std::string& path) const override;
  absl::StatusOr<std::vector<std::string>> ListFilesRecursively(
      const std::string& dir) const override;

 private:
  std::map<std::string, std::string> files_;
};

// `dir` + "/" + `name` without a doubled or trailing '/'.
std::string JoinPath(absl::string_view dir, absl::string_view name);

}  // namespace checker

#endif  // CHECKER_STORE_FILE_READER_H_
