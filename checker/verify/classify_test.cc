#include "checker/verify/classify.h"

#include <limits>
#include <string>
#include <vector>

#include "date/date.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

constexpr double kInf = std::numeric_limits<double>::infinity();

double Day(int y, unsigned m, unsigned d) {
  return date::sys_days{date::year{y} / date::month{m} / date::day{d}}
      .time_since_epoch()
      .count();
}

ValueInterval Iv(ValueKind kind, double low, double high, bool low_ex = false) {
  ValueInterval iv;
  iv.kind = kind;
  iv.low = low;
  iv.high = high;
  iv.low_exclusive = low_ex;
  return iv;
}

SourceClaim Src(const char* source, const char* page, const char* text,
                ValueInterval interval) {
  return {absl::StrCat(source, "_claim"), source, text, page, "", interval};
}

SubjectEvidence Evidence(std::vector<SourceClaim> claims,
                         Verdict verdict = CONSISTENT) {
  SubjectEvidence evidence;
  evidence.claims = std::move(claims);
  evidence.verdict = verdict;
  return evidence;
}

TEST(ClassifyTest, SupportedNamesTheOverlappingSources) {
  const SubjectEvidence evidence =
      Evidence({Src("a", "5", "40 days", Iv(VALUE_DURATION, 40, 40)),
                Src("b", "", "forty days", Iv(VALUE_DURATION, 40, 40))});
  const Classification c =
      Classify(Iv(VALUE_DURATION, 40, 40), evidence, "kengir/duration");
  EXPECT_EQ(c.outcome, Outcome::kSupported);
  EXPECT_THAT(c.cited, ElementsAre(0, 1));
  EXPECT_EQ(c.message, "sources say 40 days (matches a p. 5, b)");
  EXPECT_EQ(c.footnote, "Sources: 40 days [@a, p. 5; @b].");
}

TEST(ClassifyTest, HedgedDraftFigureIsComparedAsItsInterval) {
  // "some 40 days" normalized to 36..44 days; the source says 42.
  const SubjectEvidence evidence = Evidence(
      {Src("a", "", "42 days", Iv(VALUE_DURATION, 42, 42))}, SINGLE_SOURCE);
  EXPECT_EQ(Classify(Iv(VALUE_DURATION, 36, 44), evidence, "x/y").outcome,
            Outcome::kSupported);
  // The bare number 40 would not have matched.
  EXPECT_EQ(Classify(Iv(VALUE_DURATION, 40, 40), evidence, "x/y").outcome,
            Outcome::kContradicted);
}

TEST(ClassifyTest, OpenHedgeOverHalfAMillion) {
  const ValueInterval over_half_million =
      Iv(VALUE_QUANTITY, 500000, kInf, true);
  const SubjectEvidence about = Evidence(
      {Src("a", "", "about 570,000", Iv(VALUE_QUANTITY, 513000, 627000))});
  EXPECT_EQ(Classify(over_half_million, about, "x/y").outcome,
            Outcome::kSupported);
  const SubjectEvidence low =
      Evidence({Src("a", "", "300,000", Iv(VALUE_QUANTITY, 300000, 300000))});
  const Classification c = Classify(over_half_million, low, "x/y");
  EXPECT_EQ(c.outcome, Outcome::kContradicted);
  EXPECT_EQ(c.message,
            "sources say 300,000 (67% above the highest source figure, "
            "300,000, a)");
}

TEST(ClassifyTest, DisputedWhenSourcesConflictEvenIfDraftMatchesOne) {
  const SubjectEvidence evidence =
      Evidence({Src("a", "5", "40 days", Iv(VALUE_DURATION, 40, 40)),
                Src("b", "", "42 days", Iv(VALUE_DURATION, 42, 42))},
               CONFLICT);
  const Classification c =
      Classify(Iv(VALUE_DURATION, 40, 40), evidence, "k/d");
  EXPECT_EQ(c.outcome, Outcome::kDisputed);
  EXPECT_EQ(c.sources_range, "40 – 42 days");
  EXPECT_EQ(c.message,
            "sources say 40 – 42 days (the sources conflict: a p. 5: 40 days; "
            "b: 42 days)");
  EXPECT_EQ(c.footnote,
            "The sources differ: 40 days [@a, p. 5]; 42 days [@b].");
}

TEST(ClassifyTest, DisputedUsesTheEnginesFootnoteWhenItHasOne) {
  SubjectEvidence evidence =
      Evidence({Src("a", "", "1,000", Iv(VALUE_QUANTITY, 1000, 1000)),
                Src("b", "", "1,150", Iv(VALUE_QUANTITY, 1150, 1150))},
               VARYING);
  evidence.footnote = "Estimates range from 1,000 to 1,150.";
  const Classification c =
      Classify(Iv(VALUE_QUANTITY, 900, 1100), evidence, "k/d");
  EXPECT_EQ(c.outcome, Outcome::kDisputed);
  EXPECT_THAT(c.message, HasSubstr("the sources vary"));
  EXPECT_EQ(c.footnote, "Estimates range from 1,000 to 1,150. [@a; @b]");
}

