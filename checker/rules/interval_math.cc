#include "checker/rules/interval_math.h"

#include <algorithm>
#include <cmath>

namespace checker {
namespace {

// Whether an interval ending at (high, high_exclusive) reaches one starting
// at (low, low_exclusive).
bool Reaches(double high, bool high_exclusive, double low, bool low_exclusive) {
  if (high > low) return true;
  return high == low && !high_exclusive && !low_exclusive;
}

}  // namespace

ValueInterval CommonOverlap(const std::vector<const NormalizedClaim*>& claims,
                            bool* empty) {
  ValueInterval common;
  for (const NormalizedClaim* c : claims) {
    const ValueInterval& iv = c->interval;
    common.kind = iv.kind;
    if (iv.low > common.low || (iv.low == common.low && iv.low_exclusive)) {
      common.low = iv.low;
      common.low_exclusive = iv.low_exclusive;
    }
    if (iv.high < common.high ||
        (iv.high == common.high && iv.high_exclusive)) {
      common.high = iv.high;
      common.high_exclusive = iv.high_exclusive;
    }
  }
  *empty = !Reaches(common.high, common.high_exclusive, common.low,
                    common.low_exclusive);
  return common;
}

std::vector<std::vector<const NormalizedClaim*>> OverlapClusters(
    const std::vector<const NormalizedClaim*>& claims) {
  std::vector<const NormalizedClaim*> sorted = claims;
  std::stable_sort(sorted.begin(), sorted.end(),
                   [](const NormalizedClaim* a, const NormalizedClaim* b) {
                     if (a->interval.low != b->interval.low) {
                       return a->interval.low < b->interval.low;
                     }
                     return !a->interval.low_exclusive &&
                            b->interval.low_exclusive;
                   });
  std::vector<std::vector<const NormalizedClaim*>> clusters;
  double reach = 0;
  bool reach_exclusive = false;
  for (const NormalizedClaim* c : sorted) {
    const ValueInterval& iv = c->interval;
    if (clusters.empty() ||
        !Reaches(reach, reach_exclusive, iv.low, iv.low_exclusive)) {
      clusters.emplace_back();
      reach = iv.high;
      reach_exclusive = iv.high_exclusive;
    } else if (iv.high > reach || (iv.high == reach && !iv.high_exclusive)) {
      reach = iv.high;
      reach_exclusive = iv.high_exclusive;
    }
    clusters.back().push_back(c);
  }
  for (auto& cluster : clusters) {
    std::sort(cluster.begin(), cluster.end(),
              [](const NormalizedClaim* a, const NormalizedClaim* b) {
                return a->claim->id() < b->claim->id();
              });
  }
  return clusters;
}

double RelativeSpread(const std::vector<const NormalizedClaim*>& claims,
                      const NormalizedClaim** lowest,
                      const NormalizedClaim** highest) {
  *lowest = *highest = nullptr;
  for (const NormalizedClaim* c : claims) {
    if (*lowest == nullptr || c->point < (*lowest)->point) *lowest = c;
    if (*highest == nullptr || c->point > (*highest)->point) *highest = c;
  }
  if (*lowest == nullptr) return 0;
  double low = (*lowest)->point;
  double high = (*highest)->point;
  double mean = (std::fabs(low) + std::fabs(high)) / 2;
  if (mean == 0 || !std::isfinite(mean)) return 0;
  return (high - low) / mean;
}

Verdict ClassifyIntervals(const std::vector<const NormalizedClaim*>& claims,
                          ValueKind kind, double varying_threshold) {
  bool empty = false;
  CommonOverlap(claims, &empty);
  if (empty) return CONFLICT;
  if (kind == VALUE_DATE) return CONSISTENT;
  const NormalizedClaim* lowest = nullptr;
  const NormalizedClaim* highest = nullptr;
  double spread = RelativeSpread(claims, &lowest, &highest);
  return spread > varying_threshold + 1e-9 ? VARYING : CONSISTENT;
}

double RepresentativePoint(const Claim& claim, const ValueInterval& iv) {
  if (claim.has_quantity() && claim.quantity().has_value()) {
    return claim.quantity().value();
  }
  if (claim.has_duration() && claim.duration().amount() > 0 &&
      claim.duration().unit() == UNIT_DAY) {
    return claim.duration().amount();
  }
  bool low_open = std::isinf(iv.low) ||
                  (iv.kind == VALUE_QUANTITY && claim.quantity().has_high() &&
                   !claim.quantity().has_low());
  bool high_open = std::isinf(iv.high);
  if (low_open && high_open) return 0;
  if (low_open) return iv.high;
  if (high_open) return iv.low;
  return (iv.low + iv.high) / 2;
}

}  // namespace checker
