#include "checker/verify/interval_text.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_join.h"
#include "checker/base/number_text.h"
#include "checker/normalize/days.h"

namespace checker {
namespace {

constexpr char kFieldSeparator = '\x1f';

std::string FormatDate(double days) {
  if (!std::isfinite(days) || std::fabs(days) > 3e6) return FormatNumber(days);
  return FormatIsoDay(static_cast<int64_t>(std::floor(days)));
}

std::string Suffix(ValueKind kind, absl::string_view unit, double value) {
  if (kind == VALUE_DURATION) return value == 1 ? " day" : " days";
  if (kind == VALUE_QUANTITY && unit == "percent") return "%";
  return "";
}

std::string Bare(double value, ValueKind kind) {
  return kind == VALUE_DATE ? FormatDate(value) : FormatNumber(value);
}

}  // namespace

std::string SubjectIndexKey(absl::string_view entity,
                            absl::string_view attribute) {
  return absl::StrCat(entity, std::string(1, kFieldSeparator), attribute);
}

std::string SubjectIndexKey(const Subject& subject) {
  std::string key = SubjectIndexKey(subject.entity(), subject.attribute());
  if (subject.qualifier().empty()) return key;
  std::map<std::string, std::string> sorted(subject.qualifier().begin(),
                                            subject.qualifier().end());
  for (const auto& [name, value] : sorted) {
    absl::StrAppend(&key, std::string(1, kFieldSeparator), name, "=", value);
  }
  return key;
}

std::string SubjectDisplay(const Subject& subject) {
  std::string text = absl::StrCat(subject.entity(), "/", subject.attribute());
  if (subject.qualifier().empty()) return text;
  std::map<std::string, std::string> sorted(subject.qualifier().begin(),
                                            subject.qualifier().end());
  absl::StrAppend(&text, "[",
                  absl::StrJoin(sorted, ",", absl::PairFormatter("=")), "]");
  return text;
}

std::string FormatValue(double value, ValueKind kind, absl::string_view unit) {
  return absl::StrCat(Bare(value, kind), Suffix(kind, unit, value));
}

std::string FormatInterval(const ValueInterval& interval,
                           absl::string_view unit) {
  const bool low_open = !std::isfinite(interval.low);
  const bool high_open = !std::isfinite(interval.high);
  const ValueKind kind = interval.kind;
  if (low_open && high_open) return "any value";
  if (high_open) {
    return absl::StrCat(interval.low_exclusive ? "over " : "at least ",
                        FormatValue(interval.low, kind, unit));
  }
  if (low_open) {
    return absl::StrCat(interval.high_exclusive ? "under " : "up to ",
                        FormatValue(interval.high, kind, unit));
  }
  if (interval.low == interval.high) {
    return FormatValue(interval.low, kind, unit);
  }
  return absl::StrCat(interval.low_exclusive ? "over " : "",
                      Bare(interval.low, kind), "..",
                      interval.high_exclusive ? "under " : "",
                      FormatValue(interval.high, kind, unit));
}

bool IntervalsOverlap(const ValueInterval& a, const ValueInterval& b) {
  if (a.high < b.low || b.high < a.low) return false;
  if (a.high == b.low && (a.high_exclusive || b.low_exclusive)) return false;
  if (b.high == a.low && (b.high_exclusive || a.low_exclusive)) return false;
  return true;
}

ValueInterval Hull(const ValueInterval& a, const ValueInterval& b) {
  ValueInterval hull = a;
  if (b.low < a.low || (b.low == a.low && !b.low_exclusive)) {
    hull.low = b.low;
    hull.low_exclusive = b.low_exclusive;
  }
  if (b.high > a.high || (b.high == a.high && !b.high_exclusive)) {
    hull.high = b.high;
    hull.high_exclusive = b.high_exclusive;
  }
  hull.derivation.clear();
  return hull;
}

}  // namespace checker
