// Shared by lint.cc, lint_values.cc and lint_documents.cc; not a public API.
#ifndef CHECKER_STORE_LINT_INTERNAL_H_
#define CHECKER_STORE_LINT_INTERNAL_H_

#include <string>

#include "absl/container/flat_hash_set.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/string_view.h"
#include "checker/base/issue.h"
#include "checker/store/claim_base.h"
#include "checker/store/lint.h"

namespace checker::lint_internal {

// Where lint reports, with the claim or source named in each message.
class LintContext {
 public:
  LintContext(const ClaimBase& base, IssueList* issues)
      : base_(base), issues_(issues) {}
  const ClaimBase& base() const { return base_; }

  // Ids valid without a gazetteer declaration (LintOptions::
  // builtin_attributes); not owned, may be null.
  void set_builtin_attributes(const absl::flat_hash_set<std::string>* ids) {
    builtin_attributes_ = ids;
  }
  // Declared in the gazetteer, or built in.
  bool KnownAttribute(absl::string_view id) const {
    return base_.FindAttribute(id) != nullptr ||
           (builtin_attributes_ != nullptr &&
            builtin_attributes_->contains(id));
  }
  // The advice for an attribute id that is not known.
  static constexpr absl::string_view kUnknownAttributeAdvice =
      "; attributes are the built-in ones (`checker vocabulary` lists them) "
      "and those the gazetteer declares: declare it there or fix the id";

  // ERROR at claim `i`'s field `path`: claim "<id>": <message>
  void ClaimError(size_t i, absl::string_view path,
                  absl::string_view message) const {
    issues_->Error(
        base_.LocationOf(ItemKind::kClaim, i, path),
        absl::StrCat("claim \"", base_.claims[i].id(), "\": ", message));
  }
  void ClaimWarning(size_t i, absl::string_view path,
                    absl::string_view message) const {
    issues_->Warning(
        base_.LocationOf(ItemKind::kClaim, i, path),
        absl::StrCat("claim \"", base_.claims[i].id(), "\": ", message));
  }
  // ERROR at source `i`'s field `path`: source "<id>": <message>
  void SourceError(size_t i, absl::string_view path,
                   absl::string_view message) const {
    issues_->Error(
        base_.LocationOf(ItemKind::kSource, i, path),
        absl::StrCat("source \"", base_.sources[i].id(), "\": ", message));
  }
  void Error(SourceLocation where, std::string message) const {
    issues_->Error(std::move(where), std::move(message));
  }
  void Warning(SourceLocation where, std::string message) const {
    issues_->Warning(std::move(where), std::move(message));
  }

 private:
  const ClaimBase& base_;
  IssueList* issues_;
  const absl::flat_hash_set<std::string>* builtin_attributes_ = nullptr;
};

// `text` in double quotes, C-escaped, cut to 60 bytes with "...".
std::string Quoted(absl::string_view text);

// "file:line:col" (or less, when unknown).
std::string LocationText(const SourceLocation& where);

// Figures of claim `i` that no claim can mean: non-finite numbers (1e400,
// nan, -inf), negative durations, relative-date offsets over
// 10,000 years. Run by LoadClaimBase on every parsed claim (so `check`,
// `report` and `lint` all refuse them), not again by LintClaimBase.
void LintClaimFigures(const LintContext& context, size_t i);

// Value checks of claim `i` (beyond LintClaimFigures): value present and of its
// attribute's kind, quantity and duration bounds, dates, relative-date anchors,
// span vs quote.
void LintClaimValue(const LintContext& context, size_t i);

// Cycles among relative dates' anchor claims, one issue per cycle.
void LintAnchorCycles(const LintContext& context);

// Strings are valid UTF-8; source ids are citation keys.
void LintText(const LintContext& context);

// Claims inside a quoted segment must name the quoted source and carrier
// (warnings: the extractor's candidates may not know yet).
void LintSegmentAttribution(const LintContext& context);

// Document checks (see lint.h); fills the document counts of `summary`.
void LintDocuments(const LintContext& context, const LintOptions& options,
                   LintSummary* summary);

}  // namespace checker::lint_internal

#endif  // CHECKER_STORE_LINT_INTERNAL_H_
