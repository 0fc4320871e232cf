// Applying a hedge's meaning to written bounds (internal to normalize/).
#ifndef CHECKER_NORMALIZE_HEDGE_H_
#define CHECKER_NORMALIZE_HEDGE_H_

#include "checker/normalize/normalizer.h"
#include "proto/rules.pb.h"

namespace checker {

// HEDGE_MEANING_UNSPECIFIED means "no hedge": exact, or widened by
// `round_tolerance` when the figure is round.
struct HedgeApplication {
  HedgeMeaning meaning = HEDGE_MEANING_UNSPECIFIED;
  double tolerance = 0;        // t of the hedge
  double round_tolerance = 0;  // for unhedged round figures
  double floor = 0;            // low bound of "as many as N"
};

// The interval of a figure written as [low, high] (low == high for a single
// figure) under `hedge`; sets low/high/exclusivity only.
void ApplyHedge(const HedgeApplication& hedge, double low, double high,
                ValueInterval* interval);

// Whether `value` is a round figure: a whole number ending in 0 (40, 85,000).
bool IsRoundFigure(double value);

}  // namespace checker

#endif  // CHECKER_NORMALIZE_HEDGE_H_
