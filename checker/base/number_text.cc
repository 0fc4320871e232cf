#include "checker/base/number_text.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <string>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/string_view.h"
#include "absl/strings/strip.h"

namespace checker {
namespace {

// "1234567" -> "1,234,567".
std::string GroupThousands(const std::string& digits) {
  std::string grouped;
  grouped.reserve(digits.size() + digits.size() / 3);
  for (size_t i = 0; i < digits.size(); ++i) {
    if (i > 0 && (digits.size() - i) % 3 == 0) grouped += ',';
    grouped += digits[i];
  }
  return grouped;
}

}  // namespace

std::string FormatNumber(double value) {
  if (std::isinf(value)) return value > 0 ? "∞" : "-∞";
  if (std::isnan(value)) return "NaN";
  // Round to cents first, so 1.999 prints "2" and 0.125 "0.13".
  double cents_total = std::round(std::fabs(value) * 100);
  double whole = std::floor(cents_total / 100);
  int cents = static_cast<int>(cents_total - whole * 100);
  std::string integer = whole < 1e15 ? absl::StrCat(static_cast<int64_t>(whole))
                                     : absl::StrFormat("%.0f", whole);
  std::string text = GroupThousands(integer);
  if (cents != 0) {
    std::string fraction = absl::StrFormat(".%02d", cents);
    if (fraction.back() == '0') fraction.pop_back();
    text += fraction;
  }
  bool negative = value < 0 && (whole > 0 || cents > 0);
  return negative ? absl::StrCat("-", text) : text;
}

std::string FormatExactNumber(double value) {
  if (std::isnan(value)) return "nan";
  if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
  if (value == 0) return "0";  // and not "-0"
  const std::string text = absl::StrFormat("%.15g", value);
  if (absl::StrContains(text, 'e')) return text;
  absl::string_view digits = text;
  const bool negative = absl::ConsumePrefix(&digits, "-");
  const size_t point = std::min(digits.find('.'), digits.size());
  return absl::StrCat(negative ? "-" : "",
                      GroupThousands(std::string(digits.substr(0, point))),
                      digits.substr(point));
}

std::string JsonNumber(double value) {
  if (!std::isfinite(value)) return "null";
  if (value == std::floor(value) && std::fabs(value) < 1e15) {
    return absl::StrFormat("%.0f", value);
  }
  return absl::StrFormat("%.12g", value);
}

}  // namespace checker
