// Likely causes of a disagreement, used by the interval rule. Each detector
// looks only at the group and the other groups of its entity.
#ifndef CHECKER_RULES_CAUSES_H_
#define CHECKER_RULES_CAUSES_H_

#include <string>

#include "checker/rules/rule.h"
#include "proto/finding.pb.h"

namespace checker {

struct CauseNote {
  Cause cause = CAUSE_UNSPECIFIED;
  std::string note;  // one sentence for the explanation; empty when none
};

// For a group whose claims share no value. Tries, in order: a relative date
// resolved through a disputed anchor; a date that matches another date role
// of the entity (an announcement); durations one day apart (day counting);
// a figure that is another rounded to its leading digits; a figure that
// matches the same attribute under other qualifiers (scope).
CauseNote DetectConflictCause(const Group& group, RuleContext& context);

// For a group whose claims overlap although their stated figures differ:
// CAUSE_PRECISION for dates of different precision, CAUSE_HEDGE when hedges
// or written bounds make the figures compatible.
CauseNote DetectAgreementCause(const Group& group);

// Whether an attribute is an announcement date ("date_announced", role
// "announced") or an event's date of death etc.: its role, else its id.
std::string DateRole(const Attribute* attribute, absl::string_view id);

}  // namespace checker

#endif  // CHECKER_RULES_CAUSES_H_
