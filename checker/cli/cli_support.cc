#include "checker/cli/cli_support.h"

#include <cstdlib>
#include <filesystem>
#include <system_error>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/match.h"
#include "checker/base/file_io.h"
#include "checker/link/default_vocabulary.h"
#include "checker/rules/rule_set.h"
#include "checker/store/lint.h"
#include "checker/text/document_input.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/text_format.h"

namespace checker {
namespace {

// Collects textproto errors as "file:line:col: message", one per line.
class RulesErrorCollector : public google::protobuf::io::ErrorCollector {
 public:
  explicit RulesErrorCollector(std::string path) : path_(std::move(path)) {}
  void AddError(int line, int column, const std::string& message) override {
    if (!text_.empty()) text_ += "\n";
    absl::StrAppend(&text_, path_, ":", line + 1, ":", column + 1, ": ",
                    message);
  }
  const std::string& text() const { return text_; }

 private:
  std::string path_;
  std::string text_;
};

// Lint of `base` with every claim's provenance set aside (and put back
// before returning): the problems in what the claims say, not in where they
// are cited. Documents are not read.
IssueList LintWithoutProvenance(ClaimBase* base) {
  std::vector<Provenance> provenance(base->claims.size());
  std::vector<bool> had(base->claims.size());
  for (size_t i = 0; i < base->claims.size(); ++i) {
    Claim& claim = base->claims[i];
    had[i] = claim.has_provenance();
    if (had[i]) {
      provenance[i].Swap(claim.mutable_provenance());
      claim.clear_provenance();
    }
  }
  IssueList issues;
  LintClaimBase(*base, CheckerLintOptions(""), &issues);
  for (size_t i = 0; i < base->claims.size(); ++i) {
    if (had[i]) base->claims[i].mutable_provenance()->Swap(&provenance[i]);
  }
  return issues;
}

}  // namespace

std::string Plural(int64_t count, absl::string_view noun) {
  if (count == 1) return absl::StrCat(count, " ", noun);
  if (absl::EndsWith(noun, "y")) {
    return absl::StrCat(count, " ", noun.substr(0, noun.size() - 1), "ies");
  }
  return absl::StrCat(count, " ", noun, "s");
}

std::string ChoiceNames(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); ++i) {
    if (i > 0) out += i + 1 == names.size() ? " or " : ", ";
    out += names[i];
  }
  return out;
}

absl::StatusOr<Verdict> ParseFailOn(absl::string_view text) {
  static const FlagChoices<Verdict>* const kChoices =
      new FlagChoices<Verdict>{{"conflict", CONFLICT},
                               {"varying", VARYING},
                               {"never", VERDICT_UNSPECIFIED}};
  return ParseFlagChoice("--fail-on", text, *kChoices);
}

std::string DocsRootFromFlagOrEnv(const std::string& flag) {
  if (!flag.empty()) return flag;
  const char* from_env = std::getenv("CHECKER_DOCS");
  return from_env == nullptr ? "" : from_env;
}

absl::StatusOr<RulesConfig> LoadRulesFile(const std::string& path) {
  absl::StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  RulesErrorCollector errors(path);
  google::protobuf::TextFormat::Parser parser;
  parser.RecordErrorsTo(&errors);
  RulesConfig rules;
  if (!parser.ParseFromString(*text, &rules)) {
    return absl::InvalidArgumentError(errors.text());
  }
  return rules;
}

LintOptions CheckerLintOptions(const std::string& docs_root,
                               bool allow_absolute_documents) {
  LintOptions options;
  options.docs_root = docs_root;
  options.allow_absolute_documents = allow_absolute_documents;
  options.span_text = SpanTextOf;
  for (const Rule* rule : RuleSet::Default().rules()) {
    options.known_rules.emplace_back(rule->id());
  }
  for (const Attribute& attribute : DefaultAttributes()) {
    options.builtin_attributes.push_back(attribute.id());
  }
  return options;
}

void AddAllowAbsoluteDocumentsFlag(CLI::App* command, bool* allow) {
  command->add_flag(
      "--allow-absolute-documents", *allow,
      "Accept document paths in sources that are absolute (/data/x.pdf); "
      "by default a document must be relative to --docs, so a claim base "
      "stays valid on another machine");
}

void PrintIssues(IssueList issues, std::ostream& err) {
  issues.Sort();
  absl::flat_hash_map<std::string, std::string> texts;
  err << issues.ToDisplayString([&](const std::string& path) {
    auto [it, inserted] = texts.try_emplace(path);
    if (inserted) it->second = ReadFile(path).value_or("");
    return it->second;
  });
}

std::optional<ClaimBase> LoadUsableBase(const BaseRequest& request,
                                        std::ostream& err) {
  const std::string prefix = absl::StrCat("checker ", request.command, ": ");
  const std::string docs = DocsRootFromFlagOrEnv(request.docs);
  std::error_code error;
  if (!docs.empty() && !std::filesystem::is_directory(docs, error)) {
    err << prefix << "documents root " << docs
        << " is not a directory; pass --docs (or set CHECKER_DOCS to) the "
           "folder the sources' document paths are relative to\n";
    return std::nullopt;
  }
  IssueList issues;
  LoadOptions options;
  options.keep_claims_packed = request.keep_claims_packed;
  absl::StatusOr<ClaimBase> base =
      LoadClaimBase(request.path, options, &issues);
  if (!base.ok()) {
    err << prefix << base.status().message() << "\n";
    return std::nullopt;
  }
  // A syntax error drops a whole file.
  const int load_errors = issues.error_count();
  // What the claims say (ids, references, values) is linted with their
  // provenance set aside: an error there changes verdicts. The full lint
  // adds where each claim is cited (documents, spans, quotes).
  const IssueList structural = LintWithoutProvenance(&*base);
  LintClaimBase(*base,
                CheckerLintOptions(docs, request.allow_absolute_documents),
                &issues);
  const bool unusable =
      issues.has_errors() &&
      (structural.has_errors() || !docs.empty() || load_errors > 0);
  const int citation_errors = issues.error_count();
  PrintIssues(std::move(issues), err);
  if (unusable) {
    err << prefix << request.path
        << " has errors (above), so no verdict over it can be trusted; fix "
           "them (checker lint "
        << request.path << (docs.empty() ? "" : " --docs " + docs)
        << ") and rerun\n";
    return std::nullopt;
  }
  if (citation_errors > 0) {
    err << prefix << Plural(citation_errors, "error")
        << " above concern only where claims are cited (documents, spans, "
           "quotes), not what they say; the findings stand, but fix them "
           "(checker lint "
        << request.path << ")\n";
  }
  return *std::move(base);
}

}  // namespace checker
