// checker.rule.needs_review: unreviewed claims too unsure to count.
//
// An EXTRACTED claim whose LinkEvidence.confidence is below the configured
// `review_threshold` takes no part in the verdicts of its group (the engine
// sets it apart in Group::needs_review); this rule lists such claims, one
// NEEDS_REVIEW finding per group, so none is silently dropped. Reviewed
// claims and claims without a confidence always count.
#include <memory>
#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/base/number_text.h"
#include "checker/rules/rule.h"
#include "checker/rules/wording.h"

namespace checker {
namespace {

class ReviewRule : public Rule {
 public:
  absl::string_view id() const override { return "checker.rule.needs_review"; }

  void CheckGroup(const Group& group, RuleContext& context) const override {
    if (group.needs_review.empty()) return;
    std::vector<const NormalizedClaim*> claims;
    std::vector<std::string> entries;
    for (const NormalizedClaim& c : group.needs_review) {
      claims.push_back(&c);
      entries.push_back(absl::StrCat(
          ValueAsWritten(c), " (", ClaimCitation(c), ", confidence ",
          FormatNumber(c.claim->evidence().confidence()), ")"));
    }
    std::string explanation = absl::StrCat(
        Capitalized(CountWord(claims.size())),
        claims.size() == 1 ? " unreviewed figure was"
                           : " unreviewed figures were",
        " linked to this subject with confidence below ",
        FormatNumber(context.config().review_threshold()),
        " and not counted toward its verdict: ", absl::StrJoin(entries, "; "),
        ". Review ", claims.size() == 1 ? "it" : "them",
        " (CONFIRMED, CORRECTED or REJECTED) to settle the subject.");
    context.Report(context.NewFinding(*this, *group.subject, NEEDS_REVIEW,
                                      claims, std::move(explanation)));
  }
};

}  // namespace

std::unique_ptr<Rule> NewReviewRule() { return std::make_unique<ReviewRule>(); }

}  // namespace checker
