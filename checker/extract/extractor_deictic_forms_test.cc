// Dates counted from the document's own date: "three weeks ago", "ten
// days hence", "a week from now", "the last two weeks" (whole calendar
// weeks before the reference week), a day without a year taking the
// reference year; and ordinals standing for themselves ("finished
// third") against ordinals inside names ("the Sixth Army"). Each row is
// {__LINE__, input, reference date, expected mentions in MentionToCompact
// form}; the days were counted by hand on a calendar of 1953 (5 March was
// a Thursday).
#include "checker/extract/extractor_test_util.h"

namespace checker {
namespace {

const ReferenceDateCase kDeicticForms[] = {
    {__LINE__,
     "He returned three weeks ago.",
     "1953-03-05",
     {"RELATIVE_DATE [12,27) \"three weeks ago\" BEFORE 3 WEEK 21d deictic "
      "1953-02-12 DAY"}},
    {__LINE__,
     "The ship sails ten days hence.",
     "1953-03-05",
     {"RELATIVE_DATE [15,29) \"ten days hence\" AFTER 10 DAY 10d deictic "
      "1953-03-15 DAY"}},
    {__LINE__,
     "He arrives a week from now.",
     "1953-03-05",
     {"RELATIVE_DATE [11,26) \"a week from now\" AFTER 1 WEEK 7d deictic "
      "1953-03-12 DAY"}},
    {__LINE__,
     "Rations were cut in the last two weeks.",
     "1953-03-05",
     {"RELATIVE_DATE [24,38) \"last two weeks\" BEFORE 2 WEEK 14d deictic "
      "1953-02-16..1953-03-01 DAY period"}},
    {__LINE__,
     "Talks resume in the next 3 months.",
     "1953-03-05",
     {"RELATIVE_DATE [20,33) \"next 3 months\" AFTER 3 MONTH [84,93]d deictic "
      "1953-04-01..1953-06-30 MONTH period"}},
    {__LINE__,
     "Grain came in the past 2 days.",
     "1953-03-05",
     {"RELATIVE_DATE [18,29) \"past 2 days\" BEFORE 2 DAY 2d deictic "
      "1953-03-03..1953-03-04 DAY period"}},
    // A count of units too large for any span a reader means is no
    // calendar period before the document's date, just a duration.
    {__LINE__,
     "Rock formed in the last 60,000,000,000 years.",
     "1953-03-05",
     {"DURATION [24,44) \"60,000,000,000 years\" 60000000000 YEAR "
      "[21900000000000,21960000000000]d"}},
    {__LINE__,
     "The last 300 men left.",
     "1953-03-05",
     {"QUANTITY [9,12) \"300\" 300"}},
    {__LINE__,
     "Write to me on 17 June.",
     "1953-03-05",
     {"DATE [15,22) \"17 June\" 1953-06-17 DAY inferred"}},
    {__LINE__,
     "Pay was due at the end of the month.",
     "1953-03-05",
     {"RELATIVE_DATE [15,35) \"the end of the month\" SAME 0 MONTH 0d deictic "
      "1953-03-21..1953-03-31 DAY period"}},
    {__LINE__,
     "He will call at the beginning of next week.",
     "1953-03-05",
     {"RELATIVE_DATE [16,42) \"the beginning of next week\" AFTER 1 WEEK 7d "
      "deictic 1953-03-09..1953-03-11 DAY period"}},
    {__LINE__,
     "The harvest failed at the end of last year.",
     "1953-03-05",
     {"RELATIVE_DATE [22,42) \"the end of last year\" BEFORE 1 YEAR [365,366]d "
      "deictic 1952-09-01..1952-12-31 MONTH period"}},
    {__LINE__,
     "Grain arrived by the end of April.",
     "1953-03-05",
     {"DATE [17,33) \"the end of April\" 1953-04-21..1953-04-30 MONTH "
      "inferred"}},
    {__LINE__,
     "The vote is set for Wednesday of next week.",
     "1953-03-05",
     {"RELATIVE_DATE [20,42) \"Wednesday of next week\" AFTER 1 WEEK 7d "
      "deictic 1953-03-11 DAY"}},
    {__LINE__,
     "The letter left Monday of this week.",
     "1953-03-05",
     {"RELATIVE_DATE [16,35) \"Monday of this week\" SAME 0 WEEK 0d deictic "
      "1953-03-02 DAY"}},
    {__LINE__,
     "Rent is due on the 20th of next month.",
     "1953-03-05",
     {"DATE [15,37) \"the 20th of next month\" 1953-04-20 DAY inferred"}},
    {__LINE__,
     "The fair opens the first Monday of this month.",
     "1953-03-05",
     {"DATE [15,45) \"the first Monday of this month\" 1953-03-02 DAY "
      "inferred"}},
    {__LINE__,
     "In May 1953 the board met on the 20th of the month.",
     "1953-03-05",
     {"DATE [3,11) \"May 1953\" 1953-05-01..1953-05-31 MONTH",
      "DATE [29,50) \"the 20th of the month\" 1953-05-20 DAY inferred"}},
    {__LINE__,
     "They sail the day after tomorrow.",
     "1953-03-05",
     {"RELATIVE_DATE [10,32) \"the day after tomorrow\" AFTER 2 DAY 2d deictic "
      "1953-03-07 DAY"}},
    {__LINE__,
     "Exports rose this quarter.",
     "1953-03-05",
     {"RELATIVE_DATE [13,25) \"this quarter\" SAME 0 MONTH 0d deictic "
      "1953-01-01..1953-03-31 MONTH period"}},
    {__LINE__,
     "The mill sold two hundred dozen shirts.",
     nullptr,
     {"QUANTITY [14,31) \"two hundred dozen\" 2400"}},
    {__LINE__,
     "The fleet sails next March.",
     "1953-03-05",
     {"RELATIVE_DATE [16,26) \"next March\" AFTER 0 YEAR (-inf,+inf)d deictic "
      "1954-03-01..1954-03-31 MONTH"}},
    {__LINE__,
     "The fair filled the week of 7 October 1953.",
     nullptr,
     {"DATE [16,42) \"the week of 7 October 1953\" 1953-10-05..1953-10-11 "
      "DAY"}},
    {__LINE__,
     "She finished third.",
     nullptr,
     {"QUANTITY [13,18) \"third\" 3 ordinal"}},
    {__LINE__, "The Sixth Army surrendered.", nullptr, {}},
    {__LINE__, "A third of the grain rotted.", nullptr, {}},
};

TEST(ExtractorDeicticFormsTest, Table) {
  ExpectReferenceDateCases(kDeicticForms);
}

}  // namespace
}  // namespace checker
