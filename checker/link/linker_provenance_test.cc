// Linking beyond the subject: sources and segments, pages, voices, anchors,
// ids, quotes and values.
#include <string>
#include <vector>

#include "checker/link/link_test_util.h"
#include "checker/link/linker.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using testing::ClaimWithText;
using testing::DateAt;
using testing::DurationAt;
using testing::LinkText;
using testing::MakeEntity;
using testing::MentionAt;
using testing::QuantityAt;
using testing::RelativeAt;

class LinkerProvenanceTest : public ::testing::Test {
 protected:
  std::vector<Claim> Link(const std::string& text,
                          const std::vector<Mention>& mentions,
                          const Source* source = nullptr,
                          const std::string& document = "docs/test.txt") {
    LinkRequest request;
    request.document = document;
    request.source = source;
    request.known_sources = &known_sources_;
    return LinkText(linker_, text, mentions, std::move(request));
  }

  Linker linker_ = *Linker::Create(
      {MakeEntity("kengir_uprising", EVENT, {"Kengir uprising", "Kengir"}),
       MakeEntity("stalin", PERSON, {"Stalin"}),
       MakeEntity("beria", PERSON, {"Beria"}),
       MakeEntity("gulag", ORGANIZATION, {"Gulag"})},
      {});
  std::vector<Source> known_sources_;
};

// A compilation: two quoted works under numbered headings, with page markers.
TEST_F(LinkerProvenanceTest, SegmentsGiveTheQuotedSourceAndPage) {
  const std::string text =
      "Excerpts on the camps.\n\n"
      "(1) Smith, The Steppe Revolt\n\n"
      "{p. 12} The Kengir uprising lasted 40 days.\n\n"
      "(2) Jones, Camp Voices\n\n"
      "{p. 88} Jones counts 700 killed at Kengir. {p. 89} The revolt was "
      "crushed on 26 June 1954.\n";
  const uint32_t second = static_cast<uint32_t>(text.find("(2)"));
  Source compilation;
  compilation.set_id("excerpts");
  DocumentFile* file = compilation.add_document();
  file->set_path("comp/excerpts.txt");
  Segment* smith = file->add_segment();
  smith->set_quoted_source("smith1999");
  smith->set_begin(static_cast<uint32_t>(text.find("(1)")));
  smith->set_end(second);
  Segment* jones = file->add_segment();
  jones->set_quoted_source("jones2004");
  jones->set_begin(second);
  jones->set_end(static_cast<uint32_t>(text.size()));
  std::vector<Claim> claims = Link(
      text,
      {DurationAt(text, "40 days", 40, MentionTimeUnit::kDay, 40),
       QuantityAt(text, "700", 700), DateAt(text, "26 June 1954", 1954, 6, 26)},
      &compilation, "comp/excerpts.txt");
  const Claim& days = ClaimWithText(claims, "40 days");
  EXPECT_EQ(days.source(), "smith1999");
  EXPECT_EQ(days.provenance().carrier_source(), "excerpts");
  EXPECT_EQ(days.provenance().page(), "12");
  const Claim& killed = ClaimWithText(claims, "700");
  EXPECT_EQ(killed.source(), "jones2004");
  EXPECT_EQ(killed.provenance().page(), "88");
  const Claim& crushed = ClaimWithText(claims, "26 June 1954");
  EXPECT_EQ(crushed.source(), "jones2004");
  EXPECT_EQ(crushed.provenance().page(), "89");
  EXPECT_EQ(crushed.subject().attribute(), "end_date");
}

TEST_F(LinkerProvenanceTest, OutsideSegmentsTheDocumentsOwnSource) {
  const std::string text = "The Kengir uprising lasted 40 days.";
  Source own;
  own.set_id("own");
  own.add_document()->set_path("docs/test.txt");
  std::vector<Claim> claims = Link(
      text, {DurationAt(text, "40 days", 40, MentionTimeUnit::kDay, 40)}, &own);
  EXPECT_EQ(claims[0].source(), "own");
  EXPECT_EQ(claims[0].provenance().carrier_source(), "");
  EXPECT_EQ(claims[0].provenance().page(), "");
}

TEST_F(LinkerProvenanceTest, VoiceIsRecordedAndMatchedToAKnownSource) {
  Source applebaum;
  applebaum.set_id("applebaum2003gulag");
  applebaum.add_author()->set_family("Applebaum");
  known_sources_ = {applebaum};
  const std::string text =
      "Japanese sources claim that 2,000 died at Kengir. In all, 1.7 million "
      "[Applebaum] died in the Gulag.";
  Mention big = MentionAt(text, "1.7 million", MentionKind::kQuantity);
  big.low = big.high = 1.7e6;
  std::vector<Claim> claims =
      Link(text, {QuantityAt(text, "2,000", 2000), big});
  EXPECT_EQ(claims[0].attribution().voice(), "Japanese sources");
  EXPECT_EQ(claims[0].attribution().cue(), "claim");
  EXPECT_EQ(claims[0].attribution().source(), "");
  EXPECT_EQ(claims[1].attribution().voice(), "Applebaum");
  EXPECT_EQ(claims[1].attribution().source(), "applebaum2003gulag");
  EXPECT_EQ(claims[1].subject().entity(), "gulag");
}

