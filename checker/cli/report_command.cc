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
#include <string>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/ascii.h"
#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "checker/base/issue.h"
#include "checker/cli/exit_code.h"
#include "checker/report/report_writer.h"
#include "checker/rules/engine.h"
#include "checker/store/claim_base.h"
#include "google/protobuf/text_format.h"
#include "proto/rules.pb.h"

namespace checker {
namespace {

struct ReportFlags {
  std::string dir;
  std::string out;
  std::string format = "all";
  std::string rules;
  std::string docs;
  std::string fail_on = "never";
};

std::string Plural(int count, absl::string_view noun) {
  return absl::StrCat(count, " ", noun, count == 1 ? "" : "s");
}

// "never" → VERDICT_UNSPECIFIED; false for an unknown name.
bool ParseFailOn(absl::string_view name, Verdict* verdict) {
  std::string lower = absl::AsciiStrToLower(name);
  if (lower == "never") {
    *verdict = VERDICT_UNSPECIFIED;
  } else if (lower == "conflict") {
    *verdict = CONFLICT;
  } else if (lower == "varying") {
    *verdict = VARYING;
  } else {
    return false;
  }
  return true;
}

// --rules R: a RulesConfig textproto; unknown fields are errors.
absl::StatusOr<RulesConfig> LoadRules(const std::string& path) {
  absl::StatusOr<std::string> text = ReadFile(path);
  if (!text.ok()) return text.status();
  RulesConfig config;
  if (!google::protobuf::TextFormat::ParseFromString(*text, &config)) {
    return absl::InvalidArgumentError(absl::StrCat(
        path,
        ": not a valid RulesConfig textproto (see proto/rules.proto); "
        "run `checker lint` on a directory holding it for details"));
  }
  return config;
}

void PrintIssues(const IssueList& issues, std::ostream& err) {
  absl::flat_hash_map<std::string, std::string> texts;
  err << issues.ToDisplayString([&](const std::string& path) {
    auto [it, inserted] = texts.try_emplace(path);
    if (inserted) it->second = ReadFile(path).value_or("");
    return it->second;
  });
}

std::string SummaryLine(const ReportSummary& summary) {
  return absl::StrCat(Plural(summary.subjects(), "subject"), ", ",
                      Plural(summary.claims(), "claim"), ": ",
                      Plural(summary.conflicts(), "conflict"), ", ",
                      summary.varying(), " varying, ", summary.consistent(),
                      " consistent (", summary.corroborated(),
                      " corroborated), ", summary.single_source(),
                      " single-source, ", summary.waived(), " waived");
}

int RunReport(const ReportFlags& flags, std::ostream& out, std::ostream& err) {
  absl::StatusOr<std::vector<OutputFormat>> formats =
      ParseFormatList(flags.format);
  Verdict fail_on = VERDICT_UNSPECIFIED;
  if (!formats.ok()) {
    err << "checker report: " << formats.status().message() << "\n";
    return kExitUsage;
  }
  if (!ParseFailOn(flags.fail_on, &fail_on)) {
    err << "checker report: --fail-on must be never, conflict or varying\n";
    return kExitUsage;
  }
  IssueList load_issues;
  absl::StatusOr<ClaimBase> base =
      LoadClaimBase(flags.dir, {flags.docs}, &load_issues);
  if (!base.ok()) {
    err << "checker report: " << base.status().message() << "\n";
    return kExitUsage;
  }
  PrintIssues(load_issues, err);
  if (load_issues.has_errors()) {
    err << "checker report: " << flags.dir << " has errors (above); nothing "
        << "written. Fix them (checker lint " << flags.dir << ") and rerun\n";
    return kExitUsage;
  }
  if (!flags.rules.empty()) {
    absl::StatusOr<RulesConfig> rules = LoadRules(flags.rules);
    if (!rules.ok()) {
      err << "checker report: " << rules.status().message() << "\n";
      return kExitUsage;
    }
    base->rules = *std::move(rules);
  }
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(base->rules);
  if (!engine.ok()) {
    err << "checker report: rules: " << engine.status().message() << "\n";
    return kExitUsage;
  }
  IssueList run_issues;
  Report report = engine->Run(*base, &run_issues);
  PrintIssues(run_issues, err);
  absl::StatusOr<std::vector<RenderedFile>> files =
      RenderReport(report, *base, *formats);
  absl::Status written =
      files.ok() ? WriteRenderedFiles(flags.out, *files) : files.status();
  if (!written.ok()) {
    err << "checker report: " << written.message() << "\n";
    return kExitUsage;
  }
  for (const RenderedFile& file : *files) {
    out << "wrote " << (std::filesystem::path(flags.out) / file.name).string()
        << "\n";
  }
  out << SummaryLine(report.summary()) << "\n";
  return ReportFails(report, fail_on) ? kExitFindings : kExitOk;
}

}  // namespace

void AddReportCommand(CLI::App& app, int* exit_code) {
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
                   "missing; files replaced atomically)")
      ->required();
  report
      ->add_option("--format", flags->format,
                   "Comma-separated: md, html, csv, json, footnotes, or all")
      ->capture_default_str();
  report->add_option("--rules", flags->rules,
                     "RulesConfig textproto (default: DIR/rules.textproto)");
  report->add_option("--docs", flags->docs,
                     "Root that sources' document paths are relative to");
  report
      ->add_option("--fail-on", flags->fail_on,
                   "Exit 1 when a finding that is not waived is at least: "
                   "never, conflict or varying")
      ->capture_default_str();
  report->callback([flags, exit_code] {
    *exit_code = RunReport(*flags, std::cout, std::cerr);
  });
}

}  // namespace checker
