#include "checker/normalize/value_text.h"

#include <cmath>

#include "absl/strings/str_cat.h"
#include "checker/base/interval_words.h"

namespace checker {
namespace {

// What follows a value of `kind`: " days" (" day" for exactly one), "%".
std::string UnitSuffix(ValueKind kind, absl::string_view unit, bool one) {
  if (kind == VALUE_DURATION) return one ? " day" : " days";
  if (kind == VALUE_QUANTITY && unit == "percent") return "%";
  return "";
}

}  // namespace

std::string ValueText(double value, ValueKind kind, absl::string_view unit) {
  return absl::StrCat(BoundText(kind, value),
                      UnitSuffix(kind, unit, value == 1));
}

std::string IntervalText(const ValueInterval& interval,
                         absl::string_view unit) {
  const BoundWords low{BoundText(interval.kind, interval.low),
                       interval.low_exclusive};
  const BoundWords high{BoundText(interval.kind, interval.high),
                        interval.high_exclusive};
  if (low.text.empty() && high.text.empty()) return IntervalWords(low, high);
  const bool one = interval.low == 1 && interval.high == 1;
  return absl::StrCat(IntervalWords(low, high),
                      UnitSuffix(interval.kind, unit, one));
}

}  // namespace checker
