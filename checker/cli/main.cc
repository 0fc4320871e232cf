// checker: cross-references factual claims across sources.
//
// Git-style subcommands (see `checker --help`). Exit codes: 0 clean,
// 1 findings at or above --fail-on, 2 bad usage or unusable input.
#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <iostream>

#include "checker/cli/commands.h"
#include "checker/cli/exit_code.h"

int main(int argc, char** argv) {
  // A write past the file size limit (ulimit -f) would otherwise kill the
  // process with SIGXFSZ and no word (exit 153). Ignored, the write fails
  // with EFBIG and the writer's error names the file.
  std::signal(SIGXFSZ, SIG_IGN);
  const int code = checker::RunCli(argc, argv, std::cout, std::cerr);
  // Standard output redirected to a full disk or a file over the limit: a
  // cut JSON or report must not look like a success.
  errno = 0;
  std::cout.flush();
  const bool failed =
      std::fflush(stdout) != 0 || std::ferror(stdout) != 0 || !std::cout.good();
  if (failed) {
    const int error = errno;
    std::cerr << "checker: cannot write standard output"
              << (error != 0 ? ": " : "")
              << (error != 0 ? std::strerror(error) : "")
              << "; the output is incomplete (disk full, or over the file "
                 "size limit?)\n";
  }
  return failed ? checker::kExitUsage : code;
}
