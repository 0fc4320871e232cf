// Writers for verify results. They only format: no verdict changes here.
//
//   WriteVerifyText(result, &std::cout);
//   std::string annotated = AnnotateMarkdown(draft_text, result);
//
// text: one line per figure, in draft order, then a summary line:
//   draft.md:12:34: CONTRADICTED "forty days" kengir_uprising/duration —
//   sources say ...
// md:   the draft with a Pandoc footnote marker "[^vN]" right after each
//       checked figure (every figure but UNLINKED ones), and the footnote
//       texts, with citations "[@source, p. N]", appended at the end.
// json: {"draft": ..., "summary": {...}, "figures": [...]}; open interval
//       bounds are null.
// html: a self-contained page with one table row per figure, escaped.
#ifndef CHECKER_VERIFY_VERIFY_OUTPUT_H_
#define CHECKER_VERIFY_VERIFY_OUTPUT_H_

#include <ostream>
#include <string>

#include "absl/strings/string_view.h"
#include "checker/verify/verify.h"

namespace checker {

void WriteVerifyText(const VerifyResult& result, std::ostream* out);
void WriteVerifyJson(const VerifyResult& result, std::ostream* out);
void WriteVerifyHtml(const VerifyResult& result, std::ostream* out);

// REQUIRES: `result` was computed from `draft_text`.
std::string AnnotateMarkdown(absl::string_view draft_text,
                             const VerifyResult& result);

// "12 figures: 3 supported, 1 disputed, 2 contradicted, 1 unsupported,
// 5 unlinked".
std::string VerifySummary(const VerifyResult& result);

}  // namespace checker

#endif  // CHECKER_VERIFY_VERIFY_OUTPUT_H_
