#include "checker/extract/extractor.h"

#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "checker/base/escape.h"
#include "checker/extract/mention_format.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

TEST(ExtractMentionsTest, InvalidUtf8IsAnErrorNamingTheOffset) {
  const absl::StatusOr<std::vector<Mention>> got =
      ExtractMentions("In 1953 some \xFF 4,000", ExtractOptions{});
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(got.status().message(), "invalid UTF-8 at byte offset 13");
}

TEST(ExtractMentionsTest, EmptyTextHasNoMentions) {
  const absl::StatusOr<std::vector<Mention>> got =
      ExtractMentions("", ExtractOptions{});
  ASSERT_TRUE(got.ok());
  EXPECT_TRUE(got->empty());
}

TEST(ExtractMentionsTest, MentionsAreOrderedAndDoNotOverlap) {
  const std::string text =
      "In 1953 some 4,000 were freed; three weeks later about 500-700 more "
      "left, and on June 26, 1954, after 40 days, 14 percent had died.";
  const absl::StatusOr<std::vector<Mention>> got =
      ExtractMentions(text, ExtractOptions{});
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->size(), 7u);
  uint32_t last_end = 0;
  for (const Mention& m : *got) {
    EXPECT_LE(last_end, m.begin);
    EXPECT_LT(m.begin, m.end);
    EXPECT_LE(m.end, text.size());
    last_end = m.end;
  }
}

TEST(ExtractMentionsTest, PageMarkersSetThePageOfLaterMentions) {
  const std::string text = "Before 1950. {p. 12} In 1951. {p. xiii} In 1952.";
  const absl::StatusOr<std::vector<Mention>> got =
      ExtractMentions(text, ExtractOptions{});
  ASSERT_TRUE(got.ok());
  ASSERT_EQ(got->size(), 3u);
  EXPECT_EQ((*got)[0].page, "");
  EXPECT_EQ((*got)[1].page, "12");
  EXPECT_EQ((*got)[2].page, "xiii");
}

TEST(ExtractMentionsTest, LongTextWithoutBlankLinesIsChunkedSafely) {
  std::string text;
  for (int i = 0; i < 20000; ++i) text += "about 500 men ";
  const absl::StatusOr<std::vector<Mention>> got =
      ExtractMentions(text, ExtractOptions{});
  ASSERT_TRUE(got.ok());
  EXPECT_EQ(got->size(), 20000u);
}

// A paragraph longer than the 64 KiB extraction window (no blank line in
// it), with one date placed so that it straddles the window's end, at each
// of 24 offsets around byte 65,536: the date is found whole every time.
TEST(ExtractMentionsTest, FigureAcrossTheWindowEndOfALongParagraphIsWhole) {
  const std::string sentence = "On 12 March 1953 the camp closed.";
  for (int shift = 0; shift < 24; ++shift) {
    std::string text;
    while (text.size() < (1u << 16) - 6 - static_cast<size_t>(shift)) {
      text += "Work went on. ";
    }
    const size_t date_begin = text.size() + 3;  // after "On "
    text += sentence + " Work went on.\n";
    const absl::StatusOr<std::vector<Mention>> got =
        ExtractMentions(text, ExtractOptions{});
    ASSERT_TRUE(got.ok()) << got.status();
    ASSERT_EQ(got->size(), 1u) << "shift " << shift;
    EXPECT_EQ((*got)[0].begin, date_begin) << "shift " << shift;
    EXPECT_EQ((*got)[0].end, date_begin + 13) << "shift " << shift;
  }
}

