#include "checker/link/citation.h"

#include <string>

#include "gtest/gtest.h"

namespace checker {
namespace {

struct CitationRow {
  int line;
  const char* text;
  const char* figure;
  bool citation;
};

const CitationRow kRows[] = {
    {__LINE__, "J. Smith, The Long Winter (London, 1990), p. 279.", "1990",
     true},
    {__LINE__, "A. Brown, Camps (New York: Macmillan, 1972).", "1972", true},
    {__LINE__, "See [Harvill Press, 2003] for more.", "2003", true},
    {__LINE__, "History from 1917 (Oxford University Press, 1985)", "1985",
     true},
    // Prose dates, even in brackets, stay claims.
    {__LINE__, "The strike (which began in May 1953) failed.", "May 1953",
     false},
    {__LINE__, "Stalin died on March 5, 1953, in his dacha.", "March 5, 1953",
     false},
    {__LINE__, "The decree (27 March 1953) freed many.", "27 March 1953",
     false},
    {__LINE__, "Unclosed (London, 1990 and more", "1990", false},
};

TEST(CitationTest, PublicationDatesInBracketsAreCitations) {
  for (const CitationRow& row : kRows) {
    const std::string text = row.text;
    const size_t at = text.find(row.figure);
    ASSERT_NE(at, std::string::npos) << row.line;
    const TextSpan figure{static_cast<uint32_t>(at),
                          static_cast<uint32_t>(at + strlen(row.figure))};
    EXPECT_EQ(InBibliographicCitation(
                  text, {0, static_cast<uint32_t>(text.size())}, figure),
              row.citation)
        << "line " << row.line << ": " << text;
  }
}

}  // namespace
}  // namespace checker
