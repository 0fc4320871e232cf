// Normalization: a claim's value as written → a comparable interval.
//
// Hedges become intervals by the rules configuration ("about N" → N ± t·N,
// "over N" → (N, open)); dates become day intervals at their precision;
// durations become day bounds; relative dates are resolved through their
// anchor. Rules compare only these intervals.
//
//   Normalizer normalizer(config);   // config merged with built-in defaults
//   absl::StatusOr<ValueInterval> iv = normalizer.Normalize(claim, resolver);
//
// Immutable after construction; safe to share across threads.
#ifndef CHECKER_NORMALIZE_NORMALIZER_H_
#define CHECKER_NORMALIZE_NORMALIZER_H_

#include <functional>
#include <limits>
#include <string>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"
#include "proto/gazetteer.pb.h"
#include "proto/rules.pb.h"

namespace checker {

// A closed or half-open interval on one axis: counts in their unit, dates
// and durations in days (dates as days since 1970-01-01).
struct ValueInterval {
  ValueKind kind = VALUE_KIND_UNSPECIFIED;
  double low = -std::numeric_limits<double>::infinity();
  double high = std::numeric_limits<double>::infinity();
  bool low_exclusive = false;
  bool high_exclusive = false;
  // How it was derived, for explanations ("about 570,000 ± 10%").
  std::string derivation;
};

// Whether `a` and `b` share at least one value, bounds and their
// exclusivity respected ([1, 5] and [5, 9] do; [1, 5) and [5, 9] do not).
// Infinite bounds are open. The one overlap test of rules and verify.
bool Overlaps(const ValueInterval& a, const ValueInterval& b);

// The smallest interval holding both: the lower low and the higher high,
// each bound closed when either interval's equal bound is ([1, 5) and
// (1, 5] give [1, 5]). Holds the gap between disjoint intervals too. Keeps
// `a`'s kind; the derivation is cleared (it described one interval).
ValueInterval Hull(const ValueInterval& a, const ValueInterval& b);

// Finds the interval of a relative date's anchor: another claim by id, or an
// entity's date attribute. Returns NotFound when there is none.
using AnchorResolver =
    std::function<absl::StatusOr<ValueInterval>(const RelativeDate& relative)>;

class Normalizer {
 public:
  // `config` fields left unset take the documented defaults.
  explicit Normalizer(const RulesConfig& config);

  // The interval of `claim`'s value. InvalidArgument for a claim without a
  // value or with an impossible one (low > high, bad date); relative dates
  // need `resolver` and fail with its status when the anchor is missing.
  absl::StatusOr<ValueInterval> Normalize(
      const Claim& claim, const AnchorResolver& resolver = nullptr) const;

  const RulesConfig& config() const { return config_; }

  // The configured rule for a hedge as written (case and spacing ignored):
  // the exact phrase, else the longest configured phrase found in it on word
  // boundaries ("well over" → "over" if only "over" is configured). Null when
  // none matches; such hedges are taken as exact, and the derivation says so.
  const HedgeRule* FindHedge(absl::string_view hedge) const;

 private:
  absl::StatusOr<ValueInterval> NormalizeQuantity(const Claim& claim) const;
  absl::StatusOr<ValueInterval> NormalizeDate(const DateValue& date) const;
  absl::StatusOr<ValueInterval> NormalizeDuration(const Claim& claim) const;
  absl::StatusOr<ValueInterval> NormalizeRelative(
      const Claim& claim, const AnchorResolver& resolver) const;

  RulesConfig config_;  // with defaults filled in
  absl::flat_hash_map<std::string, HedgeRule> hedges_;
  absl::flat_hash_map<std::string, VagueMagnitude> vague_;
};

// The text of an interval bound for reports: an ISO date for VALUE_DATE,
// a formatted number otherwise ("60,000"); empty for an open bound.
std::string BoundText(ValueKind kind, double value);

}  // namespace checker

#endif  // CHECKER_NORMALIZE_NORMALIZER_H_
