#include "checker/report/report_text.h"

#include <string>

#include "checker/report/report_fixture.h"
#include "checker/rules/finding_util.h"
#include "checker/store/claim_base_set.h"
#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

Interval ParseInterval(const std::string& text) {
  Interval interval;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &interval))
      << text;
  return interval;
}

struct IntervalCase {
  int line;
  std::string interval;  // textproto
  std::string text;      // FormatInterval
  std::string edtf;      // EdtfInterval
};

TEST(FormatIntervalTest, SaysEachShapeInWords) {
  const IntervalCase kCases[] = {
      {__LINE__,
       "low: 5 high: 5 low_text: '1953-03-05' high_text: '1953-03-05'",
       "1953-03-05", "1953-03-05"},
      {__LINE__,
       "low: 5 high: 6 low_text: '1953-03-05' high_text: '1953-03-06'",
       "1953-03-05 – 1953-03-06", "1953-03-05/1953-03-06"},
      {__LINE__, "low: 5 low_text: '1953-03-05'", "at least 1953-03-05",
       "1953-03-05/.."},
      {__LINE__, "high: 6 high_text: '1953-03-06'", "at most 1953-03-06",
       "../1953-03-06"},
      {__LINE__, "low: 513000 high: 627000", "513,000 – 627,000", ""},
      {__LINE__, "low: 60000 low_exclusive: true", "above 60,000", ""},
      {__LINE__, "high: 100 high_exclusive: true", "below 100", ""},
      {__LINE__, "low: 1 high: 2 high_exclusive: true", "[1, 2)", ""},
      {__LINE__, "low: 0.6 high: 0.8", "0.6 – 0.8", ""},
      {__LINE__, "low: -6146", "at least -6,146", ""},
      {__LINE__, "", "unbounded", ""},
  };
  for (const IntervalCase& c : kCases) {
    Interval interval = ParseInterval(c.interval);
    EXPECT_EQ(FormatInterval(interval), c.text) << "line " << c.line;
    EXPECT_EQ(EdtfInterval(interval), c.edtf) << "line " << c.line;
  }
}

TEST(ReportContextTest, IntervalTextAddsTheUnitOfNumericBounds) {
  ClaimBase base;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
      "id: 'd' duration { amount: 3 unit: UNIT_WEEK }",
      &base.claims.emplace_back()));
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
      "id: 'p' quantity { value: 10 unit: 'percent' }",
      &base.claims.emplace_back()));
  ReportContext context{ClaimBaseSet(base)};
  FindingClaim claim;
  claim.set_claim("d");
  *claim.mutable_interval() = ParseInterval("low: 21 high: 49");
  EXPECT_EQ(context.IntervalText(claim), "21 – 49 days");
  *claim.mutable_interval() = ParseInterval("low: 21 low_text: '21'");
  EXPECT_EQ(context.IntervalText(claim), "at least 21 days");
  *claim.mutable_interval() = ParseInterval("high: 42 high_text: '42 days'");
  EXPECT_EQ(context.IntervalText(claim), "at most 42 days");
  claim.set_claim("p");
  *claim.mutable_interval() = ParseInterval("low: 9 high: 11");
  EXPECT_EQ(context.IntervalText(claim), "9 – 11%");
  claim.set_claim("unknown");
  EXPECT_EQ(context.IntervalText(claim), "9 – 11");
}

TEST(CauseLabelTest, IsLowercaseWordsOrEmpty) {
  EXPECT_EQ(CauseLabel(CAUSE_DAY_COUNTING), "day counting");
  EXPECT_EQ(CauseLabel(CAUSE_UNSPECIFIED), "");
}

