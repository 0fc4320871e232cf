// checker check DIR [--rules R] [--docs ROOT] [--format text|json]
//                   [--fail-on conflict|varying|never]
#include "checker/cli/check_command.h"

#include <iostream>
#include <map>
#include <memory>
#include <optional>
#include <string>

#include "CLI/CLI.hpp"
#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "checker/cli/cli_support.h"
#include "checker/cli/commands.h"
#include "checker/cli/exit_code.h"
#include "checker/report/json_writer.h"
#include "checker/report/report_text.h"
#include "checker/rules/engine.h"
#include "checker/store/claim_base.h"
#include "checker/store/claim_base_set.h"

namespace checker {
namespace {

void PrintClaim(const FindingClaim& c, std::ostream& out) {
  out << "  - " << c.claim() << ": " << (c.text().empty() ? "?" : c.text())
      << "  " << FormatInterval(c.interval()) << "  (" << c.source();
  if (!c.voice().empty()) out << ", voice: " << c.voice();
  if (!c.provenance().page().empty()) out << ", p. " << c.provenance().page();
  out << ")";
  if (c.status() == EXTRACTED) out << "  [unreviewed]";
  out << "\n";
  if (!c.interval().derivation().empty()) {
    out << "      derived: " << c.interval().derivation() << "\n";
  }
  const Provenance& p = c.provenance();
  if (!p.document().empty()) {
    out << "      at " << p.document() << " [" << p.begin() << ", " << p.end()
        << ")";
    if (!p.quote().empty()) out << " \"" << p.quote() << "\"";
    out << "\n";
  }
}

}  // namespace

void PrintTextFinding(const Finding& f, std::ostream& out) {
  out << Verdict_Name(f.verdict()) << "  " << f.subject().entity() << " "
      << f.subject().attribute();
  // Sorted: a protobuf map iterates in an order that differs per process.
  const std::map<std::string, std::string> qualifiers(
      f.subject().qualifier().begin(), f.subject().qualifier().end());
  for (const auto& [key, value] : qualifiers) {
    out << " " << key << "=" << value;
  }
  out << "  (" << f.rule();
  if (f.cause() != CAUSE_UNSPECIFIED) out << ", " << Cause_Name(f.cause());
  out << ", id " << f.id() << ")\n";
  out << "  " << f.explanation() << "\n";
  if (!f.tier_note().empty()) out << "  Tier: " << f.tier_note() << "\n";
  if (f.waived()) out << "  Accepted: " << f.waiver_note() << "\n";
  for (const FindingClaim& c : f.claim()) PrintClaim(c, out);
  out << "  Footnote: " << f.footnote() << "\n\n";
}

void PrintTextSummary(const ReportSummary& s, std::ostream& out) {
  out << "checked " << Plural(s.claims(), "claim") << " about "
      << Plural(s.subjects(), "subject") << ": "
      << Plural(s.conflicts(), "conflict") << ", " << s.varying()
      << " varying, " << s.single_source() << " single-source, "
      << s.consistent() << " consistent (" << s.corroborated()
      << " corroborated), " << s.waived() << " waived";
  // As in report.md's summary table: only bases with unsure links have any.
  if (s.needs_review() > 0) {
    out << ", " << s.needs_review() << " needing review (not counted)";
  }
  out << "\n";
}

void PrintTextReport(const Report& report, std::ostream& out) {
  for (const Finding& f : report.finding()) PrintTextFinding(f, out);
  PrintTextSummary(report.summary(), out);
}

namespace {

// Prints findings as they come and remembers whether one fails the gate.
class PrintingSink : public FindingSink {
 public:
  PrintingSink(bool json, Verdict fail_on, std::ostream& out)
      : json_(json), fail_on_(fail_on), out_(out) {}
  void Summary(const ReportSummary& summary) override {
    summary_ = summary;
    if (json_) out_ << "{\"summary\":" << Json(summary);
  }
  void Add(Finding finding) override {
    failed_ |= FindingFails(finding, fail_on_);
    if (!json_) {
      PrintTextFinding(finding, out_);
      return;
    }
    out_ << (findings_ == 0 ? ",\"finding\":[" : ",") << Json(finding);
    ++findings_;
  }
  // Closes the output; the exit code (2 when a message could not be
  // converted to JSON: the output is then incomplete and says so on `err`).
  int Finish(std::ostream& err) {
    if (json_) {
      out_ << (findings_ > 0 ? "]" : "") << "}\n";
    } else {
      PrintTextSummary(summary_, out_);
    }
    if (!json_error_.ok()) {
      err << "checker check: the JSON output is incomplete: "
          << json_error_.message() << "\n";
      return kExitUsage;
    }
    return failed_ ? kExitFindings : kExitOk;
  }

