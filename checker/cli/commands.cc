#include "checker/cli/commands.h"

namespace checker {

// One declaration and one table row per subcommand.
void AddExtractCommand(CLI::App& app, int* exit_code);
void AddLintCommand(CLI::App& app, int* exit_code);
void AddMentionsCommand(CLI::App& app, int* exit_code);
void AddVerifyCommand(CLI::App& app, int* exit_code);

const std::vector<AddCommandFn>& AllCommands() {
  static const std::vector<AddCommandFn> kCommands = {
      AddLintCommand,
      AddExtractCommand,
      AddMentionsCommand,
      AddVerifyCommand,
  };
  return kCommands;
}

}  // namespace checker
