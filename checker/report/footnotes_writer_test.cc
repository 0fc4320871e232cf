#include "checker/report/footnotes_writer.h"

#include <string>

#include "checker/report/report_fixture.h"
#include "checker/store/claim_base_set.h"
#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

std::vector<std::string> AllFootnotes(const Report& report,
                                      const ClaimBase& base) {
  ReportContext context{ClaimBaseSet(base)};
  std::vector<std::string> texts;
  for (const SubjectGroup& group : GroupBySubject(report)) {
    texts.push_back(FootnoteText(group, context));
  }
  return texts;
}

TEST(FootnoteTextTest, EditorsStyleWithPandocCitations) {
  EXPECT_THAT(
      AllFootnotes(FixtureReport(), FixtureClaimBase()),
      ::testing::ElementsAre(
          "Sources disagree: 5 March 1953 [@heller1985, p. 519]; 6 March 1953 "
          "[@hdict2014].",
          "Estimates vary: about 570,000 [@cih]; 510,000 to 600,000 "
          "[@hdict2014, p. 212]; 0.6–0.8 million according to Japanese "
          "sources [cited in @cih].",
          // No Pandoc key ("evil-" ends in '-'): plain author–year; document
          // text cannot become a citation.
          "Given by one source only: =1+1 \\| forty days \\[\\@fake\\] "
          "according to \\@someone (cited in Pamphlet, 1990).",
          "Sources agree: over 5,000 [@heller1985, p. xiii]; 5,200 "
          "[@hdict2014]."));
}

TEST(FootnoteTextTest, LeadingHedgeIsLowercaseAndRepeatsAreDropped) {
  Report report;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
      R"pb(
        finding {
          verdict: VARYING
          subject { entity: "e" attribute: "n" }
          claim { claim: "a" source: "cih" text: "Over 60,000" hedge: "over" }
          claim { claim: "b" source: "cih" text: "Over 60,000" hedge: "over" }
          claim { claim: "c" source: "cih" text: "March 5" }
          claim {
            claim: "d"
            source: "unknown"
            text: "Perhaps 10%"
            hedge: "perhaps"
            provenance { page: "3" }
          }
        }
      )pb",
      &report));
  EXPECT_THAT(AllFootnotes(report, FixtureClaimBase()),
              ::testing::ElementsAre(
                  "Estimates vary: over 60,000 [@cih]; March 5 [@cih]; "
                  "perhaps 10% (unknown, n.d., p. 3)."));
}

}  // namespace
}  // namespace checker
