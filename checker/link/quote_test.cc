#include "checker/link/quote.h"

#include <string>

#include "gtest/gtest.h"

namespace checker {
namespace {

TextSpan Find(const std::string& text, const std::string& needle) {
  const size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

TEST(QuoteTest, FigurePlusAFewWordsCutAtWordBoundaries) {
  const std::string text =
      "When the troops finally stormed the compound, the guards shot some "
      "400 prisoners in the yard, and the rest were moved north.";
  const TextSpan sentence{0, static_cast<uint32_t>(text.size())};
  QuoteSelector q = MakeQuote(text, sentence, Find(text, "400"));
  EXPECT_LE(q.quote.size(), kMaxQuoteBytes);
  EXPECT_EQ(text.substr(q.begin, q.quote.size()), q.quote);
  EXPECT_NE(q.quote.find("400 prisoners"), std::string::npos) << q.quote;
  EXPECT_TRUE(q.begin == 0 || text[q.begin - 1] == ' ') << q.quote;
  const size_t end = q.begin + q.quote.size();
  EXPECT_TRUE(end == text.size() || text[end] == ' ') << q.quote;
  EXPECT_EQ(q.prefix, text.substr(q.begin - kContextBytes, kContextBytes));
  EXPECT_EQ(q.suffix, text.substr(end, kContextBytes));
}

TEST(QuoteTest, NeverTheWholeSentence) {
  const std::string text = "Nobody expected it. Some 400 died. Then calm.";
  const TextSpan figure = Find(text, "400");
  const TextSpan sentence = Find(text, "Some 400 died.");
  QuoteSelector q = MakeQuote(text, sentence, figure);
  EXPECT_NE(q.quote, "Some 400 died.");
  EXPECT_NE(q.quote.find("400"), std::string::npos);
  EXPECT_LT(q.quote.size(), std::string("Some 400 died.").size());
}

TEST(QuoteTest, LongFigureIsQuotedAlone) {
  const std::string figure =
      "between the spring of nineteen forty-two and the winter of nineteen "
      "forty-three";
  const std::string text = "It lasted " + figure + " in all.";
  QuoteSelector q = MakeQuote(text, {0, static_cast<uint32_t>(text.size())},
                              Find(text, figure));
  EXPECT_EQ(q.quote, figure);
}

TEST(QuoteTest, ContextIsCutOnUtf8Boundaries) {
  // Each "é" is two bytes; a 16-byte cut would split one.
  const std::string text =
      "\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9\xC3\xA9"
      " x. Exactly 1953 was the year. y";
  const TextSpan sentence = Find(text, "Exactly 1953 was the year.");
  QuoteSelector q = MakeQuote(text, sentence, Find(text, "1953"));
  ASSERT_FALSE(q.prefix.empty());
  EXPECT_NE(static_cast<unsigned char>(q.prefix[0]) & 0xC0, 0x80);
}

}  // namespace
}  // namespace checker
