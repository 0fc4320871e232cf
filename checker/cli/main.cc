// checker: cross-references factual claims across sources.
//
// Git-style subcommands (see `checker --help`). Exit codes: 0 clean,
// 1 findings at or above --fail-on, 2 bad usage or unusable input.
#include "CLI/CLI.hpp"
#include "checker/cli/commands.h"
#include "checker/cli/exit_code.h"

int main(int argc, char** argv) {
  CLI::App app{
      "checker: cross-reference figures, dates and durations across sources "
      "and flag where they disagree.",
      "checker"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Help for every subcommand");
  int exit_code = checker::kExitOk;
  for (checker::AddCommandFn add : checker::AllCommands()) {
    add(app, &exit_code);
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help is a success; anything else is a usage error (exit 2).
    return app.exit(e) == 0 ? checker::kExitOk : checker::kExitUsage;
  }
  return exit_code;
}