TEST_F(LinkerProvenanceTest, RelativeDateAnchorsToThePreviousDateInParagraph) {
  const std::string text =
      "Stalin died on 5 March 1953. Three weeks later, Beria proposed a "
      "broad amnesty.\n\nA month later the camps were quiet.\n";
  std::vector<Claim> claims = Link(
      text, {DateAt(text, "5 March 1953", 1953, 3, 5),
             RelativeAt(text, "Three weeks later", MentionDirection::kAfter, 3,
                        MentionTimeUnit::kWeek),
             RelativeAt(text, "A month later", MentionDirection::kAfter, 1,
                        MentionTimeUnit::kMonth)});
  ASSERT_EQ(claims.size(), 3u);
  const RelativeDate& weeks = claims[1].relative_date();
  EXPECT_EQ(weeks.anchor_claim(), claims[0].id());
  EXPECT_EQ(weeks.direction(), AFTER);
  EXPECT_EQ(weeks.offset().amount(), 3);
  EXPECT_EQ(weeks.offset().unit(), UNIT_WEEK);
  // A new paragraph without a date: no anchor is guessed.
  EXPECT_EQ(claims[2].relative_date().anchor_claim(), "");
  EXPECT_EQ(claims[2].relative_date().result_precision(), PRECISION_MONTH);
}

TEST_F(LinkerProvenanceTest, RelativeDateAnchorsToANamedSubject) {
  const std::string text =
      "The order came two weeks before Stalin died. The strike began ten "
      "days after Beria's arrest.";
  std::vector<Claim> claims = Link(
      text,
      {RelativeAt(text, "two weeks before Stalin", MentionDirection::kBefore, 2,
                  MentionTimeUnit::kWeek, "Stalin"),
       RelativeAt(text, "ten days after Beria", MentionDirection::kAfter, 10,
                  MentionTimeUnit::kDay, "Beria")});
  EXPECT_EQ(claims[0].relative_date().anchor_entity(), "stalin");
  EXPECT_EQ(claims[0].relative_date().anchor_attribute(), "date_of_death");
  EXPECT_EQ(claims[0].relative_date().anchor_claim(), "");
  EXPECT_EQ(claims[1].relative_date().anchor_entity(), "beria");
  EXPECT_EQ(claims[1].relative_date().anchor_attribute(), "date_of_arrest");
}

TEST_F(LinkerProvenanceTest, TheSameYearAnchorsOnOneYearNotASpan) {
  auto year = [](const std::string& text, const std::string& needle, int y,
                 int last) {
    Mention m = DateAt(text, needle, y, 1, 1);
    m.latest = date::sys_days{date::year{last} / 12 / 31};
    m.precision = MentionPrecision::kYear;
    m.is_period = last != y;
    return m;
  };
  const std::string span =
      "In 1955 a decree freed those held in 1941-1944. The Kengir men were "
      "freed the same year.";
  std::vector<Claim> claims =
      Link(span,
           {year(span, "1955", 1955, 1955), year(span, "1941-1944", 1941, 1944),
            RelativeAt(span, "the same year", MentionDirection::kSame, 0,
                       MentionTimeUnit::kYear)});
  EXPECT_EQ(claims[2].relative_date().anchor_claim(), claims[0].id());
  // True negative: the last date is one year, so it is the anchor.
  const std::string one =
      "In 1955 a decree freed those held in 1944. The Kengir men were freed "
      "the same year.";
  claims =
      Link(one, {year(one, "1955", 1955, 1955), year(one, "1944", 1944, 1944),
                 RelativeAt(one, "the same year", MentionDirection::kSame, 0,
                            MentionTimeUnit::kYear)});
  EXPECT_EQ(claims[2].relative_date().anchor_claim(), claims[1].id());
  // True negative: "two years later" after a span counts from the span.
  const std::string later =
      "In 1955 a decree freed those held in 1941-1944. Two years later the "
      "Kengir men were freed.";
  claims = Link(
      later,
      {year(later, "1955", 1955, 1955), year(later, "1941-1944", 1941, 1944),
       RelativeAt(later, "Two years later", MentionDirection::kAfter, 2,
                  MentionTimeUnit::kYear)});
  EXPECT_EQ(claims[2].relative_date().anchor_claim(), claims[1].id());
}

TEST_F(LinkerProvenanceTest, TheAnchorsCueIsNotTheClaimsCue) {
  const std::string text =
      "Two months after Stalin's death, the Kengir uprising began.";
  std::vector<Claim> claims =
      Link(text, {RelativeAt(text, "Two months after Stalin's death",
                             MentionDirection::kAfter, 2,
                             MentionTimeUnit::kMonth, "Stalin")});
  EXPECT_EQ(claims[0].subject().entity(), "kengir_uprising");
  EXPECT_EQ(claims[0].subject().attribute(), "start_date");
  EXPECT_EQ(claims[0].relative_date().anchor_entity(), "stalin");
  EXPECT_EQ(claims[0].relative_date().anchor_attribute(), "date_of_death");
}

