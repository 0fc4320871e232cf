#include "checker/normalize/days.h"

#include "gtest/gtest.h"

namespace checker {
namespace {

TEST(ParseIsoDayTest, EpochIsDayZero) {
  EXPECT_EQ(*ParseIsoDay("1970-01-01"), 0);
  EXPECT_EQ(*ParseIsoDay("1970-01-02"), 1);
  EXPECT_EQ(*ParseIsoDay("1969-12-31"), -1);
}

TEST(ParseIsoDayTest, RoundTripsThroughFormat) {
  for (const char* iso : {"1953-03-05", "1954-06-26", "2000-02-29"}) {
    absl::StatusOr<int64_t> day = ParseIsoDay(iso);
    ASSERT_TRUE(day.ok()) << iso;
    EXPECT_EQ(FormatIsoDay(*day), iso);
  }
}

TEST(ParseIsoDayTest, ImpossibleAndMalformedDatesAreRejected) {
  for (const char* bad : {"1953-02-30", "1953-13-01", "1953-3-5", "1953",
                          "53-03-05", "x953-03-05", ""}) {
    EXPECT_FALSE(ParseIsoDay(bad).ok()) << bad;
  }
}

TEST(AddMonthsTest, ClampsToTheEndOfShortMonths) {
  EXPECT_EQ(FormatIsoDay(AddMonths(*ParseIsoDay("1953-01-31"), 1)),
            "1953-02-28");
  EXPECT_EQ(FormatIsoDay(AddMonths(*ParseIsoDay("1953-06-01"), -1)),
            "1953-05-01");
  EXPECT_EQ(FormatIsoDay(AddMonths(*ParseIsoDay("1953-06-01"), 12)),
            "1954-06-01");
}

}  // namespace
}  // namespace checker
