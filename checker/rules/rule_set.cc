#include "checker/rules/rule_set.h"

namespace checker {

// One factory per rule file.
std::unique_ptr<Rule> NewIntervalRule();
std::unique_ptr<Rule> NewSingleSourceRule();
std::unique_ptr<Rule> NewReviewRule();
std::unique_ptr<Rule> NewArithmeticRule();
std::unique_ptr<Rule> NewSequenceRule();

RuleSet::RuleSet() {
  // Registration order is the order of a subject's findings in reports.
  Register(NewIntervalRule());
  Register(NewSingleSourceRule());
  Register(NewReviewRule());
  Register(NewArithmeticRule());
  Register(NewSequenceRule());
}

const RuleSet& RuleSet::Default() {
  static const RuleSet* const kDefault = new RuleSet();
  return *kDefault;
}

const Rule* RuleSet::Find(absl::string_view id) const {
  for (const Rule* rule : rules_) {
    if (rule->id() == id) return rule;
  }
  return nullptr;
}

void RuleSet::Register(std::unique_ptr<Rule> rule) {
  rules_.push_back(rule.get());
  owned_.push_back(std::move(rule));
}

}  // namespace checker
