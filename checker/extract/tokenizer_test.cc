#include "checker/extract/tokenizer.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace checker::extract {
namespace {

std::vector<Token> Tokens(absl::string_view text) {
  std::vector<Token> out;
  Tokenize(text, 100, &out);
  return out;
}

TEST(TokenizerTest, OffsetsAreIntoTheWholeDocument) {
  const std::vector<Token> t = Tokens("In 1953,  some");
  ASSERT_EQ(t.size(), 4u);
  EXPECT_EQ(t[0].begin, 100u);
  EXPECT_EQ(t[1].begin, 103u);
  EXPECT_EQ(t[1].end, 107u);
  EXPECT_EQ(t[2].punct, ',');
  EXPECT_EQ(t[3].begin, 110u);
  EXPECT_TRUE(t[3].space_before);
  EXPECT_FALSE(t[2].space_before);
}

TEST(TokenizerTest, DigitGroupsWithCommasThinSpacesAndNbsp) {
  for (const char* text : {"10,087",
                           "10\xE2\x80\x89"
                           "087",
                           "10\xC2\xA0"
                           "087",
                           "10 087"}) {
    const std::vector<Token> t = Tokens(text);
    ASSERT_EQ(t.size(), 1u) << text;
    EXPECT_EQ(t[0].mantissa, 10087u) << text;
    EXPECT_TRUE(t[0].grouped) << text;
  }
}

TEST(TokenizerTest, CommaNotFollowedByThreeDigitsSeparates) {
  const std::vector<Token> t = Tokens("1954,28");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].mantissa, 1954u);
  EXPECT_EQ(t[2].mantissa, 28u);
}

TEST(TokenizerTest, DecimalsAndSuffixes) {
  const std::vector<Token> t =
      Tokens("2.6 26th 1950s 1920's 1930\xE2\x80\x99s");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].mantissa, 26u);
  EXPECT_EQ(t[0].decimals, 1u);
  EXPECT_DOUBLE_EQ(t[0].value(), 2.6);
  EXPECT_EQ(t[1].suffix, NumberSuffix::kOrdinal);
  EXPECT_EQ(t[2].suffix, NumberSuffix::kPlural);
  EXPECT_EQ(t[3].suffix, NumberSuffix::kPlural);
  EXPECT_EQ(t[4].suffix, NumberSuffix::kPlural);
  EXPECT_EQ(t[4].end, 100u + 30u);  // the curly apostrophe is 3 bytes
}

TEST(TokenizerTest, DashesAndQuotesAreFolded) {
  const std::vector<Token> t = Tokens(
      "1947\xE2\x80\x93"
      "49 a\xE2\x80\x94"
      "b \xE2\x80\x9Cx\xE2\x80\x9D");
  ASSERT_EQ(t.size(), 9u);
  EXPECT_EQ(t[1].punct, '-');
  EXPECT_EQ(t[4].punct, 'M');
  EXPECT_EQ(t[6].punct, '"');
  EXPECT_EQ(t[8].punct, '"');
}

TEST(TokenizerTest, WordsAreLowercasedWithApostrophes) {
  const std::vector<Token> t = Tokens("Stalin\xE2\x80\x99s MARCH o'clock");
  ASSERT_EQ(t.size(), 3u);
  EXPECT_EQ(t[0].word(), "stalin's");
  EXPECT_TRUE(t[0].upper);
  EXPECT_EQ(t[1].word(), "march");
  ASSERT_NE(t[1].info, nullptr);
  EXPECT_EQ(t[1].info->month, 3);
  EXPECT_EQ(t[2].word(), "o'clock");
}

TEST(TokenizerTest, LineStartsAreMarked) {
  const std::vector<Token> t = Tokens("a\n(6) b");
  ASSERT_EQ(t.size(), 5u);
  EXPECT_TRUE(t[0].line_start);
  EXPECT_TRUE(t[1].line_start);
  EXPECT_FALSE(t[2].line_start);
}

}  // namespace
}  // namespace checker::extract
