#include "checker/text/html_text.h"

#include <string>

#include "gtest/gtest.h"

namespace checker {
namespace {

TEST(HtmlTextTest, TagsDroppedEntitiesDecodedOffsetsIntoTheOriginal) {
  const std::string html =
      "<html><head><title>Kengir</title><style>p{x:1}</style></head>"
      "<body><p>Some <b>700</b> &amp; more&nbsp;died.</p>"
      "<!-- a comment --><p>Lasted&#32;40 days&mdash;then\n  ended.</p>"
      "<script>var s = '<p>9</p>';</script></body></html>";
  HtmlText t = StripHtml(html);
  EXPECT_EQ(t.text,
            "Kengir\n\nSome 700 & more died.\n\nLasted 40 days\xE2\x80\x94then "
            "ended.\n\n");
  ASSERT_EQ(t.offsets.size(), t.text.size() + 1);
  const size_t seven = t.text.find("700");
  EXPECT_EQ(html.substr(t.offsets[seven], 3), "700");
  const size_t amp = t.text.find('&');
  EXPECT_EQ(html.substr(t.offsets[amp], 5), "&amp;");
  const size_t forty = t.text.find("40 days");
  EXPECT_EQ(html.substr(t.offsets[forty], 7), "40 days");
  EXPECT_EQ(t.offsets.back(), html.size());
  for (size_t i = 1; i < t.offsets.size(); ++i) {
    EXPECT_LE(t.offsets[i - 1], t.offsets[i]) << i;
  }
}

TEST(HtmlTextTest, MalformedInputDoesNotFail) {
  EXPECT_EQ(StripHtml("a &bogus; b <unclosed").text, "a &bogus; b ");
  EXPECT_EQ(StripHtml("&#xZZ; &#0;").text, "&#xZZ; \xEF\xBF\xBD");
}

}  // namespace
}  // namespace checker
