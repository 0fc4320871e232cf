#include "checker/verify/verify.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "checker/verify/verify_output.h"
#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"
#include "proto/claim_base.pb.h"

namespace checker {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// A small claim base written for these tests (not from the corpus).
constexpr char kBase[] = R"pb(
  source { id: "alpha" title: "Alpha" }
  source { id: "beta" title: "Beta" }
  entity {
    id: "kengir"
    kind: EVENT
    name: "Kengir uprising"
    name: "Kengir"
    name: "Steplag revolt"
  }
  entity { id: "stalin" kind: PERSON name: "Stalin" }
  entity {
    id: "japanese_pows"
    kind: GROUP
    name: "Japanese prisoners of war"
    name: "Japanese soldiers"
  }
  attribute { id: "duration" value_kind: VALUE_DURATION cue: "lasted" }
  attribute { id: "deaths" value_kind: VALUE_QUANTITY cue: "killed" }
  attribute { id: "start_date" value_kind: VALUE_DATE cue: "began" }
  attribute {
    id: "date_of_death"
    value_kind: VALUE_DATE
    cue: "died"
    applies_to: PERSON
  }
  attribute { id: "captured" value_kind: VALUE_QUANTITY cue: "surrendered" }
  claim {
    id: "k1"
    source: "alpha"
    status: CONFIRMED
    text: "40 days"
    subject { entity: "kengir" attribute: "duration" }
    duration { amount: 40 unit: UNIT_DAY }
    provenance { document: "alpha.txt" page: "12" }
  }
  claim {
    id: "k2"
    source: "beta"
    status: CONFIRMED
    text: "forty days"
    subject { entity: "kengir" attribute: "duration" }
    duration { amount: 40 unit: UNIT_DAY }
  }
  claim {
    id: "k3"
    source: "alpha"
    status: CONFIRMED
    text: "16 May 1954"
    subject { entity: "kengir" attribute: "start_date" }
    date {
      earliest: "1954-05-16"
      latest: "1954-05-16"
      precision: PRECISION_DAY
    }
  }
  claim {
    id: "s1"
    source: "alpha"
    status: CONFIRMED
    text: "5 March 1953"
    subject { entity: "stalin" attribute: "date_of_death" }
    date {
      earliest: "1953-03-05"
      latest: "1953-03-05"
      precision: PRECISION_DAY
    }
  }
  claim {
    id: "s2"
    source: "beta"
    status: CONFIRMED
    text: "March 6, 1953"
    subject { entity: "stalin" attribute: "date_of_death" }
    date {
      earliest: "1953-03-06"
      latest: "1953-03-06"
      precision: PRECISION_DAY
    }
  }
  claim {
    id: "j1"
    source: "alpha"
    status: CONFIRMED
    text: "about 570,000"
    hedge: "about"
    subject { entity: "japanese_pows" attribute: "captured" }
    quantity { value: 570000 }
  }
  claim {
    id: "j2"
    source: "beta"
    status: REJECTED
    text: "5"
    subject { entity: "japanese_pows" attribute: "captured" }
    quantity { value: 5 }
  }
)pb";

