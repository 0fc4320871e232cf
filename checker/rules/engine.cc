#include "checker/rules/engine.h"

#include <algorithm>
#include <string>
#include <thread>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/normalize/default_rules.h"
#include "checker/rules/engine_run.h"
#include "checker/rules/rule_set.h"

namespace checker {
namespace {

absl::Status CheckNonNegative(const char* field, bool has, double value) {
  if (has && !(value >= 0)) {
    return absl::InvalidArgumentError(
        absl::StrCat("rules: ", field, " must be >= 0, not ", value));
  }
  return absl::OkStatus();
}

absl::Status ValidateConfig(const RulesConfig& c) {
  for (absl::Status status :
       {CheckNonNegative("approximate_tolerance", c.has_approximate_tolerance(),
                         c.approximate_tolerance()),
        CheckNonNegative("round_figure_tolerance",
                         c.has_round_figure_tolerance(),
                         c.round_figure_tolerance()),
        CheckNonNegative("varying_threshold", c.has_varying_threshold(),
                         c.varying_threshold()),
        CheckNonNegative("offset_tolerance", c.has_offset_tolerance(),
                         c.offset_tolerance()),
        CheckNonNegative("approximate_date_days", c.has_approximate_date_days(),
                         c.approximate_date_days()),
        CheckNonNegative("arithmetic_tolerance", c.has_arithmetic_tolerance(),
                         c.arithmetic_tolerance()),
        CheckNonNegative("review_threshold", c.has_review_threshold(),
                         c.review_threshold()),
        CheckNonNegative("copied_context_words", c.has_copied_context_words(),
                         c.copied_context_words())}) {
    if (!status.ok()) return status;
  }
  if (c.has_review_threshold() && c.review_threshold() > 1) {
    return absl::InvalidArgumentError(
        absl::StrCat("rules: review_threshold must be in [0, 1], not ",
                     c.review_threshold()));
  }
  for (const HedgeRule& hedge : c.hedge()) {
    if (hedge.phrase().empty() ||
        hedge.meaning() == HEDGE_MEANING_UNSPECIFIED) {
      return absl::InvalidArgumentError(
          absl::StrCat("rules: hedge \"", hedge.phrase(),
                       "\" needs a phrase and a meaning"));
    }
    if (hedge.has_tolerance() && !(hedge.tolerance() >= 0)) {
      return absl::InvalidArgumentError(absl::StrCat(
          "rules: hedge \"", hedge.phrase(), "\" tolerance must be >= 0"));
    }
  }
  for (const VagueMagnitude& vague : c.vague()) {
    if (vague.phrase().empty() || vague.low() > vague.high()) {
      return absl::InvalidArgumentError(
          absl::StrCat("rules: vague \"", vague.phrase(),
                       "\" needs a phrase and low <= high"));
    }
  }
  const RuleSet& rules = RuleSet::Default();
  for (const RuleSeverity& severity : c.severity()) {
    if (rules.Find(severity.rule()) == nullptr) {
      return absl::InvalidArgumentError(absl::StrCat(
          "rules: severity names unknown rule \"", severity.rule(), "\""));
    }
  }
  for (const std::string& id : c.disabled_rule()) {
    if (rules.Find(id) == nullptr) {
      return absl::InvalidArgumentError(
          absl::StrCat("rules: disabled_rule names unknown rule \"", id, "\""));
    }
  }
  for (const Waiver& waiver : c.waiver()) {
    if (waiver.entity().empty() || waiver.note().empty()) {
      return absl::InvalidArgumentError(
          "rules: every waiver needs an entity and a note");
    }
    if (!waiver.rule().empty() && rules.Find(waiver.rule()) == nullptr) {
      return absl::InvalidArgumentError(absl::StrCat(
          "rules: waiver names unknown rule \"", waiver.rule(), "\""));
    }
  }
  return absl::OkStatus();
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

Report RuleEngine::Run(const ClaimBase& base, IssueList* issues) const {
  Report report;
  ReportSink sink(&report);
  // Held findings are never re-checked, so this run cannot fail.
  absl::Status held = RunEngine(state_->setup, base, issues,
                                /*streaming=*/false, state_->threads, &sink);
  (void)held;
  return report;
}

absl::Status RuleEngine::RunStreaming(const ClaimBase& base, IssueList* issues,
                                      FindingSink* sink) const {
  return RunEngine(state_->setup, base, issues, /*streaming=*/true,
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
