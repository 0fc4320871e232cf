// The subcommand table and the command line as a whole. Each subcommand
// lives in its own <name>_command.cc and registers itself with CLI11 through
// one Add*Command function; adding a subcommand touches its file, this list
// and commands.cc only.
//
// An Add*Command function adds a CLI11 subcommand to `app` whose callback
// runs the command, writing to `context->out` and `context->err` (never to
// std::cout or std::cerr directly, so tests can run any subcommand in
// process), and stores its ExitCode in `context->exit_code`.
#ifndef CHECKER_CLI_COMMANDS_H_
#define CHECKER_CLI_COMMANDS_H_

#include <ostream>
#include <vector>

#include "CLI/CLI.hpp"

namespace checker {

struct CommandContext {
  std::ostream* out;
  std::ostream* err;
  int exit_code = 0;
};

using AddCommandFn = void (*)(CLI::App& app, CommandContext* context);

// Every subcommand, in the order `checker --help` lists them.
const std::vector<AddCommandFn>& AllCommands();

// Runs `checker` with `argv` (argv[0] is the program name). Help (`checker
// --help`, `checker SUB --help`) goes to `out` with exit 0; an unknown
// subcommand, a missing one or a bad flag is a usage error on `err` (exit
// 2); otherwise the subcommand's own exit code.
int RunCli(int argc, const char* const* argv, std::ostream& out,
           std::ostream& err);

}  // namespace checker

#endif  // CHECKER_CLI_COMMANDS_H_
