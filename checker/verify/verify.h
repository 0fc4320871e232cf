// Verify: hold a manuscript draft against the claim base.
//
// Every figure, date and duration in the draft is extracted, linked to a
// subject with the claim base's gazetteer (so aliases link as they do for
// sources), normalized with the same Normalizer (so hedges such as "some 40
// days" become intervals), and classified against the base's claims for that
// subject (see classify.h for SUPPORTED, DISPUTED, CONTRADICTED and
// UNSUPPORTED); a figure the linker could not tie to a subject is UNLINKED
// with its reason.
//
//   ClaimIndex index(base);                       // once per claim base
//   absl::StatusOr<VerifyResult> result = VerifyDraft(
//       text, "draft.md", index, linker, normalizer, engine, {});
//
// The rules engine runs only on the claims of the subjects the draft
// mentions, so the cost grows with the draft, not with the claim base.
// InvalidArgument when the draft is not valid UTF-8 (from extraction).
// Thread-safe given thread-safe arguments (all of them are immutable).
#ifndef CHECKER_VERIFY_VERIFY_H_
#define CHECKER_VERIFY_VERIFY_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/base/issue.h"
#include "checker/extract/mention.h"
#include "checker/link/linker.h"
#include "checker/normalize/normalizer.h"
#include "checker/rules/engine.h"
#include "checker/verify/claim_index.h"
#include "checker/verify/classify.h"
#include "proto/claim.pb.h"

namespace checker {

// One figure of the draft and what the claim base says about it.
struct FigureVerdict {
  // Half-open byte range of the figure in the draft.
  uint32_t begin = 0;
  uint32_t end = 0;
  // 1-based line, and 1-based column counted in Unicode characters (code
  // points, not bytes) from the start of the line.
  int line = 0;
  int column = 0;
  std::string text;  // the figure as written in the draft
  Outcome outcome = Outcome::kUnlinked;
  // Set when linked (every outcome but UNLINKED).
  Subject subject;
  // Why it could not be linked or compared (UNLINKED only).
  std::string unlinked_reason;
  // The draft figure's interval, when it could be normalized.
  bool has_interval = false;
  ValueInterval interval;
  // The source claims the verdict rests on (see Classification::cited).
  std::vector<SourceClaim> sources;
  std::string sources_range;  // "40 – 42 days"; empty when none
  std::string message;        // one line for an editor
  std::string footnote;       // Pandoc footnote text, with citations
};

struct VerifyResult {
  std::string draft_path;
  // Every figure, in draft order.
  std::vector<FigureVerdict> figures;
  // Problems met on the way (claims of the base that could not be
  // normalized); the figures are still all there.
  IssueList issues;

  int Count(Outcome outcome) const;
};

struct VerifyOptions {
  // Passed to extraction: default year for dates written without one when
  // the draft gives none before them.
  ExtractOptions extract;
};

absl::StatusOr<VerifyResult> VerifyDraft(
    absl::string_view draft_text, absl::string_view draft_path,
    const ClaimIndex& index, const Linker& linker, const Normalizer& normalizer,
    const RuleEngine& engine, const VerifyOptions& options);

// The --fail-on threshold: kContradicted fails on any CONTRADICTED figure,
// kUnsupported on any CONTRADICTED or UNSUPPORTED one, kNever never.
enum class FailOn { kContradicted, kUnsupported, kNever };

bool VerifyFails(const VerifyResult& result, FailOn fail_on);

}  // namespace checker

#endif  // CHECKER_VERIFY_VERIFY_H_
