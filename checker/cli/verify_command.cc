// `checker verify DRAFT --claims DIR`: holds a manuscript draft against the
// claim base and says, figure by figure, whether the sources support it.
#include <filesystem>
#include <memory>
#include <optional>
#include <sstream>
#include <string>

#include "CLI/CLI.hpp"
#include "absl/status/status.h"
#include "checker/base/file_io.h"
#include "checker/base/issue.h"
#include "checker/cli/cli_support.h"
#include "checker/cli/commands.h"
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
  bool allow_absolute_documents = false;
  std::string format = "text";
  std::string out;
  std::string fail_on = "contradicted";
};

int Fail(absl::string_view what, const absl::Status& status,
         std::ostream& err) {
  err << "checker verify: " << what << ": " << status.message() << "\n";
  return kExitUsage;
}

bool SameFile(const std::string& a, const std::string& b) {
  std::error_code error;
  if (std::filesystem::equivalent(a, b, error)) return true;
  return std::filesystem::weakly_canonical(a, error) ==
         std::filesystem::weakly_canonical(b, error);
}

absl::StatusOr<FailOn> ParseVerifyFailOn(absl::string_view text) {
  return ParseFlagChoice<FailOn>("--fail-on", text,
                                 {{"contradicted", FailOn::kContradicted},
                                  {"unsupported", FailOn::kUnsupported},
                                  {"never", FailOn::kNever}});
}

// --format md writes DRAFT.checked.md by default: the draft's name with its
// extension replaced ("chapter.md" -> "chapter.checked.md").
std::string DefaultMarkdownOut(const std::string& draft) {
  return std::filesystem::path(draft).replace_extension(".checked.md").string();
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

int RunVerify(const VerifyFlags& flags, std::ostream& stdout_stream,
              std::ostream& err) {
  absl::StatusOr<FailOn> fail_on = ParseVerifyFailOn(flags.fail_on);
  if (!fail_on.ok()) return Fail("usage", fail_on.status(), err);
  absl::StatusOr<std::string> format = ParseFlagChoice<std::string>(
      "--format", flags.format,
      {{"text", "text"}, {"md", "md"}, {"json", "json"}, {"html", "html"}});
  if (!format.ok()) return Fail("usage", format.status(), err);
  VerifyFlags resolved = flags;
  resolved.format = *format;
  absl::StatusOr<std::string> draft = ReadFile(flags.draft);
  // ReadFile's message names the path already.
  if (!draft.ok()) return Fail("draft", draft.status(), err);
  std::string out_path = flags.out;
  if (out_path.empty() && resolved.format == "md") {
    out_path = DefaultMarkdownOut(flags.draft);
  }
  if (!out_path.empty() && SameFile(out_path, flags.draft)) {
    err << "checker verify: refusing to write over the draft " << flags.draft
        << "; choose another --out\n";
    return kExitUsage;
  }

  // A base with errors would give verdicts that cannot be trusted (a
  // duplicate id or a dropped file can turn DISPUTED into CONTRADICTED).
  std::optional<ClaimBase> base = LoadUsableBase(
      {.command = "verify",
       .path = flags.claims,
       .docs = flags.docs,
       .allow_absolute_documents = flags.allow_absolute_documents},
      err);
  if (!base) return kExitUsage;
  absl::StatusOr<Linker> linker =
      Linker::Create(base->entities, base->attributes);
  if (!linker.ok()) return Fail(flags.claims, linker.status(), err);
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(base->rules);
  if (!engine.ok()) return Fail(flags.claims, engine.status(), err);
  const Normalizer normalizer(base->rules);
  const ClaimIndex index(*base);

  absl::StatusOr<VerifyResult> result =
      VerifyDraft(*draft, flags.draft, index, *linker, normalizer, *engine,
                  VerifyOptions{});
  if (!result.ok()) return Fail(flags.draft, result.status(), err);
  if (!result->issues.empty()) err << result->issues.ToDisplayString();

  const std::string rendered = Render(resolved, *draft, *result);
  if (out_path.empty()) {
    stdout_stream << rendered;
  } else {
    const absl::Status written = WriteFileAtomically(out_path, rendered);
    if (!written.ok()) return Fail(out_path, written, err);
    err << "checker verify: wrote " << out_path << " ("
        << VerifySummary(*result) << ")\n";
  }
  return VerifyFails(*result, *fail_on) ? kExitFindings : kExitOk;
}

}  // namespace

void AddVerifyCommand(CLI::App& app, CommandContext* context) {
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
  AddAllowAbsoluteDocumentsFlag(command, &flags->allow_absolute_documents);
  command->add_option("--format", flags->format,
                      "text (default), md (annotated copy with footnotes), "
                      "json or html");
  command->add_option("--out", flags->out,
                      "Output file (md default: DRAFT.checked.md; never the "
                      "draft itself)");
  command->add_option("--fail-on", flags->fail_on,
                      "Exit 1 on: contradicted (default), unsupported "
                      "(contradicted or unsupported), never");
  command->callback([flags, context] {
    context->exit_code = RunVerify(*flags, *context->out, *context->err);
  });
}

}  // namespace checker
