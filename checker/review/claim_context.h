// The text a reviewer sees around a claim: the sentence holding the figure
// and its neighbours from the document when the documents root is known and
// the file still has the figure at its span, else the stored quote with its
// prefix and suffix. Split in three so the page can highlight the figure
// without ever parsing document text as markup.
//
//   DocumentCache docs("corpus/");
//   ClaimContext context = ContextOf(claim, &docs);
//   // context.before + context.figure + context.after is the shown text;
//   // it starts at byte context.begin of the document.
//
// DocumentCache is not thread-safe: callers serialize access.
#ifndef CHECKER_REVIEW_CLAIM_CONTEXT_H_
#define CHECKER_REVIEW_CLAIM_CONTEXT_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "checker/text/document.h"
#include "proto/claim.pb.h"

namespace checker {

struct ClaimContext {
  std::string before;
  std::string figure;
  std::string after;
  // Byte offset in the document of the first byte of `before`.
  uint32_t begin = 0;
  // True when taken from the document, false when from the stored quote.
  bool from_document = false;
};

// Documents read once per session, with their sentences.
class DocumentCache {
 public:
  // `docs_root` "" means no documents: every context comes from quotes.
  explicit DocumentCache(std::string docs_root)
      : docs_root_(std::move(docs_root)) {}

  struct Document {
    std::string text;
    std::vector<TextSpan> sentences;
  };
  // The document at `path` (relative to the root), or an error naming it.
  absl::StatusOr<const Document*> Get(const std::string& path);
  bool has_root() const { return !docs_root_.empty(); }

 private:
  std::string docs_root_;
  absl::flat_hash_map<std::string, Document> documents_;
};

ClaimContext ContextOf(const Claim& claim, DocumentCache* docs);

}  // namespace checker

#endif  // CHECKER_REVIEW_CLAIM_CONTEXT_H_
