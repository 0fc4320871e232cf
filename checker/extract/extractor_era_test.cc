// Dates with an era: BC/BCE and AD/CE after a year or AD before it, on
// full dates, months and periods. Years are numbered as the date model
// numbers them (ISO 8601, proleptic Gregorian): AD 1 is 0001, 1 BC is
// 0000, 44 BC is -0043, with no year missing between 1 BC and AD 1. Each
// row is {__LINE__, input, expected mentions in MentionToCompact form};
// the days were worked out by hand.
#include "checker/extract/extractor_test_util.h"

namespace checker {
namespace {

const ExtractCase kEraDates[] = {
    {__LINE__,
     "The senate met on 15 March 44 BC in Rome.",
     {"DATE [18,32) \"15 March 44 BC\" -0043-03-15 DAY"}},
    {__LINE__,
     "Augustus died on 19 August AD 14 at Nola.",
     {"DATE [17,32) \"19 August AD 14\" 0014-08-19 DAY"}},
    {__LINE__,
     "Augustus died on 19 August 14 AD at Nola.",
     {"DATE [17,32) \"19 August 14 AD\" 0014-08-19 DAY"}},
    {__LINE__,
     "Tiberius was born 16 November 42 BCE.",
     {"DATE [18,36) \"16 November 42 BCE\" -0041-11-16 DAY"}},
    {__LINE__,
     "The edict is dated March 15, 44 B.C. by its scribe.",
     {"DATE [19,36) \"March 15, 44 B.C.\" -0043-03-15 DAY"}},
    {__LINE__,
     "Coins minted in March 44 BC survive.",
     {"DATE [16,27) \"March 44 BC\" -0043-03-01..-0043-03-31 MONTH"}},
    // A number that its era makes a year is no day of the month.
    {__LINE__,
     "The coin was struck in June 27 BC.",
     {"DATE [23,33) \"June 27 BC\" -0026-06-01..-0026-06-30 MONTH"}},
    // 1 BC is the year before AD 1: year 0 of the numbering.
    {__LINE__,
     "The village was founded in 1 BC.",
     {"DATE [27,31) \"1 BC\" 0000-01-01..0000-12-31 YEAR"}},
    {__LINE__,
     "The wall was rebuilt on 3 May 1 BC.",
     {"DATE [24,34) \"3 May 1 BC\" 0000-05-03 DAY"}},
    {__LINE__,
     "The census ran from 1 BC to AD 1.",
     {"DATE [15,32) \"from 1 BC to AD 1\" 0000-01-01..0001-12-31 YEAR "
      "period"}},
    // BC years count down; a bare year after a BC one is BC too.
    {__LINE__,
     "The fort stood from 10 BC to 5 BC.",
     {"DATE [15,33) \"from 10 BC to 5 BC\" -0009-01-01..-0004-12-31 YEAR "
      "period"}},
    {__LINE__,
     "The fort stood from 10 BC to 5.",
     {"DATE [15,30) \"from 10 BC to 5\" -0009-01-01..-0004-12-31 YEAR "
      "period"}},
    // True negatives. There is no year 0 BC: the number stays a number.
    {__LINE__, "Nothing was recorded for 0 BC.", {"QUANTITY [25,26) \"0\" 0"}},
    // "BC" after a town is the province, not an era: it follows no year.
    {__LINE__,
     "She moved to Victoria, BC in 1953.",
     {"DATE [29,33) \"1953\" 1953-01-01..1953-12-31 YEAR"}},
    {__LINE__,
     "Kamloops BC, 12 March 1953, was cold.",
     {"DATE [13,26) \"12 March 1953\" 1953-03-12 DAY"}},
    // A year of our era on its own, then "BC" opening a name.
    {__LINE__,
     "In March 1948 BC Hydro cut the power.",
     {"DATE [3,13) \"March 1948\" 1948-03-01..1948-03-31 MONTH"}},
    {__LINE__,
     "By 1948 BC Hydro had ten dams.",
     {"DATE [3,7) \"1948\" 1948-01-01..1948-12-31 YEAR",
      "QUANTITY [21,24) \"ten\" 10"}},
    // ... but an ancient year keeps its era before a name.
    {__LINE__,
     "In 44 BC Caesar was killed.",
     {"DATE [3,8) \"44 BC\" -0043-01-01..-0043-12-31 YEAR"}},
    // Without an era a short number is no year: 44 men are a count, and
    // "15 March" with no year known is placed nowhere.
    {__LINE__,
     "The ship of 15 March carried 44 men.",
     {"QUANTITY [29,31) \"44\" 44"}},
};

TEST(ExtractorEraTest, Table) { ExpectCases(kEraDates); }

}  // namespace
}  // namespace checker
