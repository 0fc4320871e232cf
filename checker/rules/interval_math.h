// Interval comparisons shared by the rules: common overlap, clusters of
// overlapping claims, spread of the stated figures. All O(n log n) or less.
#ifndef CHECKER_RULES_INTERVAL_MATH_H_
#define CHECKER_RULES_INTERVAL_MATH_H_

#include <string>
#include <vector>

#include "checker/normalize/normalizer.h"
#include "checker/rules/rule.h"

namespace checker {

// The intersection of all intervals; `*empty` says whether it is empty.
ValueInterval CommonOverlap(const std::vector<const NormalizedClaim*>& claims,
                            bool* empty);

// Connected components of the overlap graph, by sorting on low and sweeping:
// each cluster's claims chain-overlap; clusters do not touch. Clusters come
// out in ascending order of value, members by claim id.
std::vector<std::vector<const NormalizedClaim*>> OverlapClusters(
    const std::vector<const NormalizedClaim*>& claims);

// (max point - min point) / mean of |min|,|max|; 0 for one claim or a zero
// mean. Used for VARYING on quantities and durations.
double RelativeSpread(const std::vector<const NormalizedClaim*>& claims,
                      const NormalizedClaim** lowest,
                      const NormalizedClaim** highest);

// The verdict the interval rule gives these claims (CONFLICT, VARYING or
// CONSISTENT); dates never vary, they agree or conflict.
Verdict ClassifyIntervals(const std::vector<const NormalizedClaim*>& claims,
                          ValueKind kind, double varying_threshold);

// The figure a reader takes a claim to state (see NormalizedClaim::point).
double RepresentativePoint(const Claim& claim, const ValueInterval& interval);

}  // namespace checker

#endif  // CHECKER_RULES_INTERVAL_MATH_H_
