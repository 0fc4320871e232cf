#include "checker/extract/extractor.h"

#include <string>

#include "absl/status/status.h"
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

TEST(MentionFormatTest, JsonEscapesQuotesBackslashesAndControls) {
  EXPECT_EQ(JsonEscape("a\"b\\c\n\x01\xE2\x80\x93"),
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
  EXPECT_EQ(MentionToJson(m, text, "doc.txt"),
            "{\"doc\":\"doc.txt\",\"begin\":0,\"end\":11,\"text\":\"over 60,000\","
            "\"kind\":\"QUANTITY\",\"hedge\":\"over\",\"low\":60000,"
            "\"low_exclusive\":true,\"page\":\"519\"}");
}

TEST(MentionFormatTest, FormatNumberDropsNeedlessFractions) {
  EXPECT_EQ(FormatNumber(570000), "570000");
  EXPECT_EQ(FormatNumber(2.5), "2.5");
  EXPECT_EQ(FormatNumber(-60), "-60");
  EXPECT_EQ(FormatNumber(1.0 / 6), "0.166666666667");
}

}  // namespace
}  // namespace checker
