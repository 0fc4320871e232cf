#include "checker/verify/interval_text.h"

#include <limits>

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

TEST(FormatIntervalTest, SaysIntervalsAsAReaderWould) {
  struct Row {
    int line;
    ValueInterval interval;
    const char* unit;
    const char* want;
  } rows[] = {
      {__LINE__, Iv(VALUE_DURATION, 40, 40), "", "40 days"},
      {__LINE__, Iv(VALUE_DURATION, 1, 1), "", "1 day"},
      {__LINE__, Iv(VALUE_DURATION, 40, 42), "", "40..42 days"},
      {__LINE__, Iv(VALUE_QUANTITY, 500000, kInf, true), "", "over 500,000"},
      {__LINE__, Iv(VALUE_QUANTITY, 10, kInf), "", "at least 10"},
      {__LINE__, Iv(VALUE_QUANTITY, -kInf, 100), "", "up to 100"},
      {__LINE__, Iv(VALUE_QUANTITY, -kInf, 100, false, true), "", "under 100"},
      {__LINE__, Iv(VALUE_QUANTITY, -kInf, kInf), "", "any value"},
      {__LINE__, Iv(VALUE_QUANTITY, 14, 14), "percent", "14%"},
      {__LINE__, Iv(VALUE_DATE, Day(1953, 3, 5), Day(1953, 3, 5)), "",
       "1953-03-05"},
      {__LINE__, Iv(VALUE_DATE, Day(1953, 5, 1), Day(1953, 5, 31)), "",
       "1953-05-01..1953-05-31"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(FormatInterval(row.interval, row.unit), row.want)
        << "line " << row.line;
  }
}

TEST(IntervalsOverlapTest, RespectsBoundsAndExclusivity) {
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
  };
  for (const Row& row : rows) {
    EXPECT_EQ(IntervalsOverlap(row.a, row.b), row.want) << "line " << row.line;
    EXPECT_EQ(IntervalsOverlap(row.b, row.a), row.want) << "line " << row.line;
  }
}

TEST(SubjectKeyTest, QualifierOrderDoesNotMatterButValuesDo) {
  Subject a, b, c;
  a.set_entity("gulag");
  a.set_attribute("population");
  (*a.mutable_qualifier())["year"] = "1953";
  (*a.mutable_qualifier())["sex"] = "female";
  b = a;
  b.mutable_qualifier()->clear();
  (*b.mutable_qualifier())["sex"] = "female";
  (*b.mutable_qualifier())["year"] = "1953";
  c = a;
  (*c.mutable_qualifier())["year"] = "1954";
  EXPECT_EQ(SubjectIndexKey(a), SubjectIndexKey(b));
  EXPECT_NE(SubjectIndexKey(a), SubjectIndexKey(c));
  EXPECT_NE(SubjectIndexKey(a), SubjectIndexKey("gulag", "population"));
  EXPECT_EQ(SubjectDisplay(a), "gulag/population[sex=female,year=1953]");
}

}  // namespace
}  // namespace checker
