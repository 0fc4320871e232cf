// checker check DIR [--rules R] [--docs ROOT] [--format text|json]
//                   [--fail-on conflict|varying|never]
#include "checker/cli/check_command.h"

#include <cstdlib>
#include <iostream>
#include <memory>
#include <string>

#include "CLI/CLI.hpp"
#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "checker/cli/exit_code.h"
#include "checker/report/json_writer.h"
#include "checker/rules/engine.h"
#include "checker/store/claim_base.h"
#include "google/protobuf/io/tokenizer.h"
#include "google/protobuf/text_format.h"

namespace checker {
namespace {

// Collects textproto errors as "file:line:col: message".
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

std::string IntervalLine(const Interval& iv) {
  std::string low = iv.has_low() ? iv.low_text() : "open";
  std::string high = iv.has_high() ? iv.high_text() : "open";
  return absl::StrCat(iv.low_exclusive() ? "(" : "[", low, ", ", high,
                      iv.high_exclusive() || !iv.has_high() ? ")" : "]");
}

void PrintClaim(const FindingClaim& c, std::ostream& out) {
  out << "  - " << c.claim() << ": " << (c.text().empty() ? "?" : c.text())
      << "  " << IntervalLine(c.interval()) << "  (" << c.source();
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

Verdict ParseFailOn(const std::string& value, bool* ok) {
  *ok = true;
  if (value == "conflict") return CONFLICT;
  if (value == "varying") return VARYING;
  if (value == "never") return VERDICT_UNSPECIFIED;
  *ok = false;
  return VERDICT_UNSPECIFIED;
}

}  // namespace

void PrintTextFinding(const Finding& f, std::ostream& out) {
  out << Verdict_Name(f.verdict()) << "  " << f.subject().entity() << " "
      << f.subject().attribute();
  for (const auto& [key, value] : f.subject().qualifier()) {
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
  out << "checked " << s.claims() << " claims about " << s.subjects()
      << " subjects: " << s.conflicts() << " conflict(s), " << s.varying()
      << " varying, " << s.single_source() << " single-source, "
      << s.consistent() << " consistent (" << s.corroborated()
      << " corroborated), " << s.waived() << " waived\n";
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
  // Closes the output; the exit code.
  int Finish() {
    if (json_) {
      out_ << (findings_ > 0 ? "]" : "") << "}\n";
    } else {
      PrintTextSummary(summary_, out_);
    }
    return failed_ ? kExitFindings : kExitOk;
  }

 private:
  // Same bytes as report.json: map entries sorted, so output is stable.
  static std::string Json(const google::protobuf::Message& message) {
    return MessageToJson(message).value_or("{}");
  }

  bool json_;
  Verdict fail_on_;
  std::ostream& out_;
  ReportSummary summary_;
  int64_t findings_ = 0;
  bool failed_ = false;
};

}  // namespace

int RunCheck(const CheckFlags& flags, std::ostream& out, std::ostream& err) {
  bool fail_on_ok = false;
  Verdict fail_on = ParseFailOn(flags.fail_on, &fail_on_ok);
  if (!fail_on_ok || (flags.format != "text" && flags.format != "json")) {
    err << "checker check: --format must be text or json and --fail-on "
           "conflict, varying or never\n";
    return kExitUsage;
  }
  std::string docs = flags.docs;
  if (docs.empty()) {
    const char* from_env = std::getenv("CHECKER_DOCS");
    if (from_env != nullptr) docs = from_env;
  }
  IssueList issues;
  LoadOptions options;
  options.docs_root = docs;
  // A .binpb base keeps its claims serialized; the engine parses them per
  // entity, which is what keeps 10M claims within a few GB.
  options.keep_claims_packed = true;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(flags.dir, options, &issues);
  if (!base.ok()) {
    err << "checker check: " << base.status().message() << "\n";
    return kExitUsage;
  }
  if (issues.has_errors()) {
    issues.Sort();
    err << issues.ToDisplayString()
        << "checker check: the claim base has errors; run `checker lint "
        << flags.dir << "` and fix them\n";
    return kExitUsage;
  }
  RulesConfig rules = base->rules;
  if (!flags.rules.empty()) {
    absl::StatusOr<std::string> text = ReadFile(flags.rules);
    if (!text.ok()) {
      err << "checker check: " << text.status().message() << "\n";
      return kExitUsage;
    }
    RulesErrorCollector errors(flags.rules);
    google::protobuf::TextFormat::Parser parser;
    parser.RecordErrorsTo(&errors);
    rules.Clear();
    if (!parser.ParseFromString(*text, &rules)) {
      err << errors.text() << "\n";
      return kExitUsage;
    }
  }
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(rules);
  if (!engine.ok()) {
    err << "checker check: " << engine.status().message() << "\n";
    return kExitUsage;
  }
  PrintingSink sink(flags.format == "json", fail_on, out);
  engine->RunStreaming(*base, &issues, &sink);
  int exit_code = sink.Finish();
  issues.Sort();
  err << issues.ToDisplayString();
  return exit_code;
}

void AddCheckCommand(CLI::App& app, int* exit_code) {
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
  cmd->add_option("--format", flags->format, "text or json")
      ->check(CLI::IsMember({"text", "json"}));
  cmd->add_option("--fail-on", flags->fail_on,
                  "Exit 1 on findings at or above: conflict (default), "
                  "varying, never")
      ->check(CLI::IsMember({"conflict", "varying", "never"}));
  cmd->callback([flags, exit_code]() {
    *exit_code = RunCheck(*flags, std::cout, std::cerr);
  });
}

}  // namespace checker
