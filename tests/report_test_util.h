// Helpers for the report's end-to-end tests: temporary files and running an
// external program (chromium, pandoc) with its output captured.
#ifndef CHECKER_TESTS_REPORT_TEST_UTIL_H_
#define CHECKER_TESTS_REPORT_TEST_UTIL_H_

#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "gtest/gtest.h"

namespace checker {

struct CommandResult {
  int exit_code = -1;
  std::string out;  // stdout
  std::string err;  // stderr
};

// Runs `command` with /bin/sh; stderr is captured through a temporary file.
inline CommandResult RunCommand(const std::string& command) {
  CommandResult result;
  std::string err_path =
      absl::StrCat(::testing::TempDir(), "/stderr_", ::getpid(), "_", rand());
  std::string full = absl::StrCat(command, " 2>'", err_path, "'");
  FILE* pipe = popen(full.c_str(), "r");
  if (pipe == nullptr) return result;
  char buffer[8192];
  size_t n;
  while ((n = fread(buffer, 1, sizeof(buffer), pipe)) > 0) {
    result.out.append(buffer, n);
  }
  int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  auto err = ReadFile(err_path);
  if (err.ok()) result.err = *err;
  std::remove(err_path.c_str());
  return result;
}

// A new empty directory under the test's temporary directory.
inline std::string MakeTempDir() {
  std::string pattern = absl::StrCat(::testing::TempDir(), "/checkerXXXXXX");
  char* dir = ::mkdtemp(pattern.data());
  return dir == nullptr ? "" : std::string(dir);
}

inline bool IsExecutable(const char* path) { return ::access(path, X_OK) == 0; }

}  // namespace checker

#endif  // CHECKER_TESTS_REPORT_TEST_UTIL_H_
