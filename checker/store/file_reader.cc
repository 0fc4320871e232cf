#include "checker/store/file_reader.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/base/document_path.h"
#include "checker/base/file_io.h"
#include "google/protobuf/io/zero_copy_stream_impl.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"

namespace checker {
namespace {

namespace fs = std::filesystem;
using google::protobuf::io::ZeroCopyInputStream;

// An ArrayInputStream that owns its bytes.
class OwningArrayInputStream : public ZeroCopyInputStream {
 public:
  explicit OwningArrayInputStream(std::string bytes)
      : bytes_(std::move(bytes)),
        stream_(bytes_.data(), static_cast<int>(bytes_.size())) {}
  bool Next(const void** data, int* size) override {
    return stream_.Next(data, size);
  }
  void BackUp(int count) override { stream_.BackUp(count); }
  bool Skip(int count) override { return stream_.Skip(count); }
  int64_t ByteCount() const override { return stream_.ByteCount(); }

 private:
  std::string bytes_;
  google::protobuf::io::ArrayInputStream stream_;
};

// A FileInputStream that owns (and closes) its descriptor.
class OwningFileInputStream : public google::protobuf::io::FileInputStream {
 public:
  explicit OwningFileInputStream(int fd)
      : FileInputStream(fd, /*block_size=*/1 << 20) {
    SetCloseOnDelete(true);
  }
};

}  // namespace

std::string JoinPath(absl::string_view dir, absl::string_view name) {
  while (dir.size() > 1 && absl::EndsWith(dir, "/")) dir.remove_suffix(1);
  if (dir.empty()) return std::string(name);
  if (dir == "/") return absl::StrCat("/", name);
  return absl::StrCat(dir, "/", name);
}

absl::StatusOr<std::unique_ptr<ZeroCopyInputStream>> FileReader::OpenStream(
    const std::string& path) const {
  absl::StatusOr<std::string> bytes = Read(path);
  if (!bytes.ok()) return bytes.status();
  if (bytes->size() > static_cast<size_t>(INT32_MAX)) {
    return absl::ResourceExhaustedError(
        absl::StrCat(path, ": too large to read in memory"));
  }
  return std::unique_ptr<ZeroCopyInputStream>(
      new OwningArrayInputStream(*std::move(bytes)));
}

absl::StatusOr<std::string> FileReader::ReadDocument(const std::string& path,
                                                     uint64_t max_bytes) const {
  absl::StatusOr<std::string> bytes = Read(path);
  if (bytes.ok() && bytes->size() > max_bytes) {
    return absl::ResourceExhaustedError(
        absl::StrCat(path, ": larger than the limit of ", max_bytes,
                     " bytes for a document; not read"));
  }
  return bytes;
}

absl::StatusOr<std::string> RealFileReader::ReadDocument(
    const std::string& path, uint64_t max_bytes) const {
  return ReadRegularFile(path, max_bytes);
}

absl::StatusOr<std::string> RealFileReader::Read(
    const std::string& path) const {
  if (IsDirectory(path)) {
    return absl::FailedPreconditionError(
        absl::StrCat(path, ": is a directory, not a file"));
  }
  // Regular files only: `checker lint /dev/zero` must not read forever.
  return ReadRegularFile(path, UINT64_MAX);
}

bool RealFileReader::IsDirectory(const std::string& path) const {
  std::error_code error;
  return fs::is_directory(path, error);
}

absl::StatusOr<std::vector<std::string>> RealFileReader::ListFilesRecursively(
    const std::string& dir) const {
  std::error_code error;
  if (!fs::is_directory(dir, error)) {
    return absl::NotFoundError(absl::StrCat(dir, ": no such directory"));
  }
  std::vector<std::string> files;
  fs::recursive_directory_iterator it(
      dir, fs::directory_options::follow_directory_symlink, error);
  for (; !error && it != fs::recursive_directory_iterator();
       it.increment(error)) {
    if (!it->is_regular_file(error)) continue;
    std::string relative = it->path().lexically_relative(dir).generic_string();
    files.push_back(JoinPath(dir, relative));
  }
  if (error) {
    return absl::PermissionDeniedError(
        absl::StrCat(dir, ": cannot list: ", error.message()));
  }
  std::sort(files.begin(), files.end());
  return files;
}

absl::StatusOr<std::unique_ptr<ZeroCopyInputStream>> RealFileReader::OpenStream(
    const std::string& path) const {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) {
    if (errno == ENOENT) {
      return absl::NotFoundError(absl::StrCat(path, ": no such file"));
    }
    return absl::PermissionDeniedError(
        absl::StrCat(path, ": cannot open: ", std::strerror(errno)));
  }
  return std::unique_ptr<ZeroCopyInputStream>(new OwningFileInputStream(fd));
}

absl::StatusOr<std::string> MemoryFileReader::Read(
    const std::string& path) const {
  auto it = files_.find(path);
  if (it == files_.end()) {
    return absl::NotFoundError(absl::StrCat(path, ": no such file"));
  }
  return it->second;
}

bool MemoryFileReader::IsDirectory(const std::string& path) const {
  std::string prefix = JoinPath(path, "");
  auto it = files_.lower_bound(prefix);
  return it != files_.end() && absl::StartsWith(it->first, prefix);
}

absl::StatusOr<std::vector<std::string>> MemoryFileReader::ListFilesRecursively(
    const std::string& dir) const {
  if (!IsDirectory(dir)) {
    return absl::NotFoundError(absl::StrCat(dir, ": no such directory"));
  }
  std::string prefix = JoinPath(dir, "");
  std::vector<std::string> files;
  for (auto it = files_.lower_bound(prefix);
       it != files_.end() && absl::StartsWith(it->first, prefix); ++it) {
    files.push_back(it->first);
  }
  return files;
}

}  // namespace checker
