// Generated rows, reviewed by hand: each row is {__LINE__, input, expected
// mentions in MentionToCompact form} (see checker/extract/mention_format.h).
#include "checker/extract/extractor_test_util.h"

namespace checker {
namespace {

const ExtractCase kRelative[] = {
    {__LINE__,
     "A fortnight later they were gone.",
     {"RELATIVE_DATE [0,17) \"A fortnight later\" AFTER 2 WEEK 14d"}},
    {__LINE__,
     "The order of 3 July 1953 was cancelled two weeks later.",
     {"DATE [13,24) \"3 July 1953\" 1953-07-03 DAY",
      "RELATIVE_DATE [39,54) \"two weeks later\" AFTER 2 WEEK 14d"}},
    {__LINE__,
     "Three weeks later, Beria proposed an amnesty.",
     {"RELATIVE_DATE [0,17) \"Three weeks later\" AFTER 3 WEEK 21d"}},
    {__LINE__,
     "He was executed six months later.",
     {"RELATIVE_DATE [16,32) \"six months later\" AFTER 6 MONTH [168,186]d"}},
    {__LINE__,
     "He died of a heart attack two weeks before Stalin.",
     {"RELATIVE_DATE [26,49) \"two weeks before Stalin\" BEFORE 2 WEEK 14d "
      "anchor=\"Stalin\""}},
    {__LINE__,
     "The next day, a general strike began.",
     {"RELATIVE_DATE [0,12) \"The next day\" AFTER 1 DAY 1d"}},
    {__LINE__,
     "German prisoners were freed the same year.",
     {"RELATIVE_DATE [28,41) \"the same year\" SAME 0 YEAR 0d"}},
    {__LINE__,
     "He was executed a year later.",
     {"RELATIVE_DATE [16,28) \"a year later\" AFTER 1 YEAR [365,366]d"}},
    {__LINE__,
     "The speech was published ten days later.",
     {"RELATIVE_DATE [25,39) \"ten days later\" AFTER 10 DAY 10d"}},
    {__LINE__,
     "He was arrested two months later.",
     {"RELATIVE_DATE [16,32) \"two months later\" AFTER 2 MONTH [56,62]d"}},
    {__LINE__,
     "In May, two months after Stalin’s death, she heard it.",
     {"RELATIVE_DATE [8,41) \"two months after Stalin’s death\" AFTER 2 MONTH "
      "[56,62]d anchor=\"Stalin’s death\""}},
    {__LINE__,
     "Twelve hours after his attack, Stalin got aid.",
     {"RELATIVE_DATE [0,29) \"Twelve hours after his attack\" AFTER 12 HOUR "
      "0.5d anchor=\"his attack\""}},
    {__LINE__,
     "The trial was set 2 weeks after the death of Stalin.",
     {"RELATIVE_DATE [18,51) \"2 weeks after the death of Stalin\" AFTER 2 "
      "WEEK 14d anchor=\"the death of Stalin\""}},
    {__LINE__,
     "Two years before the revolution in Hungary, prisoners revolted.",
     {"RELATIVE_DATE [0,42) \"Two years before the revolution in Hungary\" "
      "BEFORE 2 YEAR [730,732]d anchor=\"the revolution in Hungary\""}},
    {__LINE__,
     "Several years later, a movement adopted the slogan.",
     {"RELATIVE_DATE [0,19) \"Several years later\" AFTER 0 YEAR [1095,3294]d "
      "vague=\"several\""}},
    {__LINE__,
     "He died several weeks later in prison.",
     {"RELATIVE_DATE [8,27) \"several weeks later\" AFTER 0 WEEK [21,63]d "
      "vague=\"several\""}},
    {__LINE__,
     "The following year, the camps were reformed.",
     {"RELATIVE_DATE [0,18) \"The following year\" AFTER 1 YEAR [365,366]d"}},
    {__LINE__,
     "The previous month, norms had risen.",
     {"RELATIVE_DATE [0,18) \"The previous month\" BEFORE 1 MONTH [28,31]d"}},
    {__LINE__,
     "The next morning he found out.",
     {"RELATIVE_DATE [0,16) \"The next morning\" AFTER 1 DAY 1d"}},
    {__LINE__,
     "Kabulov was arrested the same day.",
     {"RELATIVE_DATE [21,33) \"the same day\" SAME 0 DAY 0d"}},
    {__LINE__,
     "A few months before Stalin’s death, the guards were dismissed.",
     {"RELATIVE_DATE [0,36) \"A few months before Stalin’s death\" BEFORE 0 "
      "MONTH [56,155]d anchor=\"Stalin’s death\" vague=\"a few\""}},
    {__LINE__,
     "Even more than thirty years later, nobody knew.",
     {"RELATIVE_DATE [5,33) \"more than thirty years later\" hedge=\"more "
      "than\" AFTER 30 YEAR (10950,+inf)d"}},
    {__LINE__,
     "About two weeks later the train arrived.",
     {"RELATIVE_DATE [0,21) \"About two weeks later\" hedge=\"about\" AFTER 2 "
      "WEEK 14d"}},
    {__LINE__,
     "Five days earlier, the order had come.",
     {"RELATIVE_DATE [0,17) \"Five days earlier\" BEFORE 5 DAY 5d"}},
    {__LINE__,
     "A week afterwards he was shot.",
     {"RELATIVE_DATE [0,17) \"A week afterwards\" AFTER 1 WEEK 7d"}},
    {__LINE__,
     "The day before, the guards were armed.",
     {"RELATIVE_DATE [0,14) \"The day before\" BEFORE 1 DAY 1d"}},
    {__LINE__,
     "The day after the uprising, tanks came.",
     {"RELATIVE_DATE [0,26) \"The day after the uprising\" AFTER 1 DAY 1d "
      "anchor=\"the uprising\""}},
    {__LINE__,
     "The following spring the thaw came.",
     {"RELATIVE_DATE [0,20) \"The following spring\" AFTER 1 YEAR [365,366]d"}},
    {__LINE__,
     "That same year he was freed.",
     {"RELATIVE_DATE [0,14) \"That same year\" SAME 0 YEAR 0d"}},
    {__LINE__,
     "Three days after the uprising, tanks arrived.",
     {"RELATIVE_DATE [0,29) \"Three days after the uprising\" AFTER 3 DAY 3d "
      "anchor=\"the uprising\""}},
    {__LINE__,
     "Six weeks before the congress the plan leaked.",
     {"RELATIVE_DATE [0,29) \"Six weeks before the congress\" BEFORE 6 WEEK "
      "42d anchor=\"the congress\""}},
    {__LINE__,
     "Ten years after Stalin, the camps were empty.",
     {"RELATIVE_DATE [0,22) \"Ten years after Stalin\" AFTER 10 YEAR "
      "[3650,3660]d anchor=\"Stalin\""}},
    {__LINE__,
     "A month later the decree appeared.",
     {"RELATIVE_DATE [0,13) \"A month later\" AFTER 1 MONTH [28,31]d"}},
    {__LINE__,
     "Two days later, Beria was gone.",
     {"RELATIVE_DATE [0,14) \"Two days later\" AFTER 2 DAY 2d"}},
    {__LINE__,
     "The next week brought new arrests.",
     {"RELATIVE_DATE [0,13) \"The next week\" AFTER 1 WEEK 7d"}},
    {__LINE__,
     "The preceding year had been quiet.",
     {"RELATIVE_DATE [0,18) \"The preceding year\" BEFORE 1 YEAR [365,366]d"}},
    {__LINE__,
     "Four months later, Nagy was removed.",
     {"RELATIVE_DATE [0,17) \"Four months later\" AFTER 4 MONTH [112,124]d"}},
    {__LINE__,
     "Nearly a year later the case closed.",
     {"RELATIVE_DATE [0,19) \"Nearly a year later\" hedge=\"nearly\" AFTER 1 "
      "YEAR [365,366]d"}},
};

const ReferenceDateCase kDeictic[] = {
    {__LINE__,
     "Our boss was arrested last night.",
     nullptr,
     {"RELATIVE_DATE [22,32) \"last night\" BEFORE 1 DAY 1d deictic"}},
    {__LINE__,
     "Our boss was arrested last night.",
     "1953-06-27",
     {"RELATIVE_DATE [22,32) \"last night\" BEFORE 1 DAY 1d deictic 1953-06-26 "
      "DAY"}},
    {__LINE__,
     "The order came yesterday.",
     "1953-03-06",
     {"RELATIVE_DATE [15,24) \"yesterday\" BEFORE 1 DAY 1d deictic 1953-03-05 "
      "DAY"}},
    {__LINE__,
     "The order came yesterday.",
     nullptr,
     {"RELATIVE_DATE [15,24) \"yesterday\" BEFORE 1 DAY 1d deictic"}},
    {__LINE__,
     "I received an order today.",
     "1953-05-10",
     {"RELATIVE_DATE [20,25) \"today\" SAME 0 DAY 0d deictic 1953-05-10 DAY"}},
    {__LINE__,
     "The trial opens tomorrow.",
     "1953-12-18",
     {"RELATIVE_DATE [16,24) \"tomorrow\" AFTER 1 DAY 1d deictic 1953-12-19 "
      "DAY"}},
    {__LINE__,
     "Prices rose last month.",
     "1953-04-15",
     {"RELATIVE_DATE [12,22) \"last month\" BEFORE 1 MONTH [28,31]d deictic "
      "1953-03-01..1953-03-31 MONTH"}},
    {__LINE__,
     "Prices rose last month.",
     "1953-01-15",
     {"RELATIVE_DATE [12,22) \"last month\" BEFORE 1 MONTH [28,31]d deictic "
      "1952-12-01..1952-12-31 MONTH"}},
    {__LINE__,
     "The camp closed this week.",
     "1953-07-01",
     {"RELATIVE_DATE [16,25) \"this week\" SAME 0 WEEK 0d deictic "
      "1953-06-29..1953-07-05 DAY"}},
    {__LINE__,
     "They will meet next Monday.",
     "1953-07-01",
     {"RELATIVE_DATE [15,26) \"next Monday\" AFTER 1 WEEK 7d deictic "
      "1953-07-06 DAY"}},
    {__LINE__,
     "They met last Friday.",
     "1953-07-01",
     {"RELATIVE_DATE [9,20) \"last Friday\" BEFORE 1 WEEK 7d deictic "
      "1953-06-26 DAY"}},
    {__LINE__,
     "He was freed two years ago.",
     "1955-05-01",
     {"RELATIVE_DATE [13,26) \"two years ago\" BEFORE 2 YEAR [730,732]d "
      "deictic 1953-01-01..1953-12-31 YEAR"}},
    {__LINE__,
     "He was freed two years ago.",
     nullptr,
     {"RELATIVE_DATE [13,26) \"two years ago\" BEFORE 2 YEAR [730,732]d "
      "deictic"}},
    {__LINE__,
     "The decree came three days ago.",
     "1953-03-30",
     {"RELATIVE_DATE [16,30) \"three days ago\" BEFORE 3 DAY 3d deictic "
      "1953-03-27 DAY"}},
    {__LINE__,
     "Elections are due next year.",
     "1953-07-01",
     {"RELATIVE_DATE [18,27) \"next year\" AFTER 1 YEAR [365,366]d deictic "
      "1954-01-01..1954-12-31 YEAR"}},
    {__LINE__,
     "This year the harvest failed.",
     "1953-07-01",
     {"RELATIVE_DATE [0,9) \"This year\" SAME 0 YEAR 0d deictic "
      "1953-01-01..1953-12-31 YEAR"}},
    {__LINE__,
     "The plenum met last week.",
     "1953-07-01",
     {"RELATIVE_DATE [15,24) \"last week\" BEFORE 1 WEEK 7d deictic "
      "1953-06-22..1953-06-28 DAY"}},
    {__LINE__,
     "He left six months ago.",
     "1953-07-15",
     {"RELATIVE_DATE [8,22) \"six months ago\" BEFORE 6 MONTH [168,186]d "
      "deictic 1953-01-01..1953-01-31 MONTH"}},
    {__LINE__,
     "We talked this morning.",
     "1953-07-01",
     {"RELATIVE_DATE [10,22) \"this morning\" SAME 0 DAY 0d deictic 1953-07-01 "
      "DAY"}},
    {__LINE__,
     "The papers arrived last year.",
     "1954-02-01",
     {"RELATIVE_DATE [19,28) \"last year\" BEFORE 1 YEAR [365,366]d deictic "
      "1953-01-01..1953-12-31 YEAR"}},
    {__LINE__,
     "The envoy will come next month.",
     "1953-12-10",
     {"RELATIVE_DATE [20,30) \"next month\" AFTER 1 MONTH [28,31]d deictic "
      "1954-01-01..1954-01-31 MONTH"}},
    {__LINE__,
     "Tonight the guards change.",
     "1953-07-01",
     {"RELATIVE_DATE [0,7) \"Tonight\" SAME 0 DAY 0d deictic 1953-07-01 DAY"}},
};

TEST(ExtractTimeTest, RelativeDates) { ExpectCases(kRelative); }

TEST(ExtractTimeTest, DeicticDatesResolveAgainstReferenceDate) {
  ExpectReferenceDateCases(kDeictic);
}

}  // namespace
}  // namespace checker
