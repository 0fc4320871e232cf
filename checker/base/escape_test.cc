#include "checker/base/escape.h"

#include <string>

#include "gtest/gtest.h"

namespace checker {
namespace {

struct EscapeCase {
  int line;
  std::string input;
  std::string expected;
};

TEST(CsvTextTest, NeutralizesFormulaStartsAndQuotesPerRfc4180) {
  const EscapeCase kCases[] = {
      {__LINE__, "plain", "plain"},
      {__LINE__, "", ""},
      {__LINE__, "=SUM(A1:A9)", "'=SUM(A1:A9)"},
      {__LINE__, "+1", "'+1"},
      {__LINE__, "-2+3", "'-2+3"},
      {__LINE__, "@cmd", "'@cmd"},
      {__LINE__, "\tx", "'\tx"},
      {__LINE__, "\rx", "\"'\rx\""},
      {__LINE__, "=HYPERLINK(\"http://x\",\"y\")",
       "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""},
      {__LINE__, "a,b", "\"a,b\""},
      {__LINE__, "say \"hi\"", "\"say \"\"hi\"\"\""},
      {__LINE__, "two\nlines", "\"two\nlines\""},
      {__LINE__, "mid=dle", "mid=dle"},
      {__LINE__, "1953-03-05", "1953-03-05"},
  };
  for (const EscapeCase& c : kCases) {
    EXPECT_EQ(CsvText(c.input), c.expected) << "line " << c.line;
  }
}

TEST(CsvNumberTest, NumbersAreNeverNeutralized) {
  EXPECT_EQ(CsvNumber(-6146), "-6146");
  EXPECT_EQ(CsvNumber(570000), "570000");
  EXPECT_EQ(CsvNumber(0.25), "0.25");
}

TEST(HtmlEscapeTest, EscapesAllFiveSpecialCharacters) {
  EXPECT_EQ(HtmlEscape("<script>alert(1)</script>"),
            "&lt;script&gt;alert(1)&lt;/script&gt;");
  EXPECT_EQ(HtmlEscape("a & b \"c\" 'd'"),
            "a &amp; b &quot;c&quot; &#39;d&#39;");
  EXPECT_EQ(HtmlEscape("0.6–0.8 million"), "0.6–0.8 million");
}

TEST(MarkdownEscapeTest, KeepsCellsOnOneRowAndDisarmsMarkup) {
  const EscapeCase kCases[] = {
      {__LINE__, "about 570,000", "about 570,000"},
      {__LINE__, "a | b", "a \\| b"},
      {__LINE__, "one\ntwo\r\nthree\rfour", "one two three four"},
      {__LINE__, "[@fake, p. 1]", "\\[\\@fake, p. 1\\]"},
      {__LINE__, "1](javascript:alert(1)) 307",
       "1\\](javascript:alert(1)) 307"},
      {__LINE__, "> quoted", "\\> quoted"},
      {__LINE__, "[^1]", "\\[\\^1\\]"},
      {__LINE__, "<script>", "\\<script\\>"},
      {__LINE__, "*bold* _it_ `code`", "\\*bold\\* \\_it\\_ \\`code\\`"},
      {__LINE__, "gulag_population_1", "gulag_population_1"},
      {__LINE__, "x_ _y a__b", "x\\_ \\_y a\\_\\_b"},
      {__LINE__, "back\\slash", "back\\\\slash"},
  };
  for (const EscapeCase& c : kCases) {
    EXPECT_EQ(MarkdownEscape(c.input), c.expected) << "line " << c.line;
  }
}

TEST(JsonStringTest, EscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(JsonString("a\"b\\c\n\x01"), "\"a\\\"b\\\\c\\n\\u0001\"");
  EXPECT_EQ(JsonString("Żółć"), "\"Żółć\"");
  EXPECT_EQ(JsonString("</script><b>&amp;"),
            "\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026amp;\"");
}

TEST(JsonStringTest, PlainFormKeepsAngleBracketsAndAmpersands) {
  EXPECT_EQ(JsonString(">6000 & <50", /*html_safe=*/false), "\">6000 & <50\"");
  EXPECT_EQ(JsonString("a\"b\n", /*html_safe=*/false), "\"a\\\"b\\n\"");
}

}  // namespace
}  // namespace checker