TEST(ClassifyTest, ContradictedDateSaysHowManyDaysAfterTheLatest) {
  const SubjectEvidence evidence =
      Evidence({Src("a", "", "5 March 1953",
                    Iv(VALUE_DATE, Day(1953, 3, 5), Day(1953, 3, 5))),
                Src("b", "12", "March 6, 1953",
                    Iv(VALUE_DATE, Day(1953, 3, 6), Day(1953, 3, 6)))},
               CONFLICT);
  const Classification c =
      Classify(Iv(VALUE_DATE, Day(1953, 3, 8), Day(1953, 3, 8)), evidence,
               "stalin/death");
  EXPECT_EQ(c.outcome, Outcome::kContradicted);
  EXPECT_THAT(c.cited, ElementsAre(1));
  EXPECT_EQ(
      c.message,
      "sources say 1953-03-05 – 1953-03-06 (2 days after the latest source "
      "date, 1953-03-06, b p. 12)");
  EXPECT_EQ(c.footnote,
            "Check this figure: the sources give 1953-03-05 – 1953-03-06 [@a; "
            "@b, p. 12]; the draft's figure is 2 days after the latest source "
            "date.");
}

TEST(ClassifyTest, ContradictedTableOfDistances) {
  struct Row {
    int line;
    ValueInterval draft;
    std::vector<SourceClaim> sources;
    const char* want_in_message;
  } rows[] = {
      {__LINE__,
       Iv(VALUE_QUANTITY, 400, 400),
       {Src("a", "", "500", Iv(VALUE_QUANTITY, 500, 500))},
       "20% below the lowest source figure, 500, a"},
      {__LINE__,
       Iv(VALUE_QUANTITY, 690000, 690000),
       {Src("a", "", "600,000", Iv(VALUE_QUANTITY, 510000, 600000))},
       "15% above the highest source figure, 600,000, a"},
      {__LINE__,
       Iv(VALUE_QUANTITY, 1020, 1020),
       {Src("a", "", "1,000", Iv(VALUE_QUANTITY, 1000, 1000))},
       "2% above"},
      {__LINE__,
       Iv(VALUE_QUANTITY, 1001, 1001),
       {Src("a", "", "1,000", Iv(VALUE_QUANTITY, 1000, 1000))},
       "0.1% above"},
      {__LINE__,
       Iv(VALUE_DURATION, 30, 30),
       {Src("a", "", "40 days", Iv(VALUE_DURATION, 40, 40))},
       "10 days shorter than the shortest source figure"},
      {__LINE__,
       Iv(VALUE_DURATION, 45, 45),
       {Src("a", "", "40 days", Iv(VALUE_DURATION, 40, 40)),
        Src("b", "", "50 days", Iv(VALUE_DURATION, 50, 50))},
       "between the sources, 5 days longer than the nearest, 40 days, a, b"},
      {__LINE__,
       Iv(VALUE_DATE, Day(1953, 2, 28), Day(1953, 2, 28)),
       {Src("a", "", "March 1953",
            Iv(VALUE_DATE, Day(1953, 3, 1), Day(1953, 3, 31)))},
       "1 day before the earliest source date, 1953-03-01"},
      {__LINE__,
       Iv(VALUE_QUANTITY, 500, kInf, true),
       {Src("a", "", "400-500", Iv(VALUE_QUANTITY, 400, 500))},
       "just above the highest source figure"},
  };
  for (const Row& row : rows) {
    const Classification c =
        Classify(row.draft, Evidence(row.sources, CONFLICT), "x/y");
    EXPECT_EQ(c.outcome, Outcome::kContradicted) << "line " << row.line;
    EXPECT_THAT(c.message, HasSubstr(row.want_in_message))
        << "line " << row.line;
  }
}

TEST(ClassifyTest, UnsupportedWhenNoClaimOfTheFiguresKind) {
  const SubjectEvidence dates_only = Evidence({Src(
      "a", "", "1953", Iv(VALUE_DATE, Day(1953, 1, 1), Day(1953, 12, 31)))});
  const Classification c =
      Classify(Iv(VALUE_QUANTITY, 40, 40), dates_only, "kengir/deaths");
  EXPECT_EQ(c.outcome, Outcome::kUnsupported);
  EXPECT_EQ(c.message, "no claim in the base for kengir/deaths");
  EXPECT_EQ(c.footnote, "No source in the claim base gives kengir/deaths.");
  EXPECT_EQ(Classify(Iv(VALUE_QUANTITY, 1, 1), Evidence({}), "k/d").outcome,
            Outcome::kUnsupported);
}

TEST(CitationsTest, EachSourceAndPageOnce) {
  const std::vector<SourceClaim> claims = {
      Src("a", "5", "", {}), Src("a", "5", "", {}), Src("a", "7", "", {}),
      Src("b", "", "", {})};
  EXPECT_EQ(Citations(claims, {0, 1, 2, 3}), "[@a, p. 5; @a, p. 7; @b]");
}

}  // namespace
}  // namespace checker
