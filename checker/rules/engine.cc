#include "checker/rules/engine.h"

#include <algorithm>
#include <string>
#include <thread>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/normalize/default_rules.h"
#include "checker/normalize/rules_config_check.h"
#include "checker/rules/engine_run.h"
#include "checker/rules/rule_set.h"

namespace checker {
namespace {

// A config LintRulesConfig finds errors in (the one definition of a usable
// RulesConfig) is refused with all of its messages.
absl::Status ValidateConfig(const RulesConfig& config) {
  std::vector<std::string> known;
  for (const Rule* rule : RuleSet::Default().rules()) {
    known.emplace_back(rule->id());
  }
  IssueList issues;
  LintRulesConfig(config, nullptr, "", known, &issues);
  if (!issues.has_errors()) return absl::OkStatus();
  std::vector<std::string> messages;
  for (const Issue& issue : issues.issues()) {
    if (issue.severity == IssueSeverity::kError) {
      messages.push_back(issue.message);
    }
  }
  return absl::InvalidArgumentError(absl::StrJoin(messages, "\n"));
}

}  // namespace

EngineSetup::EngineSetup(const RulesConfig& user_config)
    : config(WithDefaults(user_config)), normalizer(user_config) {
  for (const Rule* rule : RuleSet::Default().rules()) {
    bool disabled = false;
    for (const std::string& id : config.disabled_rule()) {
      disabled |= rule->id() == id;
    }
    if (!disabled) rules.push_back(rule);
  }
  for (const RuleSeverity& s : config.severity()) {
    severity[s.rule()] = s.severity();
  }
}

struct RuleEngine::State {
  State(const RulesConfig& config, int threads)
      : setup(config), threads(threads) {}
  EngineSetup setup;
  int threads;  // > 0
};

namespace {

// Worker threads: the machine's cores, at most 8.
int DefaultThreads() {
  unsigned cores = std::thread::hardware_concurrency();
  return static_cast<int>(std::clamp(cores, 1u, 8u));
}

}  // namespace

absl::StatusOr<RuleEngine> RuleEngine::Create(const RulesConfig& config,
                                              int threads) {
  absl::Status valid = ValidateConfig(config);
  if (!valid.ok()) return valid;
  return RuleEngine(std::make_unique<const State>(
      config, threads > 0 ? threads : DefaultThreads()));
}

RuleEngine::RuleEngine(std::unique_ptr<const State> state)
    : state_(std::move(state)) {}
RuleEngine::RuleEngine(RuleEngine&&) noexcept = default;
RuleEngine& RuleEngine::operator=(RuleEngine&&) noexcept = default;
RuleEngine::~RuleEngine() = default;

namespace {

class ReportSink : public FindingSink {
 public:
  explicit ReportSink(Report* report) : report_(report) {}
  void Summary(const ReportSummary& summary) override {
    *report_->mutable_summary() = summary;
  }
  void Add(Finding finding) override { report_->add_finding()->Swap(&finding); }

 private:
  Report* report_;
};

}  // namespace

Report RuleEngine::Run(const ClaimSet& claims, IssueList* issues) const {
  Report report;
  ReportSink sink(&report);
  // Held findings are never re-checked, so this run cannot fail.
  absl::Status held = RunEngine(state_->setup, claims, issues,
                                /*streaming=*/false, state_->threads, &sink);
  (void)held;
  return report;
}

absl::Status RuleEngine::RunStreaming(const ClaimSet& claims, IssueList* issues,
                                      FindingSink* sink) const {
  return RunEngine(state_->setup, claims, issues, /*streaming=*/true,
                   state_->threads, sink);
}

bool FindingFails(const Finding& finding, Verdict fail_on) {
  if (finding.waived()) return false;
  switch (fail_on) {
    case CONFLICT:
      return finding.verdict() == CONFLICT;
    case VARYING:
      return finding.verdict() == CONFLICT || finding.verdict() == VARYING;
    default:
      return false;
  }
}

bool ReportFails(const Report& report, Verdict fail_on) {
  for (const Finding& finding : report.finding()) {
    if (FindingFails(finding, fail_on)) return true;
  }
  return false;
}

}  // namespace checker