class VerifyDraftTest : public ::testing::Test {
 protected:
  void SetUp() override {
    ClaimBaseFile file;
    ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(kBase, &file));
    base_.sources.assign(file.source().begin(), file.source().end());
    base_.entities.assign(file.entity().begin(), file.entity().end());
    base_.attributes.assign(file.attribute().begin(), file.attribute().end());
    base_.claims.assign(file.claim().begin(), file.claim().end());
    base_.BuildIndex();
    index_ = std::make_unique<ClaimIndex>(base_);
    absl::StatusOr<Linker> linker =
        Linker::Create(base_.entities, base_.attributes);
    ASSERT_TRUE(linker.ok()) << linker.status();
    linker_ = std::make_unique<Linker>(*std::move(linker));
    absl::StatusOr<RuleEngine> engine = RuleEngine::Create(base_.rules);
    ASSERT_TRUE(engine.ok()) << engine.status();
    engine_ = std::make_unique<RuleEngine>(*std::move(engine));
    normalizer_ = std::make_unique<Normalizer>(base_.rules);
  }

  absl::StatusOr<VerifyResult> Verify(absl::string_view draft) {
    return VerifyDraft(draft, "draft.md", *index_, *linker_, *normalizer_,
                       *engine_, VerifyOptions{});
  }

  // "line:column OUTCOME "figure" subject" for each figure.
  std::vector<std::string> Brief(absl::string_view draft) {
    absl::StatusOr<VerifyResult> result = Verify(draft);
    EXPECT_TRUE(result.ok()) << result.status();
    std::vector<std::string> lines;
    if (!result.ok()) return lines;
    for (const FigureVerdict& f : result->figures) {
      std::string line =
          absl::StrCat(f.line, ":", f.column, " ", OutcomeName(f.outcome),
                       " \"", f.text, "\"");
      if (f.outcome != Outcome::kUnlinked) {
        absl::StrAppend(&line, " ", f.subject.entity(), "/",
                        f.subject.attribute());
      }
      lines.push_back(line);
    }
    return lines;
  }

  ClaimBase base_;
  std::unique_ptr<ClaimIndex> index_;
  std::unique_ptr<Linker> linker_;
  std::unique_ptr<RuleEngine> engine_;
  std::unique_ptr<Normalizer> normalizer_;
};

TEST_F(VerifyDraftTest, SupportedFigureNamesItsSources) {
  absl::StatusOr<VerifyResult> result =
      Verify("The Kengir uprising lasted 40 days.\n");
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->figures.size(), 1u);
  const FigureVerdict& f = result->figures[0];
  EXPECT_EQ(f.outcome, Outcome::kSupported);
  EXPECT_EQ(f.message, "sources say 40 days (matches alpha p. 12, beta)");
  EXPECT_EQ(f.footnote, "Sources: 40 days [@alpha, p. 12; @beta].");
}

TEST_F(VerifyDraftTest, HedgedFiguresAreNormalizedBeforeComparing) {
  EXPECT_THAT(Brief("The Kengir uprising lasted some 40 days.\n"),
              ElementsAre("1:28 SUPPORTED \"some 40 days\" kengir/duration"));
  EXPECT_THAT(
      Brief("Over half a million Japanese soldiers surrendered.\n"),
      ElementsAre(
          "1:1 SUPPORTED \"Over half a million\" japanese_pows/captured"));
}

TEST_F(VerifyDraftTest, ContradictedFigureSaysHowFarOff) {
  absl::StatusOr<VerifyResult> result =
      Verify("The Kengir uprising lasted 90 days.\n");
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->figures.size(), 1u);
  EXPECT_EQ(result->figures[0].outcome, Outcome::kContradicted);
  EXPECT_THAT(result->figures[0].message,
              HasSubstr("50 days longer than the longest source figure"));
  EXPECT_TRUE(VerifyFails(*result, FailOn::kContradicted));
  EXPECT_FALSE(VerifyFails(*result, FailOn::kNever));
}

TEST_F(VerifyDraftTest, DisputedWhenTheSourcesThemselvesConflict) {
  absl::StatusOr<VerifyResult> result =
      Verify("Stalin died on 5 March 1953.\n");
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->figures.size(), 1u);
  const FigureVerdict& f = result->figures[0];
  EXPECT_EQ(f.outcome, Outcome::kDisputed);
  EXPECT_EQ(f.sources_range, "1953-03-05 – 1953-03-06");
  EXPECT_THAT(f.message, HasSubstr("the sources conflict"));
  EXPECT_THAT(f.footnote, HasSubstr("[@alpha; @beta]"));
  EXPECT_FALSE(VerifyFails(*result, FailOn::kUnsupported));
}

TEST_F(VerifyDraftTest, UnsupportedWhenTheBaseHasNothingForTheSubject) {
  absl::StatusOr<VerifyResult> result =
      Verify("At Kengir 500 prisoners were killed.\n");
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->figures.size(), 1u);
  EXPECT_EQ(result->figures[0].outcome, Outcome::kUnsupported);
  EXPECT_EQ(result->figures[0].message,
            "no claim in the base for kengir/deaths");
  EXPECT_FALSE(VerifyFails(*result, FailOn::kContradicted));
  EXPECT_TRUE(VerifyFails(*result, FailOn::kUnsupported));
}

