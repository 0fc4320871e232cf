#include "checker/cli/commands.h"

namespace checker {

// One declaration and one table row per subcommand.
void AddSourcesCommand(CLI::App& app, int* exit_code);

const std::vector<AddCommandFn>& AllCommands() {
  static const std::vector<AddCommandFn> kCommands = {
      AddSourcesCommand,
  };
  return kCommands;
}

}  // namespace checker
