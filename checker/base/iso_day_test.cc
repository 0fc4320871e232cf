#include "checker/base/iso_day.h"

#include <cstdint>
#include <string>

#include "absl/status/status.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

struct DayCase {
  int line;
  std::string text;
  int64_t day;  // days since 1970-01-01, counted by hand
};

TEST(ParseIsoDayTest, CountsDaysFromTheEpoch) {
  const DayCase kCases[] = {
      {__LINE__, "1970-01-01", 0},
      {__LINE__, "1970-01-02", 1},
      {__LINE__, "1969-12-31", -1},
      {__LINE__, "1971-01-01", 365},
      // 1972 is a leap year: 365 + 365 + 31 + 28 days before 29 February.
      {__LINE__, "1972-02-29", 789},
      {__LINE__, "1972-03-01", 790},
      // 1953-03-05: 1953..1969 hold 17 years with 4 leap years (1956,
      // 1960, 1964, 1968): 17 * 365 + 4 = 6209 days before 1970; 1953-03-05
      // is day 31 + 28 + 4 = 63 of its year, so 6209 - 63 = 6146 before.
      {__LINE__, "1953-03-05", -6146},
      {__LINE__, "2000-02-29", 11016},
      // Years before 1 AD (ISO 8601 expanded, proleptic Gregorian). From
      // H. Hinnant's days_from_civil, 0000-03-01 is day -719468. 1 BC is
      // year 0000, a leap year: 31 + 29 days earlier is 0000-01-01.
      {__LINE__, "0000-03-01", -719468},
      {__LINE__, "0000-01-01", -719528},
      // 44 BC is -0043. From -0043-03-01 to 0000-03-01: 43 years of 365
      // days plus the 29 Februaries of -40, -36, ..., -4 and 0 (11), so
      // -0043-03-01 is 15706 days before: -735174; the Ides are 14 later.
      {__LINE__, "-0043-03-15", -735160},
  };
  for (const DayCase& c : kCases) {
    absl::StatusOr<int64_t> day = ParseIsoDay(c.text);
    ASSERT_TRUE(day.ok()) << "line " << c.line << ": " << day.status();
    EXPECT_EQ(*day, c.day) << "line " << c.line;
    EXPECT_EQ(FormatIsoDay(c.day), c.text) << "line " << c.line;
  }
}

struct BadCase {
  int line;
  std::string text;
  absl::StatusCode code;
};

TEST(ParseIsoDayTest, RejectsAnythingButYyyyMmDdAndDaysThatDoNotExist) {
  const BadCase kCases[] = {
      // Not of the form: every caller rejects these alike (mentions once
      // did, extract did not).
      {__LINE__, "1953-3-5", absl::StatusCode::kInvalidArgument},
      {__LINE__, "1953-03-5", absl::StatusCode::kInvalidArgument},
      {__LINE__, "53-03-05", absl::StatusCode::kInvalidArgument},
      {__LINE__, "+953-03-05", absl::StatusCode::kInvalidArgument},
      {__LINE__, " 1953-03-05", absl::StatusCode::kInvalidArgument},
      {__LINE__, "1953-03-05 ", absl::StatusCode::kInvalidArgument},
      {__LINE__, "1953/03/05", absl::StatusCode::kInvalidArgument},
      {__LINE__, "1953-03", absl::StatusCode::kInvalidArgument},
      {__LINE__, "", absl::StatusCode::kInvalidArgument},
      {__LINE__, "1953-0a-05", absl::StatusCode::kInvalidArgument},
      {__LINE__, "5 March 1953", absl::StatusCode::kInvalidArgument},
      {__LINE__, "-0000-01-01", absl::StatusCode::kInvalidArgument},
      {__LINE__, "-043-03-15", absl::StatusCode::kInvalidArgument},
      {__LINE__, "--0043-03-15", absl::StatusCode::kInvalidArgument},
      {__LINE__, "-", absl::StatusCode::kInvalidArgument},
      {__LINE__, "-0043-02-29", absl::StatusCode::kOutOfRange},
      // Of the form, but no such day.
      {__LINE__, "1953-02-29", absl::StatusCode::kOutOfRange},
      {__LINE__, "1953-02-30", absl::StatusCode::kOutOfRange},
      {__LINE__, "1900-02-29", absl::StatusCode::kOutOfRange},
      {__LINE__, "1953-13-01", absl::StatusCode::kOutOfRange},
      {__LINE__, "1953-00-10", absl::StatusCode::kOutOfRange},
      {__LINE__, "1953-04-31", absl::StatusCode::kOutOfRange},
      {__LINE__, "1953-04-00", absl::StatusCode::kOutOfRange},
  };
  for (const BadCase& c : kCases) {
    absl::StatusOr<int64_t> day = ParseIsoDay(c.text);
    ASSERT_FALSE(day.ok()) << "line " << c.line << " parsed as " << *day;
    EXPECT_EQ(day.status().code(), c.code) << "line " << c.line;
    EXPECT_NE(day.status().message().find("\"" + c.text + "\""),
              absl::string_view::npos)
        << "line " << c.line << ": " << day.status();
  }
}

TEST(ParseIsoDayTest, MessagesSayWhatToWrite) {
  EXPECT_EQ(ParseIsoDay("1953-3-5").status().message(),
            "\"1953-3-5\" is not an ISO date; write it as YYYY-MM-DD (years "
            "before 1 AD as -YYYY-MM-DD: 44 BC is -0043)");
  EXPECT_EQ(ParseIsoDay("1953-02-30").status().message(),
            "\"1953-02-30\" does not exist in the calendar; fix the month or "
            "day");
}

}  // namespace
}  // namespace checker