TEST_F(VerifyDraftTest, UnlinkedFigureKeepsTheLinkersReason) {
  absl::StatusOr<VerifyResult> result = Verify("Napoleon left in 1812.\n");
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->figures.size(), 1u);
  EXPECT_EQ(result->figures[0].outcome, Outcome::kUnlinked);
  EXPECT_FALSE(result->figures[0].unlinked_reason.empty());
}

TEST_F(VerifyDraftTest, DateWithoutYearTakesTheYearFromTheDraft) {
  EXPECT_THAT(Brief("The Kengir uprising of 1954 was long. The Kengir uprising "
                    "began on 16 May, in the spring.\n"),
              testing::Contains("1:68 SUPPORTED \"16 May\" kengir/start_date"));
}

TEST_F(VerifyDraftTest, SubjectUnderAnAliasLinksThroughTheGazetteer) {
  EXPECT_THAT(Brief("The Steplag revolt lasted 40 days.\n"),
              ElementsAre("1:27 SUPPORTED \"40 days\" kengir/duration"));
}

TEST_F(VerifyDraftTest, LinesAndColumnsCountCharactersNotBytes) {
  // "é" and "—" are 2 and 3 bytes; the column counts each as one.
  const std::string draft =
      "# Notes\n"
      "Café talk \u2014 the Kengir uprising lasted 90 days.\n";
  absl::StatusOr<VerifyResult> result = Verify(draft);
  ASSERT_TRUE(result.ok()) << result.status();
  ASSERT_EQ(result->figures.size(), 1u);
  const FigureVerdict& f = result->figures[0];
  EXPECT_EQ(f.line, 2);
  EXPECT_EQ(f.column, 40);
  EXPECT_EQ(draft.substr(f.begin, f.end - f.begin), "90 days");
  EXPECT_EQ(f.text, "90 days");
}

TEST_F(VerifyDraftTest, FiguresComeInDraftOrderWithEveryOutcome) {
  EXPECT_THAT(
      Brief("Stalin died on 5 March 1953.\n\n"
            "The Kengir uprising lasted 40 days. At Kengir 500 prisoners "
            "were killed.\n\n"
            "The Kengir uprising lasted 90 days.\n\n"
            "Napoleon left in 1812.\n"),
      ElementsAre("1:16 DISPUTED \"5 March 1953\" stalin/date_of_death",
                  "3:28 SUPPORTED \"40 days\" kengir/duration",
                  "3:47 UNSUPPORTED \"500\" kengir/deaths",
                  "5:28 CONTRADICTED \"90 days\" kengir/duration",
                  "7:18 UNLINKED \"1812\""));
}

TEST_F(VerifyDraftTest, RejectedClaimsAreNotEvidence) {
  // j2 (5 captured) is rejected; 5 would otherwise overlap.
  EXPECT_THAT(Brief("5 Japanese soldiers surrendered.\n"),
              ElementsAre("1:1 CONTRADICTED \"5\" japanese_pows/captured"));
}

TEST_F(VerifyDraftTest, InvalidUtf8IsAnError) {
  EXPECT_FALSE(Verify("The Kengir uprising lasted \xff 40 days.\n").ok());
}

TEST_F(VerifyDraftTest, AnnotatedCopyMarksEachCheckedFigure) {
  const std::string draft =
      "The Kengir uprising lasted 40 days.\n\nNapoleon left in 1812.\n";
  absl::StatusOr<VerifyResult> result = Verify(draft);
  ASSERT_TRUE(result.ok()) << result.status();
  EXPECT_EQ(
      AnnotateMarkdown(draft, *result),
      "The Kengir uprising lasted 40 days[^v1].\n\nNapoleon left in 1812.\n"
      "\n"
      "[^v1]: Supported. Sources: 40 days [@alpha, p. 12; @beta].\n");
}

}  // namespace
}  // namespace checker
