// The subcommand table. Each subcommand lives in its own <name>_command.cc
// and registers itself with CLI11 through one Add*Command function; adding a
// subcommand touches its file, this list and commands.cc only.
//
// An Add*Command function adds a CLI11 subcommand to `app` whose callback
// runs the command and stores its ExitCode in `*exit_code`.
#ifndef CHECKER_CLI_COMMANDS_H_
#define CHECKER_CLI_COMMANDS_H_

#include "CLI/CLI.hpp"

namespace checker {

using AddCommandFn = void (*)(CLI::App& app, int* exit_code);

// Every subcommand, in the order `checker --help` lists them.
const std::vector<AddCommandFn>& AllCommands();

}  // namespace checker

#endif  // CHECKER_CLI_COMMANDS_H_
