// checker.rule.single_source: a figure no other voice confirms.
//
// Reports SINGLE_SOURCE for every group whose claims all rest on one voice
// (one source, a chain of sources citing or quoting each other, or one
// attributed third party), so editors see what rests on a single authority.
#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/rules/finding_util.h"
#include "checker/rules/rule.h"
#include "checker/rules/wording.h"

namespace checker {
namespace {

class SingleSourceRule : public Rule {
 public:
  absl::string_view id() const override { return "checker.rule.single_source"; }

  void CheckGroup(const Group& group, RuleContext& context) const override {
    if (group.independent_voices != 1) return;
    std::vector<const NormalizedClaim*> claims;
    for (const NormalizedClaim& c : group.claims) claims.push_back(&c);
    std::vector<std::string> values, who;
    for (const NormalizedClaim* c : claims) {
      std::string value = ValueAsWritten(*c);
      if (std::find(values.begin(), values.end(), value) == values.end()) {
        values.push_back(std::move(value));
      }
      std::string citation = ClaimCitation(*c);
      if (std::find(who.begin(), who.end(), citation) == who.end()) {
        who.push_back(std::move(citation));
      }
    }
    std::string explanation =
        group.sources.size() == 1
            ? absl::StrCat("Only ", who.front(),
                           " states this: ", absl::StrJoin(values, ", "), ".")
            : absl::StrCat(
                  "Only one voice states this (", absl::StrJoin(who, "; "),
                  " rest on one authority): ", absl::StrJoin(values, ", "),
                  ".");
    Finding finding = context.NewFinding(*this, *group.subject, SINGLE_SOURCE,
                                         claims, std::move(explanation));
    finding.set_independent_sources(1);
    if (group.sources.size() > 1) finding.set_cause(CAUSE_COPIED_SOURCE);
    context.Report(std::move(finding));
  }
};

}  // namespace

std::unique_ptr<Rule> NewSingleSourceRule() {
  return std::make_unique<SingleSourceRule>();
}

}  // namespace checker
