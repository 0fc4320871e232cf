// checker report DIR --out OUT [--format md,html,csv,json,footnotes]
//                    [--rules R] [--docs ROOT] [--fail-on
//                    never|conflict|varying]
//
// Loads the claim base, runs the rules once, and writes every requested
// report file into OUT (created if missing). All files are rendered in
// memory first; each is then replaced atomically, so an existing report is
// replaced only by a complete new one. Prints one line per file written and
// a one-line summary. Exit 0, or 1 when --fail-on is met (default never);
// 2 for bad usage or a claim base that cannot be loaded cleanly (then
// nothing is written).
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/status/statusor.h"
#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "checker/base/issue.h"
#include "checker/cli/cli_support.h"
#include "checker/cli/commands.h"
#include "checker/cli/exit_code.h"
#include "checker/report/report_writer.h"
#include "checker/rules/engine.h"
#include "checker/store/claim_base.h"
#include "checker/store/claim_base_set.h"
#include "proto/rules.pb.h"

namespace checker {
namespace {

struct ReportFlags {
  std::string dir;
  std::string out;
  std::string format = "all";
  std::string rules;
  std::string docs;
  bool allow_absolute_documents = false;
  std::string fail_on = "never";
};

std::string SummaryLine(const ReportSummary& summary) {
  return absl::StrCat(
      Plural(summary.subjects(), "subject"), ", ",
      Plural(summary.claims(), "claim"), ": ",
      Plural(summary.conflicts(), "conflict"), ", ", summary.varying(),
      " varying, ", summary.consistent(), " consistent (",
      summary.corroborated(), " corroborated), ", summary.single_source(),
      " single-source, ", summary.waived(), " waived",
      // As in report.md's summary table: only bases with
      // unsure links have any.
      summary.needs_review() > 0 ? absl::StrCat(", ", summary.needs_review(),
                                                " needing review (not counted)")
                                 : "");
}

int RunReport(const ReportFlags& flags, std::ostream& out, std::ostream& err) {
  absl::StatusOr<std::vector<OutputFormat>> formats =
      ParseFormatList(flags.format);
  if (!formats.ok()) {
    err << "checker report: " << formats.status().message() << "\n";
    return kExitUsage;
  }
  absl::StatusOr<Verdict> fail_on = ParseFailOn(flags.fail_on);
  if (!fail_on.ok()) {
    err << "checker report: " << fail_on.status().message() << "\n";
    return kExitUsage;
  }
  std::optional<ClaimBase> base = LoadUsableBase(
      {.command = "report",
       .path = flags.dir,
       .docs = flags.docs,
       .allow_absolute_documents = flags.allow_absolute_documents},
      err);
  if (!base) {
    err << "checker report: nothing written\n";
    return kExitUsage;
  }
  if (!flags.rules.empty()) {
    absl::StatusOr<RulesConfig> rules = LoadRulesFile(flags.rules);
    if (!rules.ok()) {
      err << "checker report: " << rules.status().message() << "\n";
      return kExitUsage;
    }
    base->rules = *std::move(rules);
  }
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(base->rules);
  if (!engine.ok()) {
    // The message starts with "rules: " already.
    err << "checker report: " << engine.status().message() << "\n";
    return kExitUsage;
  }
  const ClaimBaseSet claims(*base);
  IssueList run_issues;
  Report report = engine->Run(claims, &run_issues);
  PrintIssues(run_issues, err);
  absl::StatusOr<std::vector<RenderedFile>> files =
      RenderReport(report, claims, *formats);
  std::vector<std::string> kept_aside;
  absl::Status written =
      files.ok() ? WriteRenderedFiles(flags.out, *files, &kept_aside)
                 : files.status();
  for (const std::string& path : kept_aside) {
    err << "WARNING: " << path
        << ": left by an earlier killed run and found nowhere else, so it "
           "was kept; move or delete it\n";
  }
  if (!written.ok()) {
    err << "checker report: " << written.message() << "\n";
    return kExitUsage;
  }
  for (const RenderedFile& file : *files) {
    out << "wrote " << (std::filesystem::path(flags.out) / file.name).string()
        << "\n";
  }
  out << SummaryLine(report.summary()) << "\n";
  return ReportFails(report, *fail_on) ? kExitFindings : kExitOk;
}

}  // namespace

void AddReportCommand(CLI::App& app, CommandContext* context) {
  auto flags = std::make_shared<ReportFlags>();
  CLI::App* report = app.add_subcommand(
      "report",
      "Run the rules once and write the reports people read: report.md, "
      "report.html, findings.csv, claims.csv, report.json, footnotes.md and "
      "bibliography.json. Exit 0, 1 when --fail-on is met, 2 on unusable "
      "input.");
  report->add_option("DIR", flags->dir, "Claim base directory or .binpb file")
      ->required();
  report
      ->add_option("--out", flags->out,
                   "Directory to write the reports into (created if "
                   "missing). The whole set is replaced at once: a run "
                   "killed at any point leaves the old reports or the new "
                   "ones, never a mix. Other files in it are kept; a "
                   "subdirectory in it is refused")
      ->required();
  report
      ->add_option("--format", flags->format,
                   "Comma-separated: md, html, csv, json, footnotes, or all")
      ->capture_default_str();
  report->add_option("--rules", flags->rules,
                     "RulesConfig textproto (default: DIR/rules.textproto)");
  report->add_option("--docs", flags->docs,
                     "Root that sources' document paths are relative to");
  AddAllowAbsoluteDocumentsFlag(report, &flags->allow_absolute_documents);
  report
      ->add_option("--fail-on", flags->fail_on,
                   "Exit 1 when a finding that is not waived is at least: "
                   "never, conflict or varying")
      ->capture_default_str();
  report->callback([flags, context] {
    context->exit_code = RunReport(*flags, *context->out, *context->err);
  });
}

}  // namespace checker
