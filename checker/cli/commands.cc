#include "checker/cli/commands.h"

namespace checker {

// One declaration and one table row per subcommand.
void AddLintCommand(CLI::App& app, int* exit_code);
void AddMentionsCommand(CLI::App& app, int* exit_code);
void AddExtractCommand(CLI::App& app, int* exit_code);
void AddCheckCommand(CLI::App& app, int* exit_code);
void AddReportCommand(CLI::App& app, int* exit_code);
void AddVerifyCommand(CLI::App& app, int* exit_code);
void AddSourcesCommand(CLI::App& app, int* exit_code);
void AddVocabularyCommand(CLI::App& app, int* exit_code);

const std::vector<AddCommandFn>& AllCommands() {
  static const std::vector<AddCommandFn> kCommands = {
      AddLintCommand,    AddMentionsCommand,   AddExtractCommand,
      AddCheckCommand,   AddReportCommand,     AddVerifyCommand,
      AddSourcesCommand, AddVocabularyCommand,
  };
  return kCommands;
}

}  // namespace checker
