#include "checker/cli/commands.h"

#include <string>

#include "checker/cli/exit_code.h"

namespace checker {

// One declaration and one table row per subcommand.
void AddLintCommand(CLI::App& app, CommandContext* context);
void AddMentionsCommand(CLI::App& app, CommandContext* context);
void AddExtractCommand(CLI::App& app, CommandContext* context);
void AddCheckCommand(CLI::App& app, CommandContext* context);
void AddReportCommand(CLI::App& app, CommandContext* context);
void AddVerifyCommand(CLI::App& app, CommandContext* context);
void AddSourcesCommand(CLI::App& app, CommandContext* context);
void AddReviewCommand(CLI::App& app, CommandContext* context);
void AddVocabularyCommand(CLI::App& app, CommandContext* context);

const std::vector<AddCommandFn>& AllCommands() {
  static const std::vector<AddCommandFn> kCommands = {
      AddLintCommand,    AddMentionsCommand, AddExtractCommand,
      AddCheckCommand,   AddReportCommand,   AddVerifyCommand,
      AddSourcesCommand, AddReviewCommand,   AddVocabularyCommand,
  };
  return kCommands;
}

int RunCli(int argc, const char* const* argv, std::ostream& out,
           std::ostream& err) {
  CLI::App app{
      "checker: cross-reference figures, dates and durations across sources "
      "and flag where they disagree.",
      "checker"};
  app.require_subcommand(1);
  app.set_help_all_flag("--help-all", "Help for every subcommand");
  CommandContext context{&out, &err};
  for (AddCommandFn add : AllCommands()) add(app, &context);
  // The first word that is not a flag names the subcommand. CLI11 would
  // take an unknown one for a stray argument and answer "A subcommand is
  // required" (and `checker nosuch --help` with the top-level help).
  if (argc > 1) {
    const std::string first = argv[1];
    if (!first.empty() && first[0] != '-' &&
        app.get_subcommands(
               [&](CLI::App* sub) { return sub->check_name(first); })
            .empty()) {
      err << "checker: unknown subcommand \"" << first
          << "\"; `checker --help` lists them\n";
      return kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    // --help is a success; anything else is a usage error (exit 2).
    return app.exit(e, out, err) == 0 ? kExitOk : kExitUsage;
  }
  return context.exit_code;
}

}  // namespace checker
