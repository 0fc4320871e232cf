// Figures that are not claims, and years that are counts.
#include "checker/link/figure_checks.h"

#include <string>
#include <vector>

#include "checker/link/link_test_util.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using testing::MentionAt;

std::string Reason(const std::string& text, const std::string& figure,
                   MentionKind kind = MentionKind::kQuantity) {
  Mention m = MentionAt(text, figure, kind);
  std::vector<TextSpan> figures;
  // Every digit run of the text stands for a figure.
  for (size_t i = 0; i < text.size();) {
    if (isdigit(static_cast<unsigned char>(text[i]))) {
      size_t j = i;
      while (j < text.size() && (isdigit(static_cast<unsigned char>(text[j])) ||
                                 text[j] == '.' || text[j] == ',')) {
        ++j;
      }
      figures.push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(j)});
      i = j;
    } else {
      ++i;
    }
  }
  return NotAClaimReason(text, m, {0, static_cast<uint32_t>(text.size())},
                         figures);
}

struct Row {
  int line;
  const char* text;
  const char* figure;
  const char* expected;  // a word of the reason, or "" for a claim
};

TEST(FigureChecksTest, FormsThatAreNotClaims) {
  const Row rows[] = {
      {__LINE__,
       "The camp lay at 61\xC2\xB0"
       "40\xE2\x80\xB2N.",
       "40", "coordinate"},
      {__LINE__, "The train left at 7:40 sharp.", "40", "time of day"},
      {__LINE__, "Most of them were later pardoned.14 Others", "14",
       "footnote"},
      {__LINE__, "They met near Gate 4 in the rain.", "4", "identifier"},
      {__LINE__, "The barge moved at 3 knots (5.6 km/h) upstream.", "5.6",
       "conversion"},
      // True negatives: counts written next to names or units.
      {__LINE__, "In Vorkuta 4,000 men struck.", "4,000", ""},
      {__LINE__, "The Vorkuta 4 were tried in May.", "4", "identifier"},
      {__LINE__, "Over 4 ships sank.", "4", ""},
      {__LINE__, "The strike lasted 12 days (from 1 to 12 May).", "12", ""},
  };
  for (const Row& r : rows) {
    const std::string reason = Reason(r.text, r.figure);
    if (std::string(r.expected).empty()) {
      EXPECT_EQ(reason, "") << "line " << r.line;
    } else {
      EXPECT_NE(reason.find(r.expected), std::string::npos)
          << "line " << r.line << ": got '" << reason << "'";
    }
  }
}

Vocabulary DefaultVocabulary() { return *BuildVocabulary({}, {}); }

bool YearIsCount(const std::string& text, const std::string& figure) {
  static const Vocabulary* const kVocabulary =
      new Vocabulary(DefaultVocabulary());
  Mention m = MentionAt(text, figure, MentionKind::kDate);
  m.precision = MentionPrecision::kYear;
  std::vector<PhraseHit> cues = kVocabulary->cues.FindAll(text, Tokenize(text));
  return ReadAsCount(text, m, *kVocabulary, cues);
}

TEST(FigureChecksTest, FourDigitYearsThatAreCounts) {
  EXPECT_TRUE(YearIsCount("Roughly 1200 killed in the first hour.", "1200"));
  EXPECT_TRUE(YearIsCount("About 1800 prisoners were moved.", "1800"));
  EXPECT_TRUE(YearIsCount("Losses: >1400 dead.", "1400"));
  // True negatives: years.
  EXPECT_FALSE(
      YearIsCount("The camp was closed in 1956 after the strike.", "1956"));
  EXPECT_FALSE(YearIsCount("Those killed in 1942 were buried there.", "1942"));
  EXPECT_FALSE(YearIsCount("The 1953 amnesty freed many.", "1953"));
}

// The extractor may take a hedge into a year-like date: the hedge alone
// decides nothing (a circa year is a year), what follows the digits does.
bool HedgedYearIsCount(const std::string& text, const std::string& figure,
                       const std::string& hedge) {
  static const Vocabulary* const kVocabulary =
      new Vocabulary(DefaultVocabulary());
  Mention m = MentionAt(text, figure, MentionKind::kDate);
  m.precision = MentionPrecision::kYear;
  m.hedge = hedge;
  std::vector<PhraseHit> cues = kVocabulary->cues.FindAll(text, Tokenize(text));
  return ReadAsCount(text, m, *kVocabulary, cues);
}

TEST(FigureChecksTest, HedgeInsideTheDateLetsTheWordsAfterDecide) {
  EXPECT_TRUE(HedgedYearIsCount("Approx. 1300 Killed at sea.", "Approx. 1300",
                                "approx."));
  EXPECT_TRUE(HedgedYearIsCount("The raid left c. 1100 sailors missing.",
                                "c. 1100", "c."));
  // True negatives: circa years.
  EXPECT_FALSE(HedgedYearIsCount("The abbey was built c. 1150 by monks.",
                                 "c. 1150", "c."));
  EXPECT_FALSE(HedgedYearIsCount("Founded in about 1820, the mill grew.",
                                 "about 1820", "about"));
}

}  // namespace
}  // namespace checker
