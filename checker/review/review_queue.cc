#include "checker/review/review_queue.h"

#include <algorithm>
#include <numeric>

namespace checker {
namespace {

// Lower is worse; VERDICT_UNSPECIFIED (0) is not a verdict at all.
int VerdictRank(Verdict verdict) {
  return verdict == VERDICT_UNSPECIFIED ? 100 : static_cast<int>(verdict);
}

// Claims without a confidence sort after every claim with one.
float ConfidenceOf(const Claim& claim) {
  return claim.evidence().has_confidence() ? claim.evidence().confidence()
                                           : 2.0f;
}

}  // namespace

void CollectClaimVerdicts(const Report& report, ClaimVerdicts* verdicts) {
  for (const Finding& finding : report.finding()) {
    for (const FindingClaim& claim : finding.claim()) {
      auto [it, inserted] = verdicts->try_emplace(claim.claim(),
                                                  finding.verdict());
      if (!inserted && VerdictRank(finding.verdict()) < VerdictRank(it->second)) {
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

std::vector<size_t> OrderQueue(const std::vector<Claim>& claims,
                               const ClaimVerdicts& verdicts) {
  std::vector<int> tiers(claims.size());
  for (size_t i = 0; i < claims.size(); ++i) {
    tiers[i] = QueueTier(claims[i], verdicts);
  }
  std::vector<size_t> order(claims.size());
  std::iota(order.begin(), order.end(), size_t{0});
  std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) {
    if (tiers[a] != tiers[b]) return tiers[a] < tiers[b];
    return ConfidenceOf(claims[a]) < ConfidenceOf(claims[b]);
  });
  return order;
}

}  // namespace checker
