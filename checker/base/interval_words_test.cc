#include "checker/base/interval_words.h"

#include "gtest/gtest.h"

namespace checker {
namespace {

TEST(IntervalWordsTest, SaysEachShapeOfInterval) {
  struct Row {
    int line;
    BoundWords low;
    BoundWords high;
    const char* want;
  } rows[] = {
      {__LINE__, {"1953-03-05"}, {"1953-03-05"}, "1953-03-05"},
      {__LINE__, {"513,000"}, {"627,000"}, "513,000 – 627,000"},
      {__LINE__, {"5,000", true}, {"6,000"}, "(5,000, 6,000]"},
      {__LINE__, {"5,000"}, {"6,000", true}, "[5,000, 6,000)"},
      {__LINE__, {"5", true}, {"5", true}, "(5, 5)"},
      {__LINE__, {"60,000", true}, {}, "above 60,000"},
      {__LINE__, {"60,000"}, {}, "at least 60,000"},
      {__LINE__, {}, {"42", true}, "below 42"},
      {__LINE__, {}, {"42"}, "at most 42"},
      {__LINE__, {}, {}, "unbounded"},
      // Exclusivity of an open bound says nothing.
      {__LINE__, {"", true}, {"", true}, "unbounded"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(IntervalWords(row.low, row.high), row.want)
        << "line " << row.line;
  }
}

}  // namespace
}  // namespace checker
