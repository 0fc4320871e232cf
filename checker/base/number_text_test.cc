#include "checker/base/number_text.h"

#include <limits>

#include "gtest/gtest.h"

namespace checker {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// Each row: the text for readers, the text for JSON, and the value.
TEST(NumberTextTest, ReadersGetSeparatorsAndCentsJsonGetsDigits) {
  struct Row {
    int line;
    const char* for_readers;
    const char* for_json;
    double value;
  } rows[] = {
      {__LINE__, "0", "0", 0},
      {__LINE__, "999", "999", 999},
      {__LINE__, "1,000", "1000", 1000},
      {__LINE__, "570,000", "570000", 570000},
      {__LINE__, "2,600,000", "2600000", 2600000},
      {__LINE__, "-1,234,567", "-1234567", -1234567},
      {__LINE__, "-60", "-60", -60},
      {__LINE__, "14.5", "14.5", 14.5},
      {__LINE__, "0.25", "0.25", 0.25},
      {__LINE__, "1,234.57", "1234.5678", 1234.5678},
      // Readers' text rounds to cents, carrying into the whole part.
      {__LINE__, "0.13", "0.125", 0.125},
      {__LINE__, "2", "1.999", 1.999},
      {__LINE__, "1,000", "999.999", 999.999},
      {__LINE__, "0.17", "0.166666666667", 1.0 / 6},
      // A negative figure that rounds to zero has no sign.
      {__LINE__, "0", "-0.001", -0.001},
      {__LINE__, "100,000,000,000,000,000,000", "1e+20", 1e20},
      // JSON cannot write infinities or NaN.
      {__LINE__, "∞", "null", kInf},
      {__LINE__, "-∞", "null", -kInf},
      {__LINE__, "NaN", "null", kNaN},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(FormatNumber(row.value), row.for_readers) << "line " << row.line;
    EXPECT_EQ(JsonNumber(row.value), row.for_json) << "line " << row.line;
  }
}

// Figures quoted back to the person who wrote them: every digit kept.
TEST(NumberTextTest, ExactTextKeepsEveryDigitWithSeparators) {
  struct Row {
    int line;
    const char* want;
    double value;
  } rows[] = {
      {__LINE__, "0", 0},
      {__LINE__, "0", -0.0},
      {__LINE__, "40", 40},
      {__LINE__, "600,000", 600000},
      {__LINE__, "-5", -5},
      {__LINE__, "50.5", 50.5},
      {__LINE__, "-1,234,567.25", -1234567.25},
      // Where FormatNumber rounds to cents, these keep their digits.
      {__LINE__, "0.125", 0.125},
      {__LINE__, "0.126", 0.126},
      {__LINE__, "-0.001", -0.001},
      {__LINE__, "999.999", 999.999},
      {__LINE__, "0.333333333333333", 1.0 / 3},
      // Binary noise beyond the 15th digit is not shown.
      {__LINE__, "0.3", 0.1 + 0.2},
      {__LINE__, "999,999,999,999,999", 999999999999999},
      {__LINE__, "1e+15", 1e15},
      {__LINE__, "-1e+20", -1e20},
      {__LINE__, "0.0001", 0.0001},
      {__LINE__, "1e-05", 0.00001},
      // As a textproto file writes them.
      {__LINE__, "inf", kInf},
      {__LINE__, "-inf", -kInf},
      {__LINE__, "nan", kNaN},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(FormatExactNumber(row.value), row.want) << "line " << row.line;
  }
}

}  // namespace
}  // namespace checker
