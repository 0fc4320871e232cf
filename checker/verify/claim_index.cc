#include "checker/verify/claim_index.h"

#include "checker/rules/finding_util.h"

namespace checker {

ClaimIndex::ClaimIndex(const ClaimBase& base) : base_(base) {
  by_subject_.reserve(base.claims.size() / 4 + 1);
  for (size_t i = 0; i < base.claims.size(); ++i) {
    const Claim& claim = base.claims[i];
    const Subject& subject = claim.subject();
    if (claim.status() == REJECTED || subject.entity().empty() ||
        subject.attribute().empty()) {
      continue;
    }
    std::string key = SubjectKey(subject);
    if (!subject.qualifier().empty()) {
      entity_attributes_.insert(
          SubjectKey(subject.entity(), subject.attribute()));
    }
    by_subject_[std::move(key)].push_back(static_cast<uint32_t>(i));
  }
}

const std::vector<uint32_t>* ClaimIndex::Find(
    absl::string_view subject_key) const {
  auto it = by_subject_.find(subject_key);
  return it == by_subject_.end() ? nullptr : &it->second;
}

bool ClaimIndex::HasEntityAttribute(absl::string_view entity,
                                    absl::string_view attribute) const {
  const std::string key = SubjectKey(entity, attribute);
  return by_subject_.contains(key) || entity_attributes_.contains(key);
}

int64_t ClaimIndex::FindClaimPosition(absl::string_view id) const {
  const Claim* claim = base_.FindClaim(id);
  if (claim == nullptr) return -1;
  return claim - base_.claims.data();
}

}  // namespace checker
