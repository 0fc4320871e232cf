#include "checker/model/claim_set.h"

namespace checker {

ClaimKey ClaimKeyOf(const Claim& claim) {
  ClaimKey key;
  key.id = claim.id();
  key.entity = claim.subject().entity();
  key.attribute = claim.subject().attribute();
  key.parsed_subject = &claim.subject();
  key.has_qualifiers = !claim.subject().qualifier().empty();
  key.value_case = static_cast<int>(claim.value_case());
  if (claim.has_quantity()) key.quantity_unit = claim.quantity().unit();
  key.status = static_cast<int>(claim.status());
  return key;
}

const Subject& SubjectOf(const ClaimKey& key, Subject* scratch) {
  if (key.parsed_subject != nullptr) return *key.parsed_subject;
  scratch->ParseFromArray(key.subject.data(),
                          static_cast<int>(key.subject.size()));
  return *scratch;
}

}  // namespace checker
