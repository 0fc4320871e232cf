#include "checker/text/document.h"

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "checker/base/utf8.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

std::vector<std::string> Texts(absl::string_view text,
                               const std::vector<TextSpan>& spans) {
  std::vector<std::string> out;
  out.reserve(spans.size());
  for (const TextSpan& s : spans) {
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  }
  return out;
}

TEST(ValidateUtf8Test, AcceptsAsciiAndMultibyteText) {
  EXPECT_TRUE(ValidateUtf8("").ok());
  EXPECT_TRUE(ValidateUtf8("Kengir, 1954").ok());
  EXPECT_TRUE(ValidateUtf8("1947\xE2\x80\x93"
                           "49 \xC2\xA0 \xF0\x9F\x98\x80")
                  .ok());
}

struct BadUtf8Case {
  int line;
  std::string text;
  size_t offset;
};

TEST(ValidateUtf8Test, NamesTheOffsetOfTheFirstBadByte) {
  const BadUtf8Case cases[] = {
      {__LINE__, "\xFF", 0},
      {__LINE__, "abc\x80", 3},
      {__LINE__, "In 1953 \xC3", 8},          // truncated
      {__LINE__, "ab\xC0\xAF", 2},            // overlong '/'
      {__LINE__, "x\xE0\x80\xAFy", 1},        // overlong 3-byte
      {__LINE__, "12345678\xED\xA0\x80", 8},  // surrogate
      {__LINE__, "\xF4\x90\x80\x80", 0},      // above U+10FFFF
      {__LINE__, "ok \xE2\x80\x93 then \xE2\x28\xA1", 12},
      {__LINE__, std::string(100, 'a') + "\xBF", 100},
  };
  for (const BadUtf8Case& c : cases) {
    const absl::Status st = ValidateUtf8(c.text);
    EXPECT_EQ(st.code(), absl::StatusCode::kInvalidArgument)
        << "line " << c.line;
    EXPECT_EQ(st.message(),
              "invalid UTF-8 at byte offset " + std::to_string(c.offset))
        << "line " << c.line;
    EXPECT_EQ(FirstInvalidUtf8(c.text), c.offset) << "line " << c.line;
  }
}

TEST(DecodeRuneTest, DecodesEnDashAndRejectsStrayContinuation) {
  char32_t r = 0;
  EXPECT_EQ(DecodeRune("\xE2\x80\x93", &r), 3u);
  EXPECT_EQ(r, 0x2013u);
  EXPECT_EQ(DecodeRune("\x80", &r), 0u);
}

TEST(SplitParagraphsTest, BlankLinesSeparateParagraphs) {
  const std::string text = "First line\nstill first.\n\n  \nSecond.\n\n\nThird";
  EXPECT_THAT(
      Texts(text, SplitParagraphs(text)),
      testing::ElementsAre("First line\nstill first.", "Second.", "Third"));
}

TEST(SplitParagraphsTest, OneParagraphPerLineWithoutBlankLines) {
  const std::string text = "One.\nTwo.\r\nThree.\n";
  EXPECT_THAT(Texts(text, SplitParagraphs(text)),
              testing::ElementsAre("One.", "Two.", "Three."));
}

TEST(SplitParagraphsTest, EmptyAndBlankTextHaveNoParagraphs) {
  EXPECT_TRUE(SplitParagraphs("").empty());
  EXPECT_TRUE(SplitParagraphs(" \n\n \n").empty());
}

TEST(SplitSentencesTest, SplitsAtSentenceEnds) {
  const std::string text =
      "Stalin died on March 5. The news came a day later! Was it true? Yes.";
  EXPECT_THAT(Texts(text, SplitSentences(text)),
              testing::ElementsAre("Stalin died on March 5.",
                                   "The news came a day later!", "Was it true?",
                                   "Yes."));
}

