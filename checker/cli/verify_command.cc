// `checker verify DRAFT --claims DIR`: holds a manuscript draft against the
// claim base and says, figure by figure, whether the sources support it.
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>
#include <string>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "checker/base/file_io.h"
#include "checker/base/issue.h"
#include "checker/cli/exit_code.h"
#include "checker/link/linker.h"
#include "checker/normalize/normalizer.h"
#include "checker/rules/engine.h"
#include "checker/store/claim_base.h"
#include "checker/verify/claim_index.h"
#include "checker/verify/verify.h"
#include "checker/verify/verify_output.h"

namespace checker {
namespace {

struct VerifyFlags {
  std::string draft;
  std::string claims;
  std::string docs;
  std::string format = "text";
  std::string out;
  std::string fail_on = "contradicted";
};

int Fail(absl::string_view what, const absl::Status& status) {
  std::cerr << "checker verify: " << what << ": " << status.message() << "\n";
  return kExitUsage;
}

bool SameFile(const std::string& a, const std::string& b) {
  std::error_code error;
  if (std::filesystem::equivalent(a, b, error)) return true;
  return std::filesystem::weakly_canonical(a, error) ==
         std::filesystem::weakly_canonical(b, error);
}

FailOn ParseFailOn(const std::string& name) {
  if (name == "unsupported") return FailOn::kUnsupported;
  if (name == "never") return FailOn::kNever;
  return FailOn::kContradicted;
}

std::string Render(const VerifyFlags& flags, absl::string_view draft_text,
                   const VerifyResult& result) {
  if (flags.format == "md") return AnnotateMarkdown(draft_text, result);
  std::ostringstream out;
  if (flags.format == "json") {
    WriteVerifyJson(result, &out);
  } else if (flags.format == "html") {
    WriteVerifyHtml(result, &out);
  } else {
    WriteVerifyText(result, &out);
  }
  return out.str();
}

int RunVerify(const VerifyFlags& flags) {
  absl::StatusOr<std::string> draft = ReadFile(flags.draft);
  if (!draft.ok()) return Fail(flags.draft, draft.status());
  std::string out_path = flags.out;
  if (out_path.empty() && flags.format == "md") {
    out_path = flags.draft + ".checked.md";
  }
  if (!out_path.empty() && SameFile(out_path, flags.draft)) {
    std::cerr << "checker verify: refusing to write over the draft "
              << flags.draft << "; choose another --out\n";
    return kExitUsage;
  }

  IssueList issues;
  LoadOptions load_options;
  load_options.docs_root = flags.docs;
  absl::StatusOr<ClaimBase> base =
      LoadClaimBase(flags.claims, load_options, &issues);
  if (!issues.empty()) std::cerr << issues.ToDisplayString();
  if (!base.ok()) return Fail(flags.claims, base.status());
  absl::StatusOr<Linker> linker =
      Linker::Create(base->entities, base->attributes);
  if (!linker.ok()) return Fail(flags.claims, linker.status());
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(base->rules);
  if (!engine.ok()) return Fail(flags.claims, engine.status());
  const Normalizer normalizer(base->rules);
  const ClaimIndex index(*base);

  absl::StatusOr<VerifyResult> result =
      VerifyDraft(*draft, flags.draft, index, *linker, normalizer, *engine,
                  VerifyOptions{});
  if (!result.ok()) return Fail(flags.draft, result.status());
  if (!result->issues.empty()) std::cerr << result->issues.ToDisplayString();

  const std::string rendered = Render(flags, *draft, *result);
  if (out_path.empty()) {
    std::cout << rendered;
  } else {
    const absl::Status written = WriteFileAtomically(out_path, rendered);
    if (!written.ok()) return Fail(out_path, written);
    std::cerr << "checker verify: wrote " << out_path << " ("
              << VerifySummary(*result) << ")\n";
  }
  return VerifyFails(*result, ParseFailOn(flags.fail_on)) ? kExitFindings
                                                          : kExitOk;
}

}  // namespace

void AddVerifyCommand(CLI::App& app, int* exit_code) {
  auto flags = std::make_shared<VerifyFlags>();
  CLI::App* command = app.add_subcommand(
      "verify",
      "Check every figure, date and duration of a manuscript draft against "
      "the claim base");
  command->add_option("draft", flags->draft, "The draft (Markdown or text)")
      ->required();
  command
      ->add_option("--claims", flags->claims, "Claim base directory or .binpb")
      ->required();
  command->add_option("--docs", flags->docs,
                      "Root the sources' document paths are relative to");
  command
      ->add_option("--format", flags->format,
                   "text (default), md (annotated copy with footnotes), "
                   "json or html")
      ->check(CLI::IsMember({"text", "md", "json", "html"}));
  command->add_option("--out", flags->out,
                      "Output file (md default: DRAFT.checked.md; never the "
                      "draft itself)");
  command
      ->add_option("--fail-on", flags->fail_on,
                   "Exit 1 on: contradicted (default), unsupported "
                   "(contradicted or unsupported), never")
      ->check(CLI::IsMember({"contradicted", "unsupported", "never"}));
  command->callback([flags, exit_code] { *exit_code = RunVerify(*flags); });
}

}  // namespace checker
