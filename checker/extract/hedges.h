// Hedges ("about", "more than", "as many as", "c.") before a figure, and
// how they turn the figure into bounds. Internal to checker/extract.
#ifndef CHECKER_EXTRACT_HEDGES_H_
#define CHECKER_EXTRACT_HEDGES_H_

#include <cstddef>
#include <string>

#include "checker/extract/mention.h"
#include "checker/extract/scan.h"
#include "checker/extract/tables.h"

namespace checker::extract {

struct HedgeMatch {
  size_t end = 0;  // one past the hedge; 0 when none
  HedgeBound bound = HedgeBound::kApproximate;
  std::string text;  // lowercase, single-spaced ("as many as", "c.")
};

// The longest hedge phrase starting at token i, if any.
HedgeMatch MatchHedge(const Scan& s, size_t i);

// Applies the hedge to the bounds of a matched mention: quantities and
// percents get open or exclusive bounds; durations and relative dates the
// same on low_days/high_days (low_exclusive/high_exclusive then refer to
// them); dates are marked approximate.
void ApplyHedge(const HedgeMatch& h, Mention* m);

}  // namespace checker::extract

#endif  // CHECKER_EXTRACT_HEDGES_H_
