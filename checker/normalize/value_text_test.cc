#include "checker/normalize/value_text.h"

#include <cmath>
#include <limits>
#include <string>

#include "absl/strings/str_cat.h"
#include "date/date.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

double Day(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}}
      .time_since_epoch()
      .count();
}

ValueInterval Iv(ValueKind kind, double low, double high, bool low_ex = false,
                 bool high_ex = false) {
  ValueInterval iv;
  iv.kind = kind;
  iv.low = low;
  iv.high = high;
  iv.low_exclusive = low_ex;
  iv.high_exclusive = high_ex;
  return iv;
}

TEST(ValueTextTest, SaysOneValueWithItsUnit) {
  EXPECT_EQ(ValueText(40, VALUE_DURATION, ""), "40 days");
  EXPECT_EQ(ValueText(1, VALUE_DURATION, ""), "1 day");
  EXPECT_EQ(ValueText(570000, VALUE_QUANTITY, ""), "570,000");
  EXPECT_EQ(ValueText(14, VALUE_QUANTITY, "percent"), "14%");
  EXPECT_EQ(ValueText(Day(1953, 3, 5), VALUE_DATE, ""), "1953-03-05");
}

TEST(IntervalTextTest, SaysIntervalsAsTheReportsDo) {
  struct Row {
    int line;
    const char* unit;  // "percent" or ""
    ValueInterval interval;
    const char* want;
  } rows[] = {
      {__LINE__, "", Iv(VALUE_DURATION, 40, 40), "40 days"},
      {__LINE__, "", Iv(VALUE_DURATION, 1, 1), "1 day"},
      {__LINE__, "", Iv(VALUE_DURATION, 40, 42), "40 – 42 days"},
      {__LINE__, "", Iv(VALUE_QUANTITY, 500000, kInf, true), "above 500,000"},
      {__LINE__, "", Iv(VALUE_QUANTITY, 10, kInf), "at least 10"},
      {__LINE__, "", Iv(VALUE_QUANTITY, -kInf, 100), "at most 100"},
      {__LINE__, "", Iv(VALUE_QUANTITY, -kInf, 100, false, true), "below 100"},
      {__LINE__, "", Iv(VALUE_QUANTITY, 5000, 6000, true), "(5,000, 6,000]"},
      {__LINE__, "", Iv(VALUE_QUANTITY, -kInf, kInf), "unbounded"},
      {__LINE__, "", Iv(VALUE_DURATION, -kInf, kInf), "unbounded"},
      {__LINE__, "percent", Iv(VALUE_QUANTITY, 14, 14), "14%"},
      {__LINE__, "percent", Iv(VALUE_QUANTITY, 9, 11), "9 – 11%"},
      {__LINE__, "", Iv(VALUE_DATE, Day(1953, 3, 5), Day(1953, 3, 5)),
       "1953-03-05"},
      {__LINE__, "", Iv(VALUE_DATE, Day(1953, 5, 1), Day(1953, 5, 31)),
       "1953-05-01 – 1953-05-31"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(IntervalText(row.interval, row.unit), row.want)
        << "line " << row.line;
  }
}

TEST(OverlapsTest, RespectsBoundsAndExclusivity) {
  struct Row {
    int line;
    ValueInterval a, b;
    bool want;
  } rows[] = {
      {__LINE__, Iv(VALUE_QUANTITY, 1, 5), Iv(VALUE_QUANTITY, 5, 9), true},
      {__LINE__, Iv(VALUE_QUANTITY, 1, 5, false, true),
       Iv(VALUE_QUANTITY, 5, 9), false},
      {__LINE__, Iv(VALUE_QUANTITY, 5, kInf, true), Iv(VALUE_QUANTITY, 1, 5),
       false},
      {__LINE__, Iv(VALUE_QUANTITY, 1, 4), Iv(VALUE_QUANTITY, 5, 9), false},
      {__LINE__, Iv(VALUE_QUANTITY, 6, 7), Iv(VALUE_QUANTITY, 5, 9), true},
      {__LINE__, Iv(VALUE_QUANTITY, -kInf, kInf), Iv(VALUE_QUANTITY, 5, 5),
       true},
      {__LINE__, Iv(VALUE_QUANTITY, 5, 5), Iv(VALUE_QUANTITY, 5, 5), true},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(Overlaps(row.a, row.b), row.want) << "line " << row.line;
    EXPECT_EQ(Overlaps(row.b, row.a), row.want) << "line " << row.line;
  }
}

// "[1, 9)", "(-inf, 3]": the bounds and which are open, for comparing.
std::string BoundsText(const ValueInterval& iv) {
  auto bound = [](double v) {
    return std::isinf(v) ? std::string(v < 0 ? "-inf" : "inf")
                         : absl::StrCat(v);
  };
  return absl::StrCat(iv.low_exclusive ? "(" : "[", bound(iv.low), ", ",
                      bound(iv.high), iv.high_exclusive ? ")" : "]");
}

TEST(HullTest, HoldsBothWithTheClosedBoundWhereTheyMeet) {
  struct Row {
    int line;
    ValueInterval a, b;
    const char* want;
  } rows[] = {
      {__LINE__, Iv(VALUE_QUANTITY, 1, 5), Iv(VALUE_QUANTITY, 3, 9), "[1, 9]"},
      {__LINE__, Iv(VALUE_QUANTITY, 3, 4), Iv(VALUE_QUANTITY, 1, 9), "[1, 9]"},
      // Disjoint: the gap between them is inside the hull.
      {__LINE__, Iv(VALUE_QUANTITY, 1, 2), Iv(VALUE_QUANTITY, 7, 8), "[1, 8]"},
      // Equal bounds: closed if either is closed, open only if both are.
      {__LINE__, Iv(VALUE_QUANTITY, 1, 5, false, true),
       Iv(VALUE_QUANTITY, 1, 5, true, false), "[1, 5]"},
      {__LINE__, Iv(VALUE_QUANTITY, 1, 5, true, true),
       Iv(VALUE_QUANTITY, 1, 5, true, true), "(1, 5)"},
      // An open bound of the wider side stays open.
      {__LINE__, Iv(VALUE_QUANTITY, 2, 5), Iv(VALUE_QUANTITY, 1, 9, true, true),
       "(1, 9)"},
      {__LINE__, Iv(VALUE_QUANTITY, -kInf, 3), Iv(VALUE_QUANTITY, 2, kInf),
       "[-inf, inf]"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(BoundsText(Hull(row.a, row.b)), row.want) << "line " << row.line;
    EXPECT_EQ(BoundsText(Hull(row.b, row.a)), row.want) << "line " << row.line;
  }
}

TEST(HullTest, KeepsTheKindAndDropsTheDerivation) {
  ValueInterval a = Iv(VALUE_DURATION, 21, 49);
  a.derivation = "several weeks";
  const ValueInterval hull = Hull(a, Iv(VALUE_DURATION, 40, 42));
  EXPECT_EQ(hull.kind, VALUE_DURATION);
  EXPECT_EQ(hull.derivation, "");
  EXPECT_EQ(BoundsText(hull), "[21, 49]");
}

}  // namespace
}  // namespace checker
