#include "checker/review/review_queue.h"

#include <algorithm>

#include "checker/rules/finding_util.h"

namespace checker {
namespace {

// Claims without a confidence sort after every claim with one.
float ConfidenceOf(const Claim& claim) {
  return claim.evidence().has_confidence() ? claim.evidence().confidence()
                                           : 2.0f;
}

}  // namespace

void CollectClaimVerdicts(const Report& report, ClaimVerdicts* verdicts) {
  for (const Finding& finding : report.finding()) {
    for (const FindingClaim& claim : finding.claim()) {
      auto [it, inserted] =
          verdicts->try_emplace(claim.claim(), finding.verdict());
      if (!inserted &&
          VerdictOrder(finding.verdict()) < VerdictOrder(it->second)) {
        it->second = finding.verdict();
      }
    }
  }
}

int QueueTier(const Claim& claim, const ClaimVerdicts& verdicts) {
  auto it = verdicts.find(claim.id());
  if (it != verdicts.end() &&
      (it->second == CONFLICT || it->second == VARYING)) {
    return 0;
  }
  return claim.evidence().has_confidence() ? 1 : 2;
}

QueueKey QueueKeyOf(const Claim& claim, size_t index,
                    const ClaimVerdicts& verdicts) {
  return QueueKey{QueueTier(claim, verdicts), ConfidenceOf(claim), index};
}

std::vector<size_t> OrderQueue(const std::vector<Claim>& claims,
                               const ClaimVerdicts& verdicts) {
  // Keys first, then one sort over small structs: comparing through the
  // protos is what made a million-claim queue slow.
  std::vector<QueueKey> keys(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    keys[i] = QueueKeyOf(claims[i], i, verdicts);
  }
  std::sort(keys.begin(), keys.end());
  std::vector<size_t> order(claims.size());
  for (size_t i = 0; i < keys.size(); ++i) order[i] = keys[i].index;
  return order;
}

}  // namespace checker
