// The claim base's evidence for the subjects a draft mentions: their claims
// normalized to intervals, and the rules engine's verdict on each subject.
//
//   EvidenceBuilder builder(index, normalizer);
//   auto evidence = builder.Build(keys, engine, &issues);
//
// Only the claims of the requested subjects (and the anchors their relative
// dates need) are normalized and given to the engine. Claims that cannot be
// normalized are left out with a warning in `issues` naming the claim.
#ifndef CHECKER_VERIFY_EVIDENCE_H_
#define CHECKER_VERIFY_EVIDENCE_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "checker/base/issue.h"
#include "checker/normalize/normalizer.h"
#include "checker/rules/engine.h"
#include "checker/verify/claim_index.h"
#include "checker/verify/classify.h"
#include "proto/claim.pb.h"

namespace checker {

// The axis of a claim's value: quantities, dates (relative dates included)
// or durations.
ValueKind KindOf(const Claim& claim);

// Draft claims by id, for relative dates anchored on another draft figure.
using DraftClaims = absl::flat_hash_map<std::string, const Claim*>;

class EvidenceBuilder {
 public:
  // Both must outlive the builder.
  EvidenceBuilder(const ClaimIndex& index, const Normalizer& normalizer)
      : index_(index), normalizer_(normalizer) {}

  // Evidence for each key that has claims in the index.
  absl::flat_hash_map<std::string, SubjectEvidence> Build(
      const std::vector<std::string>& keys, const RuleEngine& engine,
      IssueList* issues) const;

  // Resolves relative dates: an anchor claim id is looked up in `draft`
  // (may be null) and then in the base; an anchor entity and attribute take
  // the hull of that subject's claims in the base. Relative anchors are
  // followed at most `depth` levels.
  AnchorResolver Resolver(const DraftClaims* draft, int depth) const;

 private:
  absl::StatusOr<ValueInterval> Resolve(const RelativeDate& relative,
                                        const DraftClaims* draft,
                                        int depth) const;
  std::vector<uint32_t> WithAnchors(const std::vector<std::string>& keys) const;

  const ClaimIndex& index_;
  const Normalizer& normalizer_;
};

}  // namespace checker

#endif  // CHECKER_VERIFY_EVIDENCE_H_