// A paragraph with no blank line and no sentence start ("and so on" over
// and over) is cut at a space; a figure written across that place must
// still be read whole. Each figure is placed at every offset that puts the
// 64 KiB mark inside it or next to it.
TEST(ExtractMentionsTest, FigureAcrossACutWithNoSentenceStartIsWhole) {
  struct Case {
    int line;
    std::string figure;
    std::string expected;  // compact form, offsets from the figure's start
  };
  const Case cases[] = {
      {__LINE__, "12 March 1953",
       "DATE [0,13) \"12 March 1953\" 1953-03-12 DAY"},
      {__LINE__, "between 3,000 and 4,000",
       "QUANTITY [0,23) \"between 3,000 and 4,000\" [3000,4000] range"},
      {__LINE__, "1,234,567", "QUANTITY [0,9) \"1,234,567\" 1234567"},
      {__LINE__, "from May to July 1953",
       "DATE [0,21) \"from May to July 1953\" 1953-05-01..1953-07-31 MONTH "
       "period"},
  };
  for (const Case& c : cases) {
    for (size_t shift = 0; shift < c.figure.size() + 3; ++shift) {
      std::string text;
      while (text.size() < (1u << 16) - shift) text += "and so on ";
      text.resize((1u << 16) - shift);
      text.back() = ' ';
      const size_t at = text.size();
      text += c.figure + " and so on\n";
      const absl::StatusOr<std::vector<Mention>> got =
          ExtractMentions(text, ExtractOptions{});
      ASSERT_TRUE(got.ok()) << got.status();
      ASSERT_EQ(got->size(), 1u) << "line " << c.line << " shift " << shift;
      Mention m = (*got)[0];
      ASSERT_GE(m.begin, at) << "line " << c.line << " shift " << shift;
      m.begin -= static_cast<uint32_t>(at);
      m.end -= static_cast<uint32_t>(at);
      EXPECT_EQ(MentionToCompact(m, text.substr(at)), c.expected)
          << "line " << c.line << " shift " << shift;
    }
  }
}

// The same over a paragraph of several windows: figures a few words apart,
// the gaps of varying length so that the cuts fall at all kinds of places;
// every figure is found whole, once, and nothing else is.
TEST(ExtractMentionsTest, EveryFigureOfAParagraphOfManyWindowsIsWhole) {
  static const char* const kFigures[] = {"12 March 1953", "3,000-4,000",
                                         "1,234,567", "forty days"};
  std::string text;
  std::vector<std::pair<size_t, std::string>> placed;
  for (int i = 0; text.size() < 5 * (1u << 16); ++i) {
    for (int w = 0; w < 1 + i % 7; ++w) text += "and so on ";
    const std::string figure = kFigures[i % 4];
    placed.emplace_back(text.size(), figure);
    text += figure + " ";
  }
  const absl::StatusOr<std::vector<Mention>> got =
      ExtractMentions(text, ExtractOptions{});
  ASSERT_TRUE(got.ok()) << got.status();
  ASSERT_EQ(got->size(), placed.size());
  for (size_t i = 0; i < placed.size(); ++i) {
    EXPECT_EQ((*got)[i].begin, placed[i].first) << i;
    EXPECT_EQ((*got)[i].end, placed[i].first + placed[i].second.size()) << i;
  }
}

// ForEachMention streams what ExtractMentions returns, in the same order,
// with pages set, across chunks (a text of several 64 KiB windows).
TEST(ForEachMentionTest, StreamsTheSameMentionsInTextOrder) {
  std::string text = "{p. 3} ";
  for (int i = 0; i < 12000; ++i) text += "about 500 men. ";
  text += "{p. 4} In 1953 the camp closed.\n";
  const absl::StatusOr<std::vector<Mention>> all =
      ExtractMentions(text, ExtractOptions{});
  ASSERT_TRUE(all.ok());
  ASSERT_EQ(all->size(), 12001u);
  size_t n = 0;
  ASSERT_TRUE(ForEachMention(text, ExtractOptions{}, [&](Mention&& m) {
                ASSERT_LT(n, all->size());
                EXPECT_EQ(m.begin, (*all)[n].begin);
                EXPECT_EQ(m.end, (*all)[n].end);
                EXPECT_EQ(m.page, n < 12000 ? "3" : "4") << n;
                ++n;
              }).ok());
  EXPECT_EQ(n, all->size());
}

