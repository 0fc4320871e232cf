// checker lint DIR [--docs ROOT] [--pack FILE]
//
// Loads a claim base, runs every lint check, prints the issues (with the
// offending line and a caret) to stderr and a summary of what was loaded to
// stdout. Exit 0 when there is no error (warnings allowed), 1 when there is
// any, 2 when DIR cannot be loaded at all, the documents root is not a
// directory, or --pack cannot be written.
#include <cctype>
#include <filesystem>
#include <map>
#include <memory>
#include <string>

#include "CLI/CLI.hpp"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/cli/cli_support.h"
#include "checker/cli/commands.h"
#include "checker/cli/exit_code.h"
#include "checker/store/binary_form.h"
#include "checker/store/claim_base.h"
#include "checker/store/lint.h"

namespace checker {
namespace {

struct LintFlags {
  std::string dir;
  std::string docs;
  bool allow_absolute_documents = false;
  std::string pack;
};

// "40 extracted, 10 confirmed" from counts by name, skipping zeros.
std::string Counts(const std::map<std::string, int>& counts) {
  std::string out;
  for (const auto& [name, count] : counts) {
    if (count == 0) continue;
    absl::StrAppend(&out, out.empty() ? "" : ", ", count, " ", name);
  }
  return out.empty() ? "none" : out;
}

void PrintSummary(const ClaimBase& base, const LintSummary& lint,
                  const std::string& docs_root, const IssueList& issues,
                  std::ostream& out) {
  std::map<std::string, int> by_status, by_value;
  for (const Claim& claim : base.claims) {
    std::string status = claim.status() == CURATION_STATUS_UNSPECIFIED
                             ? "without status"
                             : CurationStatus_Name(claim.status());
    for (char& c : status) c = static_cast<char>(std::tolower(c));
    ++by_status[status];
    switch (claim.value_case()) {
      case Claim::kQuantity:
        ++by_value["quantity"];
        break;
      case Claim::kDate:
        ++by_value["date"];
        break;
      case Claim::kDuration:
        ++by_value["duration"];
        break;
      case Claim::kRelativeDate:
        ++by_value["relative date"];
        break;
      case Claim::VALUE_NOT_SET:
        ++by_value["no value"];
        break;
    }
  }
  out << base.origin << ": " << Plural(base.files.size(), "file") << ", "
      << Plural(base.sources.size(), "source") << ", "
      << Plural(base.entities.size(), "entity") << ", "
      << Plural(base.attributes.size(), "attribute") << ", "
      << Plural(base.claims.size(), "claim") << "\n"
      << "  claims by status: " << Counts(by_status) << "\n"
      << "  claims by value: " << Counts(by_value) << "\n"
      << "  documents: " << lint.documents_declared << " declared, "
      << lint.documents_checked << " checked, " << lint.documents_skipped
      << " skipped"
      << (docs_root.empty() ? " (no --docs given)"
                            : absl::StrCat(" (under ", docs_root, ")"))
      << "\n"
      << "lint: " << Plural(issues.error_count(), "error") << ", "
      << Plural(issues.warning_count(), "warning") << "\n";
}

int RunLint(const LintFlags& flags, std::ostream& out, std::ostream& err) {
  const std::string docs_root = DocsRootFromFlagOrEnv(flags.docs);
  std::error_code error;
  if (!docs_root.empty() && !std::filesystem::is_directory(docs_root, error)) {
    err << "checker lint: documents root " << docs_root
        << " is not a directory; pass --docs (or set CHECKER_DOCS to) the "
           "folder the sources' document paths are relative to\n";
    return kExitUsage;
  }
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(flags.dir, {}, &issues);
  if (!base.ok()) {
    err << "checker lint: " << base.status().message() << "\n";
    return kExitUsage;
  }
  const LintOptions options =
      CheckerLintOptions(docs_root, flags.allow_absolute_documents);
  LintSummary summary;
  LintClaimBase(*base, options, &issues, &summary);
  if (docs_root.empty() && summary.documents_declared > 0) {
    issues.Warning({}, absl::StrCat("no documents root; checks against the ",
                                    Plural(summary.documents_declared,
                                           "declared document"),
                                    " skipped — pass --docs DIR or set "
                                    "CHECKER_DOCS"));
  }
  issues.Sort();
  PrintIssues(issues, err);
  PrintSummary(*base, summary, docs_root, issues, out);
  if (issues.has_errors()) {
    if (!flags.pack.empty()) {
      err << "checker lint: not writing " << flags.pack
          << ": fix the errors above first\n";
    }
    return kExitFindings;
  }
  if (!flags.pack.empty()) {
    absl::Status packed = WriteClaimBaseBinary(*base, flags.pack);
    if (!packed.ok()) {
      err << "checker lint: " << packed.message() << "\n";
      return kExitUsage;
    }
    out << "packed " << Plural(base->claims.size(), "claim") << " into "
        << flags.pack << "\n";
  }
  return kExitOk;
}

}  // namespace

void AddLintCommand(CLI::App& app, CommandContext* context) {
  auto flags = std::make_shared<LintFlags>();
  CLI::App* lint = app.add_subcommand(
      "lint",
      "Validate a claim base: syntax, ids, values, dates, spans and, with "
      "--docs, the documents' text. Exit 0 clean (warnings allowed), 1 on "
      "any error, 2 if DIR cannot be read.");
  lint->add_option("DIR", flags->dir,
                   "Claim base directory (every *.textproto below it), a "
                   ".textproto file, or a .binpb file")
      ->required();
  lint->add_option("--docs", flags->docs,
                   "Root that sources' document paths are relative to "
                   "(default: $CHECKER_DOCS; without it document checks are "
                   "skipped)");
  AddAllowAbsoluteDocumentsFlag(lint, &flags->allow_absolute_documents);
  lint->add_option("--pack", flags->pack,
                   "After a clean lint, write the compact binary form here "
                   "(e.g. claims.binpb)");
  lint->callback([flags, context] {
    context->exit_code = RunLint(*flags, *context->out, *context->err);
  });
}

}  // namespace checker
