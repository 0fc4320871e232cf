#include "checker/verify/verify_output.h"

#include <limits>
#include <sstream>
#include <string>

#include "checker/base/escape.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kDraft[] =
    "The revolt lasted some 40 days.\n"
    "It ended in 1812 and over 500 died.\n";

Subject MakeSubject(const char* entity, const char* attribute) {
  Subject subject;
  subject.set_entity(entity);
  subject.set_attribute(attribute);
  return subject;
}

// A hand-built result for kDraft: one SUPPORTED figure, one UNLINKED, one
// CONTRADICTED.
VerifyResult MakeResult() {
  VerifyResult result;
  result.draft_path = "draft.md";
  FigureVerdict supported;
  supported.begin = 18;
  supported.end = 30;
  supported.line = 1;
  supported.column = 19;
  supported.text = "some 40 days";
  supported.outcome = Outcome::kSupported;
  supported.subject = MakeSubject("kengir", "duration");
  supported.has_interval = true;
  supported.interval.kind = VALUE_DURATION;
  supported.interval.low = 36;
  supported.interval.high = 44;
  ValueInterval forty;
  forty.kind = VALUE_DURATION;
  forty.low = forty.high = 40;
  supported.sources.push_back(
      {"c1", "heller1986", "40 days", "519", "", forty});
  supported.sources_range = "40 days";
  supported.message = "sources say 40 days (matches heller1986 p. 519)";
  supported.footnote = "Sources: 40 days [@heller1986, p. 519].";

  FigureVerdict unlinked;
  unlinked.begin = 44;
  unlinked.end = 48;
  unlinked.line = 2;
  unlinked.column = 13;
  unlinked.text = "1812";
  unlinked.outcome = Outcome::kUnlinked;
  unlinked.unlinked_reason = "no entity <named> nearby";
  unlinked.message = unlinked.unlinked_reason;

  FigureVerdict contradicted;
  contradicted.begin = 53;
  contradicted.end = 61;
  contradicted.line = 2;
  contradicted.column = 22;
  contradicted.text = "over 500";
  contradicted.outcome = Outcome::kContradicted;
  contradicted.subject = MakeSubject("kengir", "deaths");
  (*contradicted.subject.mutable_qualifier())["sex"] = "female";
  contradicted.has_interval = true;
  contradicted.interval.kind = VALUE_QUANTITY;
  contradicted.interval.low = 500;
  contradicted.interval.low_exclusive = true;
  contradicted.message =
      "sources say 300 (67% above the highest source figure)";
  contradicted.footnote = "Check this figure: the sources give 300 [@a].";
  result.figures = {supported, unlinked, contradicted};
  return result;
}

TEST(VerifyOutputTest, TextHasOneLinePerFigureThenASummary) {
  std::ostringstream out;
  WriteVerifyText(MakeResult(), &out);
  EXPECT_EQ(
      out.str(),
      "draft.md:1:19: SUPPORTED \"some 40 days\" kengir/duration \u2014 "
      "sources say 40 days (matches heller1986 p. 519)\n"
      "draft.md:2:13: UNLINKED \"1812\" \u2014 no entity <named> nearby\n"
      "draft.md:2:22: CONTRADICTED \"over 500\" kengir/deaths[sex=female] "
      "\u2014 sources say 300 (67% above the highest source figure)\n"
      "draft.md: 3 figures: 1 supported, 0 disputed, 1 contradicted, "
      "0 unsupported, 1 unlinked\n");
}

TEST(VerifyOutputTest, TextKeepsAFigureWrittenAcrossALineBreakOnOneLine) {
  VerifyResult result = MakeResult();
  result.figures[0].text = "some\n40 days";
  std::ostringstream out;
  WriteVerifyText(result, &out);
  EXPECT_THAT(out.str(), HasSubstr("SUPPORTED \"some 40 days\" kengir"));
}

TEST(VerifyOutputTest, MarkdownPutsMarkersRightAfterCheckedFiguresOnly) {
  const std::string annotated = AnnotateMarkdown(kDraft, MakeResult());
  EXPECT_EQ(annotated,
            "The revolt lasted some 40 days[^v1].\n"
            "It ended in 1812 and over 500[^v2] died.\n"
            "\n"
            "[^v1]: Supported. Sources: 40 days [@heller1986, p. 519].\n"
            "[^v2]: Contradicted. Check this figure: the sources give 300 "
            "[@a].\n");
}

TEST(VerifyOutputTest, MarkdownAvoidsFootnoteLabelsTheDraftAlreadyUses) {
  std::string draft = kDraft;
  draft += "Noted.[^v1]\n\n[^v1]: An author's note.\n";
  const std::string annotated = AnnotateMarkdown(draft, MakeResult());
  EXPECT_THAT(annotated, HasSubstr("some 40 days[^vv1]."));
  EXPECT_THAT(annotated, HasSubstr("[^vv2]: Contradicted."));
  EXPECT_THAT(annotated, HasSubstr("[^v1]: An author's note.\n"));
}

TEST(VerifyOutputTest, JsonIsEscapedAndOpenBoundsAreNull) {
  std::ostringstream out;
  WriteVerifyJson(MakeResult(), &out);
  const std::string json = out.str();
  EXPECT_THAT(json, HasSubstr("{\"draft\":\"draft.md\",\"summary\":{"
                              "\"supported\":1,\"disputed\":0,"
                              "\"contradicted\":1,\"unsupported\":0,"
                              "\"unlinked\":1},\"figures\":["));
  EXPECT_THAT(json, HasSubstr("\"line\":2,\"column\":22,\"begin\":53,"
                              "\"end\":61,\"text\":\"over 500\","
                              "\"outcome\":\"CONTRADICTED\""));
  EXPECT_THAT(json, HasSubstr("\"qualifier\":{\"sex\":\"female\"}"));
  EXPECT_THAT(json,
              HasSubstr("\"interval\":{\"low\":500,\"high\":null,"
                        "\"low_exclusive\":true,\"high_exclusive\":false"));
  // < and > as \u escapes: the JSON is safe even inside an HTML page.
  EXPECT_THAT(json, HasSubstr("\"unlinked_reason\":\"no entity "
                              "\\u003cnamed\\u003e nearby\""));
  EXPECT_EQ(JsonString("a\"b\\c\nd\x01"), "\"a\\\"b\\\\c\\nd\\u0001\"");
}

TEST(VerifyOutputTest, HtmlEscapesEverythingFromTheDraft) {
  std::ostringstream out;
  WriteVerifyHtml(MakeResult(), &out);
  const std::string html = out.str();
  EXPECT_THAT(html, HasSubstr("<!DOCTYPE html>"));
  EXPECT_THAT(html, HasSubstr("no entity &lt;named&gt; nearby"));
  EXPECT_THAT(html, Not(HasSubstr("<named>")));
  EXPECT_THAT(html, HasSubstr("<tr class=\"contradicted\"><td>2:22</td>"));
}

}  // namespace
}  // namespace checker
