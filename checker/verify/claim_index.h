// An index of a claim base by subject, built once so that checking a long
// draft costs one hash lookup per figure.
//
//   ClaimIndex index(base);               // base must outlive index
//   const std::vector<uint32_t>* claims = index.Find(SubjectKey(subject));
//
// Subjects are keyed by entity, attribute and every qualifier (SubjectKey
// in checker/rules/finding_util.h): claims are compared only when all are
// equal. REJECTED claims and claims without an entity or attribute are left
// out. Building does no normalization; that happens later, only for the
// subjects a draft mentions. Immutable after construction; safe to share across
// threads.
#ifndef CHECKER_VERIFY_CLAIM_INDEX_H_
#define CHECKER_VERIFY_CLAIM_INDEX_H_

#include <cstdint>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/strings/string_view.h"
#include "checker/store/claim_base.h"

namespace checker {

class ClaimIndex {
 public:
  explicit ClaimIndex(const ClaimBase& base);

  ClaimIndex(const ClaimIndex&) = delete;
  ClaimIndex& operator=(const ClaimIndex&) = delete;

  // Positions in base().claims of the claims with exactly this subject key,
  // in base order; null when there are none.
  const std::vector<uint32_t>* Find(absl::string_view subject_key) const;

  // Whether any claim has this entity and attribute, whatever its
  // qualifiers.
  bool HasEntityAttribute(absl::string_view entity,
                          absl::string_view attribute) const;

  // The position of the claim with this id in base().claims, or -1.
  int64_t FindClaimPosition(absl::string_view id) const;

  const ClaimBase& base() const { return base_; }
  size_t subject_count() const { return by_subject_.size(); }

 private:
  const ClaimBase& base_;
  absl::flat_hash_map<std::string, std::vector<uint32_t>> by_subject_;
  absl::flat_hash_set<std::string> entity_attributes_;
};

}  // namespace checker

#endif  // CHECKER_VERIFY_CLAIM_INDEX_H_