// The byte order mark opening a file is invisible: no sentence or
// paragraph starts with it. CRLF line ends split as LF ones do.
TEST(SplitSentencesTest, AByteOrderMarkAndCrlfAreNotText) {
  const std::string text =
      "\xEF\xBB\xBFThe camp opened in 1940.\r\n\r\nIt closed in 1956.\r\n";
  EXPECT_THAT(
      Texts(text, SplitSentences(text)),
      testing::ElementsAre("The camp opened in 1940.", "It closed in 1956."));
  EXPECT_THAT(
      Texts(text, SplitParagraphs(text)),
      testing::ElementsAre("The camp opened in 1940.", "It closed in 1956."));
}

TEST(SplitSentencesTest, AbbreviationsInitialsAndDecimalsDoNotSplit) {
  const std::string text =
      "Gen. Vlasov met Maj. I. M. Shepetov in the U.S. sector. "
      "There were 2.6 million inmates (see p. 519). Next one.";
  EXPECT_THAT(Texts(text, SplitSentences(text)),
              testing::ElementsAre(
                  "Gen. Vlasov met Maj. I. M. Shepetov in the U.S. sector.",
                  "There were 2.6 million inmates (see p. 519).", "Next one."));
}

TEST(SplitSentencesTest, HedgeAbbreviationsBeforeAFigureDoNotSplit) {
  const std::string text = "Losses: Appx. 300 Drowned. Est. 40 Missing. End.";
  EXPECT_THAT(Texts(text, SplitSentences(text)),
              testing::ElementsAre("Losses: Appx. 300 Drowned.",
                                   "Est. 40 Missing.", "End."));
}

TEST(SplitSentencesTest, ClosingQuoteStaysWithItsSentence) {
  const std::string text = "He wrote \"it is over.\" Then he left.";
  EXPECT_THAT(
      Texts(text, SplitSentences(text)),
      testing::ElementsAre("He wrote \"it is over.\"", "Then he left."));
}

TEST(SplitSentencesTest, LowercaseAfterPeriodContinuesTheSentence) {
  const std::string text = "It was c. 1950 and later. Done.";
  EXPECT_THAT(Texts(text, SplitSentences(text)),
              testing::ElementsAre("It was c. 1950 and later.", "Done."));
}

TEST(SplitSentencesTest, BlankLineEndsASentence) {
  const std::string text = "A heading\n\nThe text begins here.";
  EXPECT_THAT(Texts(text, SplitSentences(text)),
              testing::ElementsAre("A heading", "The text begins here."));
}

TEST(FindPageMarkersTest, FindsArabicAndRomanPages) {
  const std::string text = "intro {p. xiii} text {p. 519} more {pp. 12-14} end";
  const std::vector<PageMarker> markers = FindPageMarkers(text);
  ASSERT_EQ(markers.size(), 3u);
  EXPECT_EQ(markers[0].page, "xiii");
  EXPECT_EQ(text.substr(markers[0].span.begin,
                        markers[0].span.end - markers[0].span.begin),
            "{p. xiii}");
  EXPECT_EQ(markers[1].page, "519");
  EXPECT_EQ(markers[1].span.begin, 21u);
  EXPECT_EQ(markers[1].span.end, 29u);
  EXPECT_EQ(markers[2].page, "12-14");
}

TEST(FindPageMarkersTest, IgnoresBracesThatAreNotMarkers) {
  EXPECT_TRUE(
      FindPageMarkers("{my comments} {p.} {p 5} {pages 3} {p. 5").empty());
}

TEST(PageAtTest, PageInForceAtOffset) {
  const std::string text = "aa {p. 3} bbb {p. 4} cc";
  const std::vector<PageMarker> markers = FindPageMarkers(text);
  EXPECT_EQ(PageAt(markers, 0), "");
  EXPECT_EQ(PageAt(markers, 2), "");
  EXPECT_EQ(PageAt(markers, 3), "3");
  EXPECT_EQ(PageAt(markers, 12), "3");
  EXPECT_EQ(PageAt(markers, 14), "4");
  EXPECT_EQ(PageAt(markers, 1000), "4");
  EXPECT_EQ(PageAt({}, 5), "");
}

}  // namespace
}  // namespace checker
