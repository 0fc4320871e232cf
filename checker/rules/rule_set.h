// The registered rules, in the order the engine runs them. Adding a rule
// touches its own file and one line in rule_set.cc.
//
//   for (const Rule* rule : RuleSet::Default().rules()) ...
//
// Immutable; Default() is built once and safe to share across threads.
#ifndef CHECKER_RULES_RULE_SET_H_
#define CHECKER_RULES_RULE_SET_H_

#include <memory>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/rules/rule.h"

namespace checker {

class RuleSet {
 public:
  // Every built-in rule.
  static const RuleSet& Default();

  const std::vector<const Rule*>& rules() const { return rules_; }
  // The rule with this id, or null.
  const Rule* Find(absl::string_view id) const;

 private:
  RuleSet();
  void Register(std::unique_ptr<Rule> rule);

  std::vector<std::unique_ptr<Rule>> owned_;
  std::vector<const Rule*> rules_;
};

}  // namespace checker

#endif  // CHECKER_RULES_RULE_SET_H_
