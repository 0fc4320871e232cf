#include "checker/base/file_set.h"

#include <dirent.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"

namespace checker {
namespace {

namespace fs = std::filesystem;

absl::Status SystemError(const std::string& what, int error) {
  return absl::PermissionDeniedError(
      absl::StrCat(what, ": ", std::strerror(error)));
}

// Creates `path` (it must not exist) holding `contents`, fsynced. Errors
// name `shown`, the path as the person knows it.
absl::Status WriteNewFile(const std::string& path, const std::string& shown,
                          absl::string_view contents) {
  const int fd =
      ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
  if (fd < 0) return SystemError(absl::StrCat(shown, ": cannot create"), errno);
  return WriteAllAndClose(fd, contents, shown);
}

void SyncDirectory(const fs::path& dir) {
  const int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (fd < 0) return;
  ::fsync(fd);
  ::close(fd);
}

bool SameInode(const fs::path& a, const fs::path& b) {
  struct stat sa, sb;
  return ::lstat(a.c_str(), &sa) == 0 && ::lstat(b.c_str(), &sb) == 0 &&
         sa.st_dev == sb.st_dev && sa.st_ino == sb.st_ino;
}

// Empties and removes `old_dir`, deleting only what is safe: regular files
// this run rewrote (`rewritten`), and entries still reachable under the same
// name in `dir`. The rest stays and goes to `kept_aside`.
void RemoveSafely(const fs::path& old_dir, const fs::path& dir,
                  const absl::flat_hash_set<std::string>& rewritten,
                  std::vector<std::string>* kept_aside) {
  std::error_code error;
  std::vector<fs::path> entries;
  for (const auto& entry : fs::directory_iterator(old_dir, error)) {
    entries.push_back(entry.path());
  }
  for (const fs::path& path : entries) {
    const std::string name = path.filename().string();
    struct stat st;
    const bool regular = ::lstat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
    if (regular && (rewritten.contains(name) || SameInode(path, dir / name))) {
      ::unlink(path.c_str());
    } else if (kept_aside != nullptr) {
      kept_aside->push_back(path.string());
    }
  }
  ::rmdir(old_dir.c_str());  // fails, and keeps it, when something stayed
}

// The PID in a sibling name ".BASE.tmp.PID" or ".BASE.old.PID"; 0 if the
// name is not one.
pid_t SiblingPid(absl::string_view name, absl::string_view base) {
  for (const char* kind : {".tmp.", ".old."}) {
    const std::string prefix = absl::StrCat(".", base, kind);
    if (!absl::StartsWith(name, prefix)) continue;
    int pid = 0;
    if (absl::SimpleAtoi(name.substr(prefix.size()), &pid) && pid > 0) {
      return pid;
    }
  }
  return 0;
}

// Removes (safely) the sibling directories of runs that are not running.
void CleanStaleSiblings(const fs::path& parent, const std::string& base,
                        const fs::path& dir,
                        const absl::flat_hash_set<std::string>& rewritten,
                        std::vector<std::string>* kept_aside) {
  std::error_code error;
  std::vector<fs::path> stale;
  for (const auto& entry : fs::directory_iterator(parent, error)) {
    const pid_t pid = SiblingPid(entry.path().filename().string(), base);
    if (pid == 0 || pid == ::getpid()) continue;
    if (::kill(pid, 0) == 0 || errno != ESRCH) continue;  // still running
    stale.push_back(entry.path());
  }
  for (const fs::path& path : stale) {
    RemoveSafely(path, dir, rewritten, kept_aside);
  }
}

}  // namespace

absl::Status WriteFileSetAtomically(const std::string& dir_text,
                                    const std::vector<NamedContents>& files,
                                    std::vector<std::string>* kept_aside) {
  fs::path dir = fs::path(dir_text).lexically_normal();
  if (dir.filename().empty()) dir = dir.parent_path();  // "reports/"
  std::error_code error;
  if (fs::is_symlink(dir, error)) {
    // Replace the directory the link points to, not the link.
    dir = fs::canonical(dir, error);
    if (error) {
      return absl::FailedPreconditionError(absl::StrCat(
          dir_text,
          ": a symbolic link that cannot be followed: ", error.message()));
    }
  }
  const std::string base = dir.filename().string();
  if (base.empty() || base == "." || base == "..") {
    return absl::InvalidArgumentError(absl::StrCat(
        dir_text,
        ": the output directory is replaced as a whole, so it must be named "
        "(e.g. --out reports), not the current or a parent directory"));
  }
  const fs::path parent =
      dir.has_parent_path() ? dir.parent_path() : fs::path(".");
  fs::create_directories(parent, error);
  if (error) {
    return absl::PermissionDeniedError(absl::StrCat(
        parent.string(),
        ": cannot create the output directory's parent: ", error.message()));
  }
  absl::flat_hash_set<std::string> rewritten;
  for (const NamedContents& file : files) rewritten.insert(file.first);
  CleanStaleSiblings(parent, base, dir, rewritten, kept_aside);

  // What DIR holds now: regular files only, so each can be carried over.
  const bool exists = fs::exists(dir, error);
  std::vector<std::string> carried;
  if (exists) {
    if (!fs::is_directory(dir, error)) {
      return absl::FailedPreconditionError(
          absl::StrCat(dir_text, ": exists and is not a directory"));
    }
    for (const auto& entry : fs::directory_iterator(dir, error)) {
      const std::string name = entry.path().filename().string();
      struct stat st;
      if (::lstat(entry.path().c_str(), &st) != 0 || !S_ISREG(st.st_mode)) {
        return absl::FailedPreconditionError(absl::StrCat(
            dir_text, ": holds ", name,
            ", which is not a regular file; the output directory is "
            "replaced as a whole, so move it out (nothing was written)"));
      }
      if (!rewritten.contains(name)) carried.push_back(name);
    }
    if (error) {
      return absl::PermissionDeniedError(
          absl::StrCat(dir_text, ": cannot list: ", error.message()));
    }
  }

  const fs::path temp = parent / absl::StrCat(".", base, ".tmp.", ::getpid());
  fs::remove_all(temp, error);
  if (::mkdir(temp.c_str(), 0755) != 0) {
    return SystemError(
        absl::StrCat(temp.string(), ": cannot create the new output directory"),
        errno);
  }
  auto fail = [&](absl::Status status) {
    // temp holds only this run's files and links to DIR's: removing them
    // deletes nothing of DIR.
    fs::remove_all(temp, error);
    return status;
  };
  for (const NamedContents& file : files) {
    absl::Status written =
        WriteNewFile((temp / file.first).string(),
                     (fs::path(dir_text) / file.first).string(), file.second);
    if (!written.ok()) return fail(written);
  }
  for (const std::string& name : carried) {
    const fs::path from = dir / name;
    const fs::path to = temp / name;
    if (::link(from.c_str(), to.c_str()) == 0) continue;
    // A file system without hard links: carry a copy.
    absl::StatusOr<std::string> bytes = ReadFile(from.string());
    absl::Status copied = bytes.ok()
                              ? WriteNewFile(to.string(), from.string(), *bytes)
                              : bytes.status();
    if (!copied.ok()) return fail(copied);
  }
  SyncDirectory(temp);

  if (!exists) {
    if (::rename(temp.c_str(), dir.c_str()) != 0) {
      return fail(SystemError(
          absl::StrCat(dir_text, ": cannot move the new reports in"), errno));
    }
  } else if (::renameat2(AT_FDCWD, temp.c_str(), AT_FDCWD, dir.c_str(),
                         RENAME_EXCHANGE) == 0) {
    RemoveSafely(temp, dir, rewritten, kept_aside);  // temp is the old set
  } else {
    // No atomic exchange on this file system: move the old set aside, then
    // the new one in. DIR is briefly missing, but never mixed.
    const fs::path old = parent / absl::StrCat(".", base, ".old.", ::getpid());
    if (::rename(dir.c_str(), old.c_str()) != 0) {
      return fail(SystemError(
          absl::StrCat(dir_text, ": cannot move the old reports aside"),
          errno));
    }
    if (::rename(temp.c_str(), dir.c_str()) != 0) {
      const int rename_error = errno;
      ::rename(old.c_str(), dir.c_str());
      return fail(SystemError(
          absl::StrCat(dir_text, ": cannot move the new reports in"),
          rename_error));
    }
    RemoveSafely(old, dir, rewritten, kept_aside);
  }
  SyncDirectory(parent);
  return absl::OkStatus();
}

}  // namespace checker
