#include "checker/base/vague_magnitudes.h"

namespace checker {

absl::Span<const VagueMagnitudeBounds> DefaultVagueMagnitudes() {
  static constexpr VagueMagnitudeBounds kVague[] = {
      {"tens of thousands", 10000, 99999},
      {"hundreds of thousands", 100000, 999999},
      {"tens of millions", 10000000, 99999999},
      {"hundreds of millions", 100000000, 999999999},
      {"several hundred thousand", 300000, 999999},
      {"several thousand", 3000, 9999},
      {"several million", 3000000, 9999999},
      {"several hundred", 300, 999},
      {"several dozen", 36, 119},
      {"a few thousand", 2000, 5000},
      {"a few million", 2000000, 5000000},
      {"a few hundred", 200, 500},
      {"a few dozen", 24, 60},
      {"many thousands", 2000, 99999},
      {"many millions", 2000000, 99999999},
      {"dozens", 24, 144},
      {"scores", 40, 200},
      {"hundreds", 200, 999},
      {"thousands", 2000, 9999},
      {"millions", 2000000, 9999999},
      {"billions", 2000000000, 9999999999},
  };
  return kVague;
}

}  // namespace checker