TEST_F(LinkerProvenanceTest, IdsAreStableAndDerivedFromPathAndSpan) {
  const std::string text = "At Kengir some 700 were killed.";
  std::vector<Claim> first = Link(text, {QuantityAt(text, "700", 700)});
  std::vector<Claim> second = Link(text, {QuantityAt(text, "700", 700)});
  EXPECT_EQ(first[0].id(), "docs_test_15_18");
  EXPECT_EQ(first[0].SerializeAsString(), second[0].SerializeAsString());
  std::vector<Claim> other =
      Link(text, {QuantityAt(text, "700", 700)}, nullptr, "docs/other.md");
  EXPECT_EQ(other[0].id(), "docs_other_15_18");
}

TEST_F(LinkerProvenanceTest, QuotesAreShortAndNeverAWholeSentence) {
  const std::string text =
      "Some 700 died. The Kengir uprising lasted 40 days in the spring and "
      "summer, while the guards waited for the order to storm the zone.";
  std::vector<Claim> claims =
      Link(text, {QuantityAt(text, "700", 700),
                  DurationAt(text, "40 days", 40, MentionTimeUnit::kDay, 40)});
  for (const Claim& c : claims) {
    const Provenance& p = c.provenance();
    EXPECT_NE(p.quote(), "Some 700 died.");
    EXPECT_LE(p.quote().size(), 60u);
    EXPECT_EQ(text.substr(p.quote_begin(), p.quote().size()), p.quote());
    EXPECT_LE(p.quote_begin(), p.begin());
    EXPECT_GE(p.quote_begin() + p.quote().size(), p.end());
    EXPECT_EQ(c.text(), text.substr(p.begin(), p.end() - p.begin()));
  }
}

TEST_F(LinkerProvenanceTest, OriginalOffsetsMapSpansAndIdsIntoTheFile) {
  // As if "<b>" had been stripped before "700": text[i] is file byte i + 3
  // from offset 3 on.
  const std::string text = "At 700 were killed at Kengir.";
  std::vector<uint32_t> offsets;
  for (uint32_t i = 0; i <= text.size(); ++i)
    offsets.push_back(i < 3 ? i : i + 3);
  LinkRequest request;
  request.document = "page.html";
  request.original_offsets = &offsets;
  std::vector<Claim> claims = LinkText(
      linker_, text, {QuantityAt(text, "700", 700)}, std::move(request));
  EXPECT_EQ(claims[0].provenance().begin(), 6u);
  EXPECT_EQ(claims[0].provenance().end(), 9u);
  EXPECT_EQ(claims[0].id(), "page_6_9");
}

TEST_F(LinkerProvenanceTest, ValuesFollowTheProtoConventions) {
  const std::string text =
      "At Kengir 500-700 were killed, over 60,000 took part, about 14 percent "
      "died, and it ended in the spring of 1954.";
  Mention range = MentionAt(text, "500-700", MentionKind::kQuantity);
  range.low = 500;
  range.high = 700;
  range.is_range = true;
  Mention open = MentionAt(text, "over 60,000", MentionKind::kQuantity);
  open.low = 60000;
  open.low_exclusive = true;
  open.hedge = "over";
  Mention percent = MentionAt(text, "about 14 percent", MentionKind::kPercent);
  percent.low = percent.high = 14;
  percent.hedge = "about";
  Mention spring = MentionAt(text, "the spring of 1954", MentionKind::kDate);
  spring.earliest = date::sys_days{date::year{1954} / 3 / 1};
  spring.latest = date::sys_days{date::year{1954} / 5 / 31};
  spring.precision = MentionPrecision::kSeason;
  std::vector<Claim> claims = Link(text, {range, open, percent, spring});
  EXPECT_FALSE(claims[0].quantity().has_value());
  EXPECT_EQ(claims[0].quantity().low(), 500);
  EXPECT_EQ(claims[0].quantity().high(), 700);
  EXPECT_EQ(claims[1].quantity().low(), 60000);
  EXPECT_TRUE(claims[1].quantity().low_exclusive());
  EXPECT_FALSE(claims[1].quantity().has_high());
  EXPECT_EQ(claims[1].hedge(), "over");
  EXPECT_EQ(claims[1].subject().attribute(), "participants");
  EXPECT_EQ(claims[2].quantity().value(), 14);
  EXPECT_EQ(claims[2].quantity().unit(), "percent");
  EXPECT_EQ(claims[3].date().earliest(), "1954-03-01");
  EXPECT_EQ(claims[3].date().latest(), "1954-05-31");
  EXPECT_EQ(claims[3].date().precision(), PRECISION_SEASON);
  EXPECT_EQ(claims[3].date().extent(), EXTENT_POINT);
  EXPECT_EQ(claims[3].subject().attribute(), "end_date");
}

}  // namespace
}  // namespace checker