 private:
  // Same bytes as report.json: map entries sorted, so output is stable. A
  // message that cannot be converted is remembered, never printed as "{}".
  std::string Json(const google::protobuf::Message& message) {
    absl::StatusOr<std::string> json = MessageToJson(message);
    if (json.ok()) return *std::move(json);
    if (json_error_.ok()) json_error_ = json.status();
    return "null";
  }

  bool json_;
  Verdict fail_on_;
  std::ostream& out_;
  ReportSummary summary_;
  int64_t findings_ = 0;
  bool failed_ = false;
  absl::Status json_error_;
};

}  // namespace

int RunCheck(const CheckFlags& flags, std::ostream& out, std::ostream& err) {
  absl::StatusOr<Verdict> fail_on = ParseFailOn(flags.fail_on);
  if (!fail_on.ok()) {
    err << "checker check: " << fail_on.status().message() << "\n";
    return kExitUsage;
  }
  absl::StatusOr<std::string> format = ParseFlagChoice<std::string>(
      "--format", flags.format, {{"text", "text"}, {"json", "json"}});
  if (!format.ok()) {
    err << "checker check: " << format.status().message() << "\n";
    return kExitUsage;
  }
  // A .binpb base keeps its claims serialized; the engine parses them per
  // entity, which is what keeps 10M claims within a few GB.
  std::optional<ClaimBase> base = LoadUsableBase(
      {.command = "check",
       .path = flags.dir,
       .docs = flags.docs,
       .keep_claims_packed = true,
       .allow_absolute_documents = flags.allow_absolute_documents},
      err);
  if (!base) return kExitUsage;
  RulesConfig rules = base->rules;
  if (!flags.rules.empty()) {
    absl::StatusOr<RulesConfig> loaded = LoadRulesFile(flags.rules);
    if (!loaded.ok()) {
      err << "checker check: " << loaded.status().message() << "\n";
      return kExitUsage;
    }
    rules = *std::move(loaded);
  }
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(rules);
  if (!engine.ok()) {
    err << "checker check: " << engine.status().message() << "\n";
    return kExitUsage;
  }
  IssueList issues;
  PrintingSink sink(*format == "json", *fail_on, out);
  absl::Status run = engine->RunStreaming(ClaimBaseSet(*base), &issues, &sink);
  int exit_code = sink.Finish(err);
  if (!run.ok()) {
    err << "checker check: the output is incomplete: " << run.message() << "\n";
    exit_code = kExitUsage;
  }
  PrintIssues(std::move(issues), err);
  return exit_code;
}

void AddCheckCommand(CLI::App& app, CommandContext* context) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* cmd = app.add_subcommand(
      "check",
      "Compare the claims of a claim base and report conflicts, varying "
      "estimates, single-source figures and corroboration.");
  cmd->add_option("dir", flags->dir,
                  "Claim base directory, or a .binpb binary claim base")
      ->required();
  cmd->add_option("--rules", flags->rules,
                  "Rules configuration (textproto); default: the base's "
                  "rules.textproto, else built-in defaults");
  cmd->add_option("--docs", flags->docs,
                  "Documents root for span checks (default $CHECKER_DOCS)");
  AddAllowAbsoluteDocumentsFlag(cmd, &flags->allow_absolute_documents);
  cmd->add_option("--format", flags->format, "text (default) or json");
  cmd->add_option("--fail-on", flags->fail_on,
                  "Exit 1 on findings at or above: conflict (default), "
                  "varying, never");
  cmd->callback([flags, context]() {
    context->exit_code = RunCheck(*flags, *context->out, *context->err);
  });
}

}  // namespace checker
