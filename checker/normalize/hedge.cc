#include "checker/normalize/hedge.h"

#include <cmath>
#include <limits>

namespace checker {

void ApplyHedge(const HedgeApplication& hedge, double low, double high,
                ValueInterval* iv) {
  constexpr double kOpen = std::numeric_limits<double>::infinity();
  double t = hedge.tolerance;
  iv->low_exclusive = false;
  iv->high_exclusive = false;
  switch (hedge.meaning) {
    case APPROXIMATE:
    case UNCERTAIN:
      iv->low = low - t * std::fabs(low);
      iv->high = high + t * std::fabs(high);
      return;
    case LOWER_BOUND:
      iv->low = low;
      iv->low_exclusive = true;
      iv->high = kOpen;
      return;
    case AT_LEAST:
      iv->low = low;
      iv->high = kOpen;
      return;
    case UPPER_BOUND:
      iv->low = hedge.floor;
      iv->high = high;
      return;
    case BELOW:
      iv->low = hedge.floor;
      iv->high = high;
      iv->high_exclusive = true;
      return;
    case NEARLY:
      iv->low = low - t * std::fabs(low);
      iv->high = high;
      return;
    default:
      break;
  }
  double r = low == high && IsRoundFigure(low) ? hedge.round_tolerance : 0;
  iv->low = low - r * std::fabs(low);
  iv->high = high + r * std::fabs(high);
}

bool IsRoundFigure(double value) {
  double magnitude = std::fabs(value);
  if (magnitude < 10 || magnitude != std::floor(magnitude)) return false;
  return std::fmod(magnitude, 10) == 0;
}

}  // namespace checker
