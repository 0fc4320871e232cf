// checker sources import FILE [--out sources.textproto] [--docs ROOT
//                        [--doc KEY=PATH]...]
//
// Converts a bibliography into claim-base sources: CSL-JSON (Zotero's
// export) directly, a .bib file through `pandoc -f biblatex -t csljson`.
// Citation keys become source ids unchanged. With --docs, documents under
// ROOT are attached to sources (see source_documents.h). Problems in entries
// are printed to stderr and those entries skipped; the rest is written. An
// existing --out file that differs from the new text is never overwritten.
// Exit 0 when every entry was imported, 2 when an entry was skipped, the
// input could not be read, or --out exists with other content.
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <iostream>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "checker/base/issue.h"
#include "checker/cli/cli_support.h"
#include "checker/cli/commands.h"
#include "checker/cli/exit_code.h"
#include "checker/pipeline/source_documents.h"
#include "checker/report/csl_import.h"

extern char** environ;

namespace checker {
namespace {

struct ImportFlags {
  std::string file;
  std::string out = "sources.textproto";
  std::string docs;              // --docs: root to attach documents from
  std::vector<std::string> doc;  // --doc KEY=PATH, explicit attachments
};

// stdout of `pandoc -f biblatex -t csljson FILE` (pandoc's stderr goes to
// ours). NotFound when pandoc is not installed.
absl::StatusOr<std::string> ConvertBibWithPandoc(const std::string& path) {
  int pipe_fds[2];
  if (::pipe(pipe_fds) != 0) {
    return absl::InternalError(absl::StrCat("pipe: ", std::strerror(errno)));
  }
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDOUT_FILENO);
  posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
  std::vector<std::string> args = {"pandoc", "-f",      "biblatex",
                                   "-t",     "csljson", path};
  std::vector<char*> argv;
  argv.reserve(args.size() + 1);
  for (std::string& arg : args) argv.push_back(arg.data());
  argv.push_back(nullptr);
  pid_t pid = 0;
  int spawned =
      posix_spawnp(&pid, "pandoc", &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  ::close(pipe_fds[1]);
  if (spawned != 0) {
    ::close(pipe_fds[0]);
    if (spawned == ENOENT) {
      return absl::NotFoundError(absl::StrCat(
          path,
          " is BibTeX, and reading it needs pandoc, which is not "
          "installed: install it (apt-get install pandoc), or export "
          "CSL JSON from Zotero (File > Export Library... > CSL JSON) "
          "and import that file"));
    }
    return absl::InternalError(
        absl::StrCat("cannot run pandoc: ", std::strerror(spawned)));
  }
  std::string json;
  char buffer[8192];
  ssize_t n;
  while ((n = ::read(pipe_fds[0], buffer, sizeof(buffer))) != 0) {
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) break;
    json.append(buffer, static_cast<size_t>(n));
  }
  ::close(pipe_fds[0]);
  int status = 0;
  while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    return absl::InvalidArgumentError(absl::StrCat(
        "pandoc could not convert ", path, " (see its message above)"));
  }
  return json;
}

int RunImport(const ImportFlags& flags, std::ostream& out, std::ostream& err) {
  bool is_bib = absl::EndsWith(absl::AsciiStrToLower(flags.file), ".bib");
  absl::StatusOr<std::string> json =
      is_bib ? ConvertBibWithPandoc(flags.file) : ReadFile(flags.file);
  if (!json.ok()) {
    err << "checker sources import: " << json.status().message() << "\n";
    return kExitUsage;
  }
  IssueList issues;
  std::vector<Source> sources = ImportCslJson(*json, flags.file, &issues);
  err << issues.ToDisplayString();
  if (sources.empty()) {
    err << "checker sources import: no source could be imported from "
        << flags.file << "; nothing written\n";
    return kExitUsage;
  }
  int attach_errors = 0;
  if (!flags.doc.empty() && flags.docs.empty()) {
    err << "checker sources import: --doc needs --docs ROOT (the root its "
           "paths are relative to)\n";
    return kExitUsage;
  }
  if (!flags.docs.empty()) {
    std::map<std::string, std::string> explicit_paths;
    for (const std::string& mapping : flags.doc) {
      const size_t eq = mapping.find('=');
      if (eq == std::string::npos || eq == 0 || eq + 1 == mapping.size()) {
        err << "checker sources import: --doc wants KEY=PATH, got '" << mapping
            << "'\n";
        return kExitUsage;
      }
      explicit_paths[mapping.substr(0, eq)] = mapping.substr(eq + 1);
    }
    IssueList attach_issues;
    const int attached =
        AttachDocuments(flags.docs, explicit_paths, &sources, &attach_issues);
    err << attach_issues.ToDisplayString();
    out << "attached " << Plural(attached, "document") << " from " << flags.docs
        << "\n";
    attach_errors = attach_issues.error_count();
  }
  std::string text = SourcesToTextproto(sources, flags.file);
  absl::StatusOr<std::string> existing = ReadFile(flags.out);
  if (existing.ok() && *existing == text) {
    out << flags.out << " is already up to date ("
        << Plural(sources.size(), "source") << ")\n";
  } else if (existing.ok() || !absl::IsNotFound(existing.status())) {
    err << "checker sources import: " << flags.out
        << " exists and differs from this import; nothing written. checker "
           "never overwrites a file you may have curated: choose a new file "
           "with --out, or remove "
        << flags.out << " first\n";
    return kExitUsage;
  } else if (absl::Status written = WriteFileAtomically(flags.out, text);
             !written.ok()) {
    err << "checker sources import: " << written.message() << "\n";
    return kExitUsage;
  } else {
    out << "wrote " << Plural(sources.size(), "source") << " to " << flags.out
        << "\n";
  }
  if (attach_errors > 0) {
    err << "checker sources import: " << attach_errors
        << " documents could not be attached (see above)\n";
  }
  if (issues.has_errors()) {
    err << "checker sources import: "
        << (issues.error_count() == 1
                ? std::string("1 entry")
                : absl::StrCat(issues.error_count(), " entries"))
        << " skipped (see above)\n";
    return kExitUsage;
  }
  return attach_errors > 0 ? kExitUsage : kExitOk;
}

}  // namespace

void AddSourcesCommand(CLI::App& app, CommandContext* context) {
  CLI::App* sources = app.add_subcommand(
      "sources", "Manage the claim base's sources (see `sources import`).");
  sources->require_subcommand(1);
  auto flags = std::make_shared<ImportFlags>();
  CLI::App* import = sources->add_subcommand(
      "import",
      "Convert a CSL-JSON export (Zotero) or a .bib file (through pandoc) "
      "into source textproto, citation keys as source ids. Exit 0 when every "
      "entry was imported, 2 otherwise.");
  import->add_option("FILE", flags->file, "CSL-JSON file, or a .bib file")
      ->required();
  import
      ->add_option("--out", flags->out,
                   "Textproto to write; an existing different file is "
                   "never overwritten")
      ->capture_default_str();
  import->add_option(
      "--docs", flags->docs,
      "Documents root: attach each document whose file name is a citation "
      "key (KEY.txt, \"KEY - title.pdf\") to that source");
  import->add_option("--doc", flags->doc,
                     "KEY=PATH: attach PATH (relative to --docs) to the "
                     "source KEY; repeatable");
  import->callback([flags, context] {
    context->exit_code = RunImport(*flags, *context->out, *context->err);
});
}  // namespace checker

}  // namespace checker
