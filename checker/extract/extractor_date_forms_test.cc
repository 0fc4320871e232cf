// Written forms of dates: lowercase months, ordinal days in words, weekday
// prefixes, numeric dates (ISO, slashed, dotted, two-digit years) and
// their true negatives. Each row is {__LINE__, input, expected mentions in
// MentionToCompact form}; the days were worked out by hand.
#include "checker/extract/extractor_test_util.h"

namespace checker {
namespace {

const ExtractCase kDateForms[] = {
    {__LINE__,
     "The treaty of 1921 was signed on 17 june.",
     {"DATE [14,18) \"1921\" 1921-01-01..1921-12-31 YEAR",
      "DATE [33,40) \"17 june\" 1921-06-17 DAY inferred"}},
    {__LINE__,
     "In 1916 the rising began on the fifth of March.",
     {"DATE [3,7) \"1916\" 1916-01-01..1916-12-31 YEAR",
      "DATE [28,46) \"the fifth of March\" 1916-03-05 DAY inferred"}},
    {__LINE__,
     "By 1916 the order came on March the fifth.",
     {"DATE [3,7) \"1916\" 1916-01-01..1916-12-31 YEAR",
      "DATE [26,41) \"March the fifth\" 1916-03-05 DAY inferred"}},
    {__LINE__,
     "In 1953 the strike began on Thursday, 5 March.",
     {"DATE [3,7) \"1953\" 1953-01-01..1953-12-31 YEAR",
      "DATE [28,45) \"Thursday, 5 March\" 1953-03-05 DAY inferred"}},
    {__LINE__,
     "The note is dated june 1953.",
     {"DATE [18,27) \"june 1953\" 1953-06-01..1953-06-30 MONTH"}},
    {__LINE__,
     "The mayor spoke on the twenty-first of august 1919.",
     {"DATE [19,50) \"the twenty-first of august 1919\" 1919-08-21 DAY"}},
    {__LINE__,
     "Then march 3 1915 the troops left.",
     {"DATE [5,17) \"march 3 1915\" 1915-03-03 DAY"}},
    {__LINE__,
     "The troops march 30 miles.",
     {"QUANTITY [17,19) \"30\" 30"}},
    {__LINE__,
     "You may 5 times repeat it.",
     {"QUANTITY [8,9) \"5\" 5"}},
    {__LINE__,
     "The form was filed 26/06/1953 in Paris.",
     {"DATE [19,29) \"26/06/1953\" 1953-06-26 DAY"}},
    {__LINE__,
     "The form was filed 5.3.1953 in Paris.",
     {"DATE [19,27) \"5.3.1953\" 1953-03-05 DAY"}},
    {__LINE__,
     "The form was filed 1953-06-26 in Paris.",
     {"DATE [19,29) \"1953-06-26\" 1953-06-26 DAY"}},
    {__LINE__,
     "The archive box is labelled 1953-06.",
     {"DATE [28,35) \"1953-06\" 1953-06-01..1953-06-30 MONTH"}},
    {__LINE__,
     "The regiment served 1901-05 in India.",
     {"DATE [20,27) \"1901-05\" 1901-01-01..1905-12-31 YEAR period"}},
    {__LINE__,
     "The note of 1953 is dated 26/06.",
     {"DATE [12,16) \"1953\" 1953-01-01..1953-12-31 YEAR",
      "DATE [26,31) \"26/06\" 1953-06-26 DAY inferred"}},
    {__LINE__,
     "The letter, dated 31-10-74, survives.",
     {"DATE [18,26) \"31-10-74\" 1974-10-31 DAY"}},
    {__LINE__,
     "The letter, dated 31/Oct/1874, survives.",
     {"DATE [18,29) \"31/Oct/1874\" 1874-10-31 DAY"}},
    {__LINE__,
     "Rations were cut by 2/3 that winter.",
     {"QUANTITY [20,23) \"2/3\" 0.666666666667 fraction"}},
    {__LINE__,
     "The years 1914-18 were hard.",
     {"DATE [10,17) \"1914-18\" 1914-01-01..1918-12-31 YEAR period"}},
    {__LINE__,
     "Call 650-555-0147 for details.",
     {}},
};

TEST(ExtractorDateFormsTest, Table) { ExpectCases(kDateForms); }

}  // namespace
}  // namespace checker
