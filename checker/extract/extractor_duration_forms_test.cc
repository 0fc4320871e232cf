// Lengths of time in more written forms: abbreviated units (sec, h, hrs),
// seconds and quarters counted in minutes and months, halves and quarters
// of units, compound lengths ("2 years and 3 months") and the rate and
// proportion readings that are not lengths. Each row is {__LINE__, input,
// expected mentions in MentionToCompact form}; the days were worked out by
// hand (a month is 28..31 days, a year 365..366).
#include "checker/extract/extractor_test_util.h"

namespace checker {
namespace {

const ExtractCase kDurationForms[] = {
    {__LINE__,
     "The crossing took 90 sec under fire.",
     {"DURATION [18,24) \"90 sec\" 1.5 NONE 0.00104166666667d"}},
    {__LINE__,
     "The barrage lasted 6h without pause.",
     {"DURATION [19,21) \"6h\" 6 HOUR 0.25d"}},
    {__LINE__,
     "The talks ran 1.5 hrs that day.",
     {"DURATION [14,21) \"1.5 hrs\" 1.5 HOUR 0.0625d"}},
    {__LINE__, "The train left at 1400 hrs.", {}},
    {__LINE__,
     "The envoy waited half hour in the anteroom.",
     {"DURATION [17,26) \"half hour\" 0.5 HOUR 0.0208333333333d"}},
    {__LINE__,
     "The court sat for an hour and half that morning.",
     {"DURATION [18,34) \"an hour and half\" 1.5 HOUR 0.0625d"}},
    {__LINE__,
     "The siege lasted 2 years and 3 months.",
     {"DURATION [17,37) \"2 years and 3 months\" 2 YEAR [814,825]d"}},
    {__LINE__,
     "He was held 1 year, 2 days and 3 hours.",
     {"DURATION [12,38) \"1 year, 2 days and 3 hours\" 1 YEAR "
      "[367.125,368.125]d"}},
    {__LINE__,
     "The speech ran 1 hour thirty.",
     {"DURATION [15,28) \"1 hour thirty\" 1 HOUR 0.0625d"}},
    {__LINE__,
     "The march took two and a quarter hours.",
     {"DURATION [15,38) \"two and a quarter hours\" 2.25 HOUR 0.09375d"}},
    {__LINE__,
     "The audit covered 3 quarters.",
     {"DURATION [18,28) \"3 quarters\" 9 MONTH [252,279]d"}},
    {__LINE__,
     "Three quarters of the town burned.",
     {"QUANTITY [0,14) \"Three quarters\" 0.75 fraction"}},
    {__LINE__,
     "The famine lasted a month.",
     {"DURATION [18,25) \"a month\" 1 MONTH [28,31]d"}},
    {__LINE__, "The mail came twice a month.", {}},
    {__LINE__,
     "The guards worked 12 hours a day.",
     {"DURATION [18,26) \"12 hours\" 12 HOUR 0.5d"}},
    {__LINE__,
     "The committee met for 2 extra days.",
     {"DURATION [22,34) \"2 extra days\" 2 DAY 2d"}},
};

TEST(ExtractorDurationFormsTest, Table) { ExpectCases(kDurationForms); }

}  // namespace
}  // namespace checker
