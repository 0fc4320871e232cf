#include "checker/cli/commands.h"

namespace checker {

// One declaration and one table row per subcommand.
void AddLintCommand(CLI::App& app, int* exit_code);
void AddReportCommand(CLI::App& app, int* exit_code);
void AddSourcesCommand(CLI::App& app, int* exit_code);

const std::vector<AddCommandFn>& AllCommands() {
  static const std::vector<AddCommandFn> kCommands = {
      AddLintCommand,
#ifdef CHECKER_HAVE_RULES
      AddReportCommand,
#endif
      AddSourcesCommand,
  };
  return kCommands;
}

}  // namespace checker
