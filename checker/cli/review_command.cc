// checker review DIR [--docs ROOT] [--port N] [--host H] [--open]
//
// Serves the review workbench for the claim base DIR on a local port and
// prints its address; runs until interrupted. Every decision is already on
// disk when the page shows the next claim, so stopping at any time (Ctrl-C,
// kill) loses nothing.
#include <spawn.h>
#include <sys/wait.h>

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

#include "CLI/CLI.hpp"
#include "checker/cli/commands.h"
#include "checker/cli/exit_code.h"
#include "checker/review/review_api.h"
#include "checker/review/review_server.h"
#include "checker/review/review_session.h"

extern char** environ;

namespace checker {
namespace {

struct ReviewFlags {
  std::string dir;
  std::string docs;
  std::string host = "127.0.0.1";
  int port = 0;
  bool open = false;
};

// Starts the desktop's browser on `url`; a failure is only a message.
void OpenBrowser(const std::string& url, std::ostream& err) {
  pid_t pid = 0;
  std::string program = "xdg-open";
  char* argv[] = {program.data(), const_cast<char*>(url.c_str()), nullptr};
  if (posix_spawnp(&pid, program.c_str(), nullptr, nullptr, argv, environ) !=
      0) {
    err << "checker review: could not run xdg-open; open " << url
        << " yourself\n";
  }
}

int RunReview(const ReviewFlags& flags, std::ostream& out, std::ostream& err) {
  std::string docs = flags.docs;
  if (docs.empty()) {
    const char* env = std::getenv("CHECKER_DOCS");
    if (env != nullptr) docs = env;
  }
  IssueList issues;
  absl::StatusOr<std::unique_ptr<ReviewSession>> session =
      ReviewSession::Open(flags.dir, docs, &issues);
  if (!session.ok()) {
    err << issues.ToDisplayString();
    err << "checker review: " << session.status().message() << "\n";
    return kExitUsage;
  }
  const Progress progress = (*session)->ProgressOf(QueueFilter{});
  ReviewApi api(*std::move(session), NewSessionToken());
  ReviewServer server(&api);
  absl::StatusOr<int> port = server.Bind(flags.host, flags.port);
  if (!port.ok()) {
    err << "checker review: " << port.status().message() << "\n";
    return kExitUsage;
  }
  out << "checker review: " << progress.left << " claims to review, "
      << progress.done << " reviewed, in " << flags.dir << "\n"
      << "Review at " << server.Url() << "  (Ctrl-C stops; every decision "
      << "is saved at once)" << std::endl;
  if (flags.open) OpenBrowser(server.Url(), err);
  if (!server.Serve()) {
    err << "checker review: the server stopped with an error\n";
    return kExitUsage;
  }
  return kExitOk;
}

}  // namespace

void AddReviewCommand(CLI::App& app, CommandContext* context) {
  auto flags = std::make_shared<ReviewFlags>();
  CLI::App* cmd = app.add_subcommand(
      "review",
      "Review candidate claims in the browser: one claim at a time in its "
      "context, a keystroke per decision, each written at once to its claim "
      "file.");
  cmd->add_option("dir", flags->dir, "Claim base directory (textproto)")
      ->required();
  cmd->add_option("--docs", flags->docs,
                  "Documents root, to show each claim in its sentence "
                  "(default $CHECKER_DOCS; else the stored quote)");
  cmd->add_option("--port", flags->port, "Port (default: any free port)")
      ->check(CLI::Range(0, 65535));
  cmd->add_option("--host", flags->host,
                  "Address to listen on (default 127.0.0.1: this machine "
                  "only)");
  cmd->add_flag("--open", flags->open, "Open the page in the browser");
  cmd->callback([flags, context]() {
    context->exit_code = RunReview(*flags, *context->out, *context->err);
  });
}

}  // namespace checker
