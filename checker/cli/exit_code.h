// Exit codes shared by every subcommand.
#ifndef CHECKER_CLI_EXIT_CODE_H_
#define CHECKER_CLI_EXIT_CODE_H_

namespace checker {

enum ExitCode : int {
  kExitOk = 0,        // clean
  kExitFindings = 1,  // findings at or above --fail-on
  kExitUsage = 2,     // bad usage or unusable input
};

}  // namespace checker

#endif  // CHECKER_CLI_EXIT_CODE_H_
