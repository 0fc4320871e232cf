#include "checker/normalize/days.h"

#include <cmath>
#include <cstdio>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "date/date.h"

namespace checker {

int64_t AddMonths(int64_t day, int months) {
  date::year_month_day ymd{date::sys_days{date::days{day}}};
  date::year_month_day moved = ymd + date::months{months};
  if (!moved.ok()) {
    moved = moved.year() / moved.month() / date::last;
  }
  return date::sys_days{moved}.time_since_epoch().count();
}

std::string FormatNumber(double value) {
  if (std::isinf(value)) return value > 0 ? "∞" : "-∞";
  if (std::isnan(value)) return "NaN";
  std::string sign = value < 0 ? "-" : "";
  double magnitude = std::fabs(value);
  if (magnitude < 1e15 && magnitude == std::floor(magnitude)) {
    // Whole numbers (most figures and every day count): no printf.
    std::string digits = absl::StrCat(static_cast<int64_t>(magnitude));
    std::string grouped;
    grouped.reserve(digits.size() + digits.size() / 3 + 1);
    for (size_t i = 0; i < digits.size(); ++i) {
      if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
      grouped += digits[i];
    }
    return absl::StrCat(sign, grouped);
  }
  double rounded = std::round(magnitude * 100) / 100;
  double whole = std::floor(rounded);
  int cents = static_cast<int>(std::lround((rounded - whole) * 100));
  if (cents == 100) {
    whole += 1;
    cents = 0;
  }
  char digits[64];
  std::snprintf(digits, sizeof(digits), "%.0f", whole);
  std::string integer = digits;
  std::string grouped;
  int count = 0;
  for (auto it = integer.rbegin(); it != integer.rend(); ++it) {
    if (count > 0 && count % 3 == 0) grouped.insert(grouped.begin(), ',');
    grouped.insert(grouped.begin(), *it);
    ++count;
  }
  std::string out = absl::StrCat(sign, grouped);
  if (cents != 0) {
    char fraction[8];
    std::snprintf(fraction, sizeof(fraction), ".%02d", cents);
    std::string text = fraction;
    if (text.back() == '0') text.pop_back();
    out += text;
  }
  return out;
}

}  // namespace checker
