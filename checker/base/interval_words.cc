#include "checker/base/interval_words.h"

#include "absl/strings/str_cat.h"

namespace checker {

std::string IntervalWords(const BoundWords& low, const BoundWords& high) {
  const bool has_low = !low.text.empty(), has_high = !high.text.empty();
  if (has_low && has_high) {
    if (!low.exclusive && !high.exclusive) {
      if (low.text == high.text) return low.text;
      return absl::StrCat(low.text, " – ", high.text);
    }
    return absl::StrCat(low.exclusive ? "(" : "[", low.text, ", ", high.text,
                        high.exclusive ? ")" : "]");
  }
  if (has_low)
    return absl::StrCat(low.exclusive ? "above " : "at least ", low.text);
  if (has_high)
    return absl::StrCat(high.exclusive ? "below " : "at most ", high.text);
  return "unbounded";
}

}  // namespace checker
