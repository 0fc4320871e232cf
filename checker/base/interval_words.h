// How checker words an interval for readers, whatever the interval is made
// of (a finding's bound texts, or a normalized interval's numbers): the one
// place that says "513,000 – 627,000", "at least 60,000" or "unbounded".
//
//   IntervalWords({"513,000"}, {"627,000"}) == "513,000 – 627,000"
//   IntervalWords({"60,000", /*exclusive=*/true}, {}) == "above 60,000"
//
// Pure; thread-safe.
#ifndef CHECKER_BASE_INTERVAL_WORDS_H_
#define CHECKER_BASE_INTERVAL_WORDS_H_

#include <string>

namespace checker {

// One bound as text; an empty `text` is an open bound.
struct BoundWords {
  std::string text;
  bool exclusive = false;
};

// Both bounds closed and inclusive: the text once when they are equal
// ("1953-03-05"), else "low – high". Both bounded, one or both exclusive:
// interval notation, "(5,000, 6,000]". One open bound: "above"/"at least"
// low, "below"/"at most" high. Both open: "unbounded".
std::string IntervalWords(const BoundWords& low, const BoundWords& high);

}  // namespace checker

#endif  // CHECKER_BASE_INTERVAL_WORDS_H_