TEST(ForEachMentionTest, InvalidUtf8CallsTheSinkNever) {
  int calls = 0;
  const absl::Status status = ForEachMention(
      "In 1953 some 4,000 \xC3", ExtractOptions{}, [&](Mention&&) { ++calls; });
  EXPECT_EQ(status.message(), "invalid UTF-8 at byte offset 19");
  EXPECT_EQ(calls, 0);
}

// Random soups of tricky tokens: extraction never fails on valid UTF-8 and
// its mentions keep their invariants (order, bounds, intervals).
TEST(ExtractMentionsTest, RandomTokenSoupKeepsInvariants) {
  static const char* const kPieces[] = {
      "1953",       "26",       "June",
      "May",        "the",      "of",
      "to",         "-",        "\xE2\x80\x93",
      "and",        "between",  "from",
      "about",      "over",     "up",
      "as many as", "last",     "next",
      "day",        "days",     "years",
      "later",      "before",   "Stalin",
      "a",          "half",     "million",
      "0.6",        "1,000",    "10\u2009087",
      "thousands",  "tens",     "percent",
      "%",          "(",        ")",
      "{p. 5}",     "p.",       "Article",
      "58",         "23:00",    "spring",
      "winter",     "1945",     "46",
      "mid",        "early",    "1950s",
      "the 26th",   ".",        ",",
      "\n",         "\n\n",     "one",
      "forty",      "two",      "c.",
      "ago",        "minus",    "AD",
      "BC",         "0",        "99999999999999999999",
      "31",         "February", "30"};
  uint32_t seed = 12345;
  auto next = [&seed] { return seed = seed * 1103515245u + 12345u; };
  for (int round = 0; round < 2000; ++round) {
    std::string text;
    const int n = static_cast<int>(next() % 24);
    for (int k = 0; k < n; ++k) {
      text += kPieces[(next() >> 8) % (sizeof(kPieces) / sizeof(kPieces[0]))];
      if (next() % 4 != 0) text += ' ';
    }
    ExtractOptions options;
    if (round % 2) options.default_year = 1950;
    if (round % 3) {
      options.reference_date = date::sys_days{date::year{1953} / 3 / 6};
    }
    const absl::StatusOr<std::vector<Mention>> got =
        ExtractMentions(text, options);
    ASSERT_TRUE(got.ok()) << text;
    uint32_t last_end = 0;
    for (const Mention& m : *got) {
      ASSERT_LE(last_end, m.begin) << text;
      ASSERT_LT(m.begin, m.end) << text;
      ASSERT_LE(m.end, text.size()) << text;
      if (m.low && m.high) {
        EXPECT_LE(*m.low, *m.high) << text;
      }
      if (m.low_days && m.high_days) {
        EXPECT_LE(*m.low_days, *m.high_days) << text;
      }
      if (m.kind == MentionKind::kDate) {
        ASSERT_TRUE(m.earliest && m.latest) << text;
        EXPECT_LE(*m.earliest, *m.latest) << text;
      }
      last_end = m.end;
    }
  }
}

TEST(MentionFormatTest, JsonEscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(JsonString("a\"b\\c\n\x01\xE2\x80\x93"),
            "\"a\\\"b\\\\c\\n\\u0001\xE2\x80\x93\"");
}

TEST(MentionFormatTest, JsonLineHasTheFieldsOfTheKind) {
  const std::string text = "over 60,000";
  Mention m;
  m.kind = MentionKind::kQuantity;
  m.begin = 0;
  m.end = 11;
  m.hedge = "over";
  m.low = 60000;
  m.low_exclusive = true;
  m.page = "519";
  EXPECT_EQ(
      MentionToJson(m, text, "doc.txt"),
      "{\"doc\":\"doc.txt\",\"begin\":0,\"end\":11,\"text\":\"over 60,000\","
      "\"kind\":\"QUANTITY\",\"hedge\":\"over\",\"low\":60000,"
      "\"low_exclusive\":true,\"page\":\"519\"}");
}

}  // namespace
}  // namespace checker
