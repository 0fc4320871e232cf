// Meaning checks of a rules file (RulesConfig, proto/rules.proto), each
// issue at its field's file:line:col and all of them in one run: what
// `checker check` would otherwise refuse one message at a time.
//
//   IssueList issues;
//   LintRules("claims/rules.textproto", text, {"checker.rule.interval"},
//             &issues);
#ifndef CHECKER_NORMALIZE_RULES_CONFIG_CHECK_H_
#define CHECKER_NORMALIZE_RULES_CONFIG_CHECK_H_

#include <string>
#include <vector>

#include "absl/strings/string_view.h"
#include "checker/base/issue.h"
#include "google/protobuf/text_format.h"
#include "proto/rules.pb.h"

namespace checker {

// Checks the RulesConfig textproto `text` read from `path`: tolerances,
// thresholds and day counts finite and >= 0, review_threshold at most 1;
// hedges with a phrase, a meaning and a tolerance >= 0; vague magnitudes
// with a phrase and finite low <= high; waivers with an entity and a note;
// every rule named by a severity, a waiver or disabled_rule among
// `known_rules` (the check is skipped when `known_rules` is empty). Syntax
// errors are the loader's to report: a text that does not parse adds
// nothing here. Pure.
void LintRules(const std::string& path, absl::string_view text,
               const std::vector<std::string>& known_rules, IssueList* issues);

// The same checks on a parsed config: the one definition of a usable
// RulesConfig, which RuleEngine::Create applies too. `locations` (may be
// null) is where the parser met each field; without it the issues name
// only `path`.
void LintRulesConfig(
    const RulesConfig& config,
    const google::protobuf::TextFormat::ParseInfoTree* locations,
    const std::string& path, const std::vector<std::string>& known_rules,
    IssueList* issues);

}  // namespace checker

#endif  // CHECKER_NORMALIZE_RULES_CONFIG_CHECK_H_
