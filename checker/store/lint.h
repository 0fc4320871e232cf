// Lint: every check of a claim base that does not need the rules engine.
//
//   IssueList issues;
//   LintSummary summary;
//   LintClaimBase(base, {.docs_root = "../shared/corpus"}, &issues, &summary);
//
// Reports ALL problems in one run, each as an Issue at the file:line:col of
// the offending field (or of its claim/source when the field is absent) with
// a message that says what to do. Checks:
//   ids         duplicate source/entity/attribute/claim ids (both places
//               named); unknown source, entity, attribute, anchor and
//               carrier ids in claims; unknown ids in Source.cites/quotes and
//               Segment.quoted_source; a claim's provenance.document must be
//               declared by some source.
//   text        every string is valid UTF-8 (else the binary form could
//               not hold it); source ids hold only letters, digits, '_',
//               '-', ':' and '.' (they are citation keys).
//   subjects    CONFIRMED/CORRECTED claims need subject.entity and
//               subject.attribute.
//   values      a claim needs a value, of the kind its attribute takes
//               (relative_date counts as a date); quantity low <= high;
//               duration low_days <= high_days; dates are existing ISO days
//               (YYYY-MM-DD; 30 February is rejected) with earliest <= latest;
//               a relative date's anchor claim exists and anchors do not
//               form a cycle.
//   spans       provenance begin <= end; the span lies inside the quote and
//               the quote contains the claim's text; segments do not end
//               before they begin or overlap.
//   segments    (warnings) a claim whose span lies inside a segment that
//               quotes another work should name that work as its source and
//               the document's source as provenance.carrier_source.
//   documents   only when `docs_root` is set: each declared document is read
//               from docs_root/path. Unreachable: ONE warning per document
//               and its checks are skipped. Reachable: sha256 and size must
//               match (else the claims' spans are not checked), spans and
//               segments must lie inside the file, and the bytes at each
//               claim's span must equal the quote's part there.
// Never prints; never fails: problems are issues. Deterministic order (call
// IssueList::Sort() for file/line order).
#ifndef CHECKER_STORE_LINT_H_
#define CHECKER_STORE_LINT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "checker/base/document_path.h"
#include "checker/base/issue.h"
#include "checker/store/claim_base.h"
#include "checker/store/file_reader.h"

namespace checker {

struct LintOptions {
  // Root that DocumentFile.path is relative to; "" skips the document checks.
  std::string docs_root;
  // Reads the documents; null means the real file system. Not owned.
  const FileReader* reader = nullptr;
  // Document paths are resolved under docs_root by ResolveDocumentPath: no
  // ".." above it, and no absolute path unless this is set.
  bool allow_absolute_documents = false;
  // A larger document is not read (a warning says so).
  uint64_t max_document_bytes = kMaxDocumentBytes;
  // The checker's rule ids, for the rules file's severities, waivers and
  // disabled_rule (LintRules); empty skips that check. The rules file is
  // the base's rules.textproto, read again through `reader`.
  std::vector<std::string> known_rules;
  // Attribute ids that are valid without a gazetteer declaration: the
  // linker's built-in vocabulary (`checker vocabulary`), which store cannot
  // see itself. Empty: only the gazetteer's attributes are known.
  std::vector<std::string> builtin_attributes;
  // The text spans point into, from a document's path and bytes (the hash
  // and size checks cover the bytes). Null: the bytes themselves. The CLI
  // passes text/'s SpanTextOf, so a PDF's spans are checked against its
  // extracted text, which store cannot compute (it does not depend on text/).
  std::function<absl::StatusOr<std::string>(const std::string& path,
                                            std::string bytes)>
      span_text;
};

// What lint looked at, for the CLI's summary.
struct LintSummary {
  int documents_declared = 0;  // distinct DocumentFile paths
  int documents_checked = 0;   // read and checked against their text
  int documents_skipped = 0;   // unreachable, or no docs_root
};

void LintClaimBase(const ClaimBase& base, const LintOptions& options,
                   IssueList* issues);
void LintClaimBase(const ClaimBase& base, const LintOptions& options,
                   IssueList* issues, LintSummary* summary);

}  // namespace checker

#endif  // CHECKER_STORE_LINT_H_
