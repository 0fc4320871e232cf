// The order in which `checker review` offers claims: most consequential
// first.
//
//   1. claims that take part in a CONFLICT or VARYING finding (a decision
//      on them can change a verdict), lowest link confidence first;
//   2. then claims with a link confidence, lowest first;
//   3. then the rest (hand-written claims carry no confidence).
// Ties keep the claim base's order (files in sorted path order, claims in
// file order), so the same base gives the same queue, across restarts too.
//
//   std::vector<size_t> order = OrderQueue(base.claims, deciding);
//
// Pure function; thread-safe.
#ifndef CHECKER_REVIEW_REVIEW_QUEUE_H_
#define CHECKER_REVIEW_REVIEW_QUEUE_H_

#include <cstddef>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "proto/claim.pb.h"
#include "proto/finding.pb.h"

namespace checker {

// The worst verdict each claim takes part in, by claim id (CONFLICT before
// VARYING before CONSISTENT before SINGLE_SOURCE); claims in no finding are
// absent.
using ClaimVerdicts = absl::flat_hash_map<std::string, Verdict>;

// Adds the findings' claims to `verdicts`, keeping the worst per claim
// (worst by VerdictOrder, the order the reports use).
void CollectClaimVerdicts(const Report& report, ClaimVerdicts* verdicts);

// The rank of `claim` in the queue's tiers (0 first), per the list above.
int QueueTier(const Claim& claim, const ClaimVerdicts& verdicts);

// A claim's place in the queue: lower sorts first.
struct QueueKey {
  int tier = 0;
  float confidence = 0;  // claims without one: after every claim with one
  size_t index = 0;      // the base's order breaks ties
  friend bool operator<(const QueueKey& a, const QueueKey& b) {
    if (a.tier != b.tier) return a.tier < b.tier;
    if (a.confidence != b.confidence) return a.confidence < b.confidence;
    return a.index < b.index;
  }
};

// The key of `claim`, which is claims[index].
QueueKey QueueKeyOf(const Claim& claim, size_t index,
                    const ClaimVerdicts& verdicts);

// Indices into `claims` in queue order (every claim, whatever its status).
std::vector<size_t> OrderQueue(const std::vector<Claim>& claims,
                               const ClaimVerdicts& verdicts);

}  // namespace checker

#endif  // CHECKER_REVIEW_REVIEW_QUEUE_H_
