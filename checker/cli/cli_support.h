// Policy every subcommand shares: how counts are worded, how --fail-on and
// other one-of flags are read, how a rules file and a claim base are loaded,
// and which problems stop a command. One place, so the subcommands cannot
// drift apart again (issue 14).
//
//   std::optional<ClaimBase> base = LoadUsableBase(
//       {.command = "check", .path = flags.dir, .docs = flags.docs}, err);
//   if (!base) return kExitUsage;
#ifndef CHECKER_CLI_CLI_SUPPORT_H_
#define CHECKER_CLI_CLI_SUPPORT_H_

#include <algorithm>
#include <cstdint>
#include <optional>
#include <ostream>
#include <string>
#include <utility>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "checker/base/issue.h"
#include "checker/store/claim_base.h"
#include "checker/store/lint.h"
#include "proto/finding.pb.h"
#include "proto/rules.pb.h"

namespace checker {

// "1 claim", "2 claims", "2 entities" (a noun ending in "y" takes "ies").
std::string Plural(int64_t count, absl::string_view noun);

// One-of flag values, matched ignoring ASCII case: {name, value} rows in the
// order the help lists them.
template <typename T>
using FlagChoices = std::vector<std::pair<std::string, T>>;

// The value of `text` among `choices`, ignoring case; InvalidArgument naming
// `flag` and every accepted name otherwise ("--fail-on: unknown value
// \"often\"; use conflict, varying or never").
template <typename T>
absl::StatusOr<T> ParseFlagChoice(absl::string_view flag,
                                  absl::string_view text,
                                  const FlagChoices<T>& choices);

// --fail-on of check and report: conflict, varying or never (the verdict
// at or above which a finding fails; never = VERDICT_UNSPECIFIED).
absl::StatusOr<Verdict> ParseFailOn(absl::string_view text);

// The documents root: `flag`, else $CHECKER_DOCS, else "" (none).
std::string DocsRootFromFlagOrEnv(const std::string& flag);

// Reads a RulesConfig textproto. Syntax errors and unknown fields are all
// reported, one per line, as "file:line:col: message"; a file that cannot
// be read gives its read error.
absl::StatusOr<RulesConfig> LoadRulesFile(const std::string& path);

// The lint options every command uses: the checker's rule ids (for the
// rules file) and the built-in attribute vocabulary (valid without a
// gazetteer declaration), with `docs_root` as given ("" skips documents)
// and LintOptions::allow_absolute_documents from the flag below.
LintOptions CheckerLintOptions(const std::string& docs_root,
                               bool allow_absolute_documents = false);

// Adds --allow-absolute-documents (LintOptions::allow_absolute_documents)
// to a command that reads documents (lint, check, report, verify), with
// one help text for all of them.
void AddAllowAbsoluteDocumentsFlag(CLI::App* command, bool* allow);

// Prints `issues` sorted, each with its source line and a caret under the
// column (the files are read once each).
void PrintIssues(IssueList issues, std::ostream& err);

struct BaseRequest {
  std::string command;  // "check": prefixes messages, "checker check: ..."
  std::string path;     // claim base directory, .textproto or .binpb
  std::string docs;     // documents root flag; "" = $CHECKER_DOCS or none
  bool keep_claims_packed = false;        // see LoadOptions
  bool allow_absolute_documents = false;  // --allow-absolute-documents
};

// Loads a claim base for a command that trusts its content (check, report,
// verify) and lints it as `checker lint` does: ids, references, values,
// spans, and, with a documents root, sizes, hashes and quotes against the
// documents. Prints every issue (warnings too) to `err`. Returns nothing —
// the caller exits 2 — when the base cannot be loaded, the documents root
// is given but is not a directory, or an error touches what the claims say
// (a duplicate id, an unknown source or entity, an impossible value, a
// file dropped for a syntax error): a verdict over such a base would be
// silently wrong. Errors only in where claims are cited (an undeclared
// document, a span outside its quote) are printed and the command goes on,
// unless a documents root was given, which asks for citations to be right.
std::optional<ClaimBase> LoadUsableBase(const BaseRequest& request,
                                        std::ostream& err);

// ---- implementation ----

std::string ChoiceNames(const std::vector<std::string>& names);

template <typename T>
absl::StatusOr<T> ParseFlagChoice(absl::string_view flag,
                                  absl::string_view text,
                                  const FlagChoices<T>& choices) {
  std::vector<std::string> names;
  for (const auto& [name, value] : choices) {
    if (name.size() == text.size() &&
        std::equal(name.begin(), name.end(), text.begin(), [](char a, char b) {
          return absl::ascii_tolower(static_cast<unsigned char>(a)) ==
                 absl::ascii_tolower(static_cast<unsigned char>(b));
        })) {
      return value;
    }
    names.push_back(name);
  }
  return absl::InvalidArgumentError(absl::StrCat(
      flag, ": unknown value \"", text, "\"; use ", ChoiceNames(names)));
}

}  // namespace checker

#endif  // CHECKER_CLI_CLI_SUPPORT_H_
