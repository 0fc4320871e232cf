#include "checker/link/pages.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace checker {
namespace {

TextSpan Find(const std::string& text, const std::string& needle) {
  const size_t at = text.find(needle);
  EXPECT_NE(at, std::string::npos) << needle;
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

std::vector<PageMarker> Markers(const std::string& text) {
  return FindPageMarkers(text);
}

TEST(PagesTest, TheLastMarkerBeforeTheFigure) {
  const std::string text = "{p. 12} One. {p. 13} In 1954 it ended.";
  EXPECT_EQ(PageOf(text, Markers(text), {0, static_cast<uint32_t>(text.size())},
                   Find(text, "1954"), 0),
            "13");
}

TEST(PagesTest, AMarkerBeforeTheSegmentDoesNotCarryOver) {
  const std::string text =
      "{p. 256} First work.\n\n(2) Second work\n\nIn 1954 it ended.";
  const uint32_t segment = Find(text, "(2)").begin;
  EXPECT_EQ(PageOf(text, Markers(text), Find(text, "In 1954 it ended."),
                   Find(text, "1954"), segment),
            "");
  EXPECT_EQ(PageOf(text, Markers(text), Find(text, "In 1954 it ended."),
                   Find(text, "1954"), 0),
            "256");
}

TEST(PagesTest, APageCitationAfterTheQuoteGivesItsPage) {
  const std::string text =
      "\"He was arrested in June 1953, two months later.\" (p. 307) source.\n\n"
      "\"It lasted 40 days.\" (pp. 12-14)";
  const std::vector<PageMarker> none;
  EXPECT_EQ(PageOf(text, none, {0, Find(text, "source.").end},
                   Find(text, "June 1953"), 0),
            "307");
  EXPECT_EQ(PageOf(text, none, Find(text, "\"It lasted 40 days.\" (pp. 12-14)"),
                   Find(text, "40 days"), 0),
            "12");
  EXPECT_EQ(PageOf(text, none, Find(text, "\"It lasted 40 days.\""),
                   Find(text, "40 days"), 0),
            "");
}

}  // namespace
}  // namespace checker