TEST(GroupBySubjectTest, PutsConflictsFirstThenVaryingAndMergesClaims) {
  Report report;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
      R"pb(
        finding {
          id: "a"
          verdict: SINGLE_SOURCE
          subject { entity: "x" attribute: "n" }
          claim { claim: "c1" }
        }
        finding {
          id: "b"
          verdict: VARYING
          subject { entity: "y" attribute: "n" }
          claim { claim: "c2" }
        }
        finding {
          id: "c"
          verdict: CONSISTENT
          subject { entity: "x" attribute: "n" }
          claim { claim: "c1" }
          claim { claim: "c3" }
        }
        finding {
          id: "d"
          verdict: CONFLICT
          subject {
            entity: "x"
            attribute: "n"
            qualifier { key: "k" value: "v" }
          }
          claim { claim: "c4" }
          waived: true
        }
      )pb",
      &report));
  std::vector<SubjectGroup> groups = GroupBySubject(report);
  ASSERT_EQ(groups.size(), 3u);
  EXPECT_EQ(groups[0].verdict, CONFLICT);
  EXPECT_TRUE(groups[0].all_waived);
  EXPECT_EQ(groups[1].verdict, VARYING);
  EXPECT_EQ(groups[2].verdict, SINGLE_SOURCE);
  ASSERT_EQ(groups[2].findings.size(), 2u);
  EXPECT_EQ(groups[2].findings[0]->id(), "a");
  EXPECT_EQ(groups[2].findings[1]->id(), "c");
  ASSERT_EQ(groups[2].claims.size(), 2u);
  EXPECT_EQ(groups[2].claims[0]->claim(), "c1");
  EXPECT_EQ(groups[2].claims[1]->claim(), "c3");
}

TEST(ReportContextTest, NamesSourcesAsEditorsDo) {
  ClaimBase base = FixtureClaimBase();
  ReportContext context{ClaimBaseSet(base)};
  EXPECT_EQ(context.SourceCitation("heller1985", "519"),
            "Heller and Nekrich, 1985, p. 519");
  EXPECT_EQ(context.SourceCitation("cih", ""), "CIH, n.d.");
  EXPECT_EQ(context.SourceAuthor("hdict2014"), "Historical Dictionary of the…");
  ClaimBase colon;
  colon.sources.emplace_back().set_id("t");
  colon.sources.back().set_title(
      "The End of Stalin's Gulag: Growing Resistance");
  EXPECT_EQ(ReportContext(ClaimBaseSet(colon)).SourceAuthor("t"),
            "The End of Stalin's Gulag…");
  EXPECT_EQ(context.SourceCitation("missing", "4"), "missing, n.d., p. 4");
  Subject subject;
  subject.set_entity("kengir");
  subject.set_attribute("duration_days");
  (*subject.mutable_qualifier())["year"] = "1954";
  EXPECT_EQ(context.SubjectTitle(subject),
            "Kengir uprising — duration days (year: 1954)");
}

}  // namespace
}  // namespace checker

namespace checker {
namespace {

TEST(VerdictWordsTest, NeedsReviewHasALabelAndSortsAfterTheVerdicts) {
  EXPECT_EQ(VerdictLabel(NEEDS_REVIEW), "Needs review");
  EXPECT_EQ(VerdictKey(NEEDS_REVIEW), "NEEDS_REVIEW");
  EXPECT_LT(VerdictOrder(CONSISTENT), VerdictOrder(NEEDS_REVIEW));
  EXPECT_LT(VerdictOrder(NEEDS_REVIEW), VerdictOrder(VERDICT_UNSPECIFIED));
}

TEST(SummaryRowsTest, CountsClaimsWaitingForReview) {
  ReportSummary summary;
  summary.set_needs_review(4);
  std::vector<std::pair<const char*, int>> rows = SummaryRows(summary);
  ASSERT_FALSE(rows.empty());
  EXPECT_EQ(std::string(rows.back().first),
            "Needs review (unsure links, not counted)");
  EXPECT_EQ(rows.back().second, 4);
  summary.set_needs_review(0);
  EXPECT_EQ(SummaryRows(summary).size(), rows.size() - 1);
}

}  // namespace
}  // namespace checker
