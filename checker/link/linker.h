// Linking: from a document's mentions to candidate claims.
//
// Each mention is linked to a gazetteer entity (by names and aliases) and an
// attribute (by cue words: same clause or sentence first, then the sentence
// before, then the section heading), attributed to a voice where the text
// attributes it ("Japanese sources claim"), placed in its segment and page,
// and given an anchor where it is a relative date. A mention that cannot be
// linked still becomes a claim, with LinkEvidence.unlinked_reason set and no
// subject: nothing is dropped.
//
//   absl::StatusOr<Linker> linker = Linker::Create(entities, attributes);
//   std::vector<Claim> claims = linker->Link(request);
//
// A Linker is immutable after Create and safe to share across threads.
#ifndef CHECKER_LINK_LINKER_H_
#define CHECKER_LINK_LINKER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/extract/mention.h"
#include "checker/text/document.h"
#include "proto/claim.pb.h"
#include "proto/gazetteer.pb.h"
#include "proto/source.pb.h"

namespace checker {

struct LinkRequest {
  // The whole document text and its mentions (from ExtractMentions).
  absl::string_view text;
  const std::vector<Mention>* mentions = nullptr;
  // Document path as recorded in Provenance.document.
  std::string document;
  // The document's source; its DocumentFile for `document` gives segments
  // (claims inside a segment belong to the quoted source).
  const Source* source = nullptr;

  // Optional additions (null: not used).
  // For text converted from another form (HTML): original_offsets[i] is the
  // byte offset in the original file of text[i], with one more entry for the
  // end (size text.size() + 1, non-decreasing). Provenance spans and ids
  // then point into the original file; quotes stay in the converted text.
  const std::vector<uint32_t>* original_offsets = nullptr;
  // Page breaks to use instead of "{p. N}" markers found in `text` (a PDF's
  // form feeds); each marker's page is in force from its span's begin.
  const std::vector<PageMarker>* pages = nullptr;
  // Sources of the claim base: a voice naming one of them ("[Applebaum]")
  // gets Attribution.source set, when exactly one source's author matches.
  const std::vector<Source>* known_sources = nullptr;
};

class Linker {
 public:
  // Builds matching tables from the gazetteer. Attributes given here add to
  // or override (by id) the built-in default vocabulary. InvalidArgument for
  // an unusable gazetteer (empty id, duplicate id), naming the id.
  static absl::StatusOr<Linker> Create(
      const std::vector<Entity>& entities,
      const std::vector<Attribute>& attributes);

  // Candidate claims in mention order, with status EXTRACTED, provenance
  // (document, span, page, short quote, prefix/suffix), evidence, and stable
  // ids derived from the document and span.
  std::vector<Claim> Link(const LinkRequest& request) const;

  Linker(Linker&&) noexcept;
  Linker& operator=(Linker&&) noexcept;
  ~Linker();

 private:
  struct Tables;
  explicit Linker(std::unique_ptr<const Tables> tables);
  std::unique_ptr<const Tables> tables_;
};

}  // namespace checker

#endif  // CHECKER_LINK_LINKER_H_
