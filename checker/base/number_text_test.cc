#include "checker/base/number_text.h"

#include <limits>

#include "gtest/gtest.h"

namespace checker {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(FormatNumberTest, GroupsThousandsAndKeepsAtMostTwoDecimals) {
  struct Row {
    int line;
    double value;
    const char* want;
  } rows[] = {
      {__LINE__, 0, "0"},
      {__LINE__, 999, "999"},
      {__LINE__, 1000, "1,000"},
      {__LINE__, 570000, "570,000"},
      {__LINE__, 2600000, "2,600,000"},
      {__LINE__, -1234567, "-1,234,567"},
      {__LINE__, -6146, "-6,146"},
      {__LINE__, 14.5, "14.5"},
      {__LINE__, 0.25, "0.25"},
      {__LINE__, 1234.5678, "1,234.57"},
      // Rounding to cents carries into the whole part.
      {__LINE__, 0.125, "0.13"},
      {__LINE__, 1.999, "2"},
      {__LINE__, 999.999, "1,000"},
      // A negative figure that rounds to zero has no sign.
      {__LINE__, -0.001, "0"},
      {__LINE__, kInf, "∞"},
      {__LINE__, -kInf, "-∞"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(FormatNumber(row.value), row.want) << "line " << row.line;
  }
}

TEST(JsonNumberTest, WholeNumbersHaveNoFractionAndNonFiniteIsNull) {
  struct Row {
    int line;
    double value;
    const char* want;
  } rows[] = {
      {__LINE__, 570000, "570000"},
      {__LINE__, -60, "-60"},
      {__LINE__, 2.5, "2.5"},
      {__LINE__, 1.0 / 6, "0.166666666667"},
      {__LINE__, 1e20, "1e+20"},
      {__LINE__, kInf, "null"},
      {__LINE__, -kInf, "null"},
      {__LINE__, std::numeric_limits<double>::quiet_NaN(), "null"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(JsonNumber(row.value), row.want) << "line " << row.line;
  }
}

}  // namespace
}  // namespace checker
