#include "checker/normalize/normalizer.h"

#include <string>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/normalize/days.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

// "[63,000, 77,000]", "(60,000, open)", "[1953-06-01, 1953-06-30]".
std::string Compact(const ValueInterval& iv) {
  std::string low = BoundText(iv.kind, iv.low);
  std::string high = BoundText(iv.kind, iv.high);
  return absl::StrCat(iv.low_exclusive ? "(" : "[", low.empty() ? "open" : low,
                      ", ", high.empty() ? "open" : high,
                      iv.high_exclusive || high.empty() ? ")" : "]");
}

Claim ParseClaim(const std::string& text) {
  Claim claim;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &claim))
      << text;
  return claim;
}

std::string NormalizeText(const Normalizer& normalizer,
                          const std::string& claim_text,
                          const AnchorResolver& resolver = nullptr) {
  absl::StatusOr<ValueInterval> iv =
      normalizer.Normalize(ParseClaim(claim_text), resolver);
  if (!iv.ok()) return absl::StrCat("ERROR ", iv.status().message());
  return Compact(*iv);
}

struct Row {
  int line;
  const char* claim;  // textproto of a Claim
  const char* want;   // Compact() of its interval
};

// Every default hedge meaning, written bounds and vague magnitudes.
const Row kQuantityRows[] = {
    {__LINE__, "quantity { value: 570000 }", "[570,000, 570,000]"},
    {__LINE__, "hedge: 'about' quantity { value: 70000 }", "[63,000, 77,000]"},
    {__LINE__, "hedge: 'some' quantity { value: 1000 }", "[900, 1,100]"},
    {__LINE__, "hedge: 'an estimated' quantity { value: 100 }", "[90, 110]"},
    {__LINE__, "hedge: 'c.' quantity { value: 100 }", "[90, 110]"},
    {__LINE__, "hedge: 'Roughly' quantity { value: 100 }", "[90, 110]"},
    {__LINE__, "hedge: 'over' quantity { value: 60000 }", "(60,000, open)"},
    {__LINE__, "hedge: 'more than' quantity { value: 60000 }",
     "(60,000, open)"},
    {__LINE__, "hedge: 'in excess of' quantity { value: 5 }", "(5, open)"},
    {__LINE__, "hedge: 'at least' quantity { value: 60000 }", "[60,000, open)"},
    {__LINE__, "hedge: 'as many as' quantity { value: 100000 }",
     "[0, 100,000]"},
    {__LINE__, "hedge: 'up to' quantity { value: 10 }", "[0, 10]"},
    {__LINE__, "hedge: 'as high as' quantity { value: 10 }", "[0, 10]"},
    {__LINE__, "hedge: 'fewer than' quantity { value: 10 }", "[0, 10)"},
    {__LINE__, "hedge: 'under' quantity { value: 10 }", "[0, 10)"},
    {__LINE__, "hedge: 'less than' quantity { value: 10 }", "[0, 10)"},
    {__LINE__, "hedge: 'nearly' quantity { value: 1000 }", "[900, 1,000]"},
    {__LINE__, "hedge: 'almost' quantity { value: 1000 }", "[900, 1,000]"},
    {__LINE__, "hedge: 'close to' quantity { value: 1000 }", "[900, 1,000]"},
    {__LINE__, "hedge: 'perhaps' quantity { value: 1000 }", "[900, 1,100]"},
    {__LINE__, "hedge: 'well  over' quantity { value: 5 }", "(5, open)"},
    {__LINE__, "hedge: 'reportedly' quantity { value: 5 }", "[5, 5]"},
    {__LINE__, "quantity { low: 510000 high: 600000 }", "[510,000, 600,000]"},
    {__LINE__, "hedge: 'about' quantity { low: 510000 high: 600000 }",
     "[510,000, 600,000]"},
    {__LINE__, "hedge: 'over' quantity { low: 60000 low_exclusive: true }",
     "(60,000, open)"},
    {__LINE__, "quantity { high: 100 }", "[0, 100]"},
    {__LINE__, "quantity { high: 100 high_exclusive: true }", "[0, 100)"},
    {__LINE__, "quantity { vague: 'tens of thousands' }", "[10,000, 99,999]"},
    {__LINE__, "quantity { value: 14 unit: 'percent' }", "[14, 14]"},
    {__LINE__, "quantity { low: 5 high: 4 }",
     "ERROR claim \"\": range low 5 is above high 4"},
    {__LINE__, "quantity { vague: 'zillions' }",
     "ERROR claim \"\": vague magnitude \"zillions\" has no configured "
     "bounds; add a `vague` entry to the rules"},
};

TEST(NormalizerTest, QuantityHedgesFollowTheDefaultMeanings) {
  Normalizer normalizer{RulesConfig()};
  for (const Row& row : kQuantityRows) {
    EXPECT_EQ(NormalizeText(normalizer, row.claim), row.want)
        << "line " << row.line << ": " << row.claim;
  }
}

const Row kDateRows[] = {
    {__LINE__,
     "date { earliest: '1953-03-05' latest: '1953-03-05' precision: "
     "PRECISION_DAY }",
     "[1953-03-05, 1953-03-05]"},
    {__LINE__,
     "date { earliest: '1953-06-01' latest: '1953-06-30' precision: "
     "PRECISION_MONTH }",
     "[1953-06-01, 1953-06-30]"},
    {__LINE__,
     "date { earliest: '1942-03-01' latest: '1942-05-31' precision: "
     "PRECISION_SEASON }",
     "[1942-03-01, 1942-05-31]"},
    {__LINE__,
     "date { earliest: '1953-03-05' precision: PRECISION_DAY approximate: "
     "true }",
     "[1953-03-04, 1953-03-06]"},
    {__LINE__,
     "date { earliest: '1953-06-01' latest: '1953-06-30' precision: "
     "PRECISION_MONTH approximate: true }",
     "[1953-05-01, 1953-07-31]"},
    {__LINE__,
     "date { earliest: '1950-01-01' latest: '1950-12-31' precision: "
     "PRECISION_YEAR uncertain: true }",
     "[1949-01-01, 1951-12-31]"},
    {__LINE__,
     "date { earliest: '1930-01-01' latest: '1939-12-31' precision: "
     "PRECISION_DECADE approximate: true }",
     "[1920-01-01, 1949-12-31]"},
    {__LINE__, "date { earliest: '1953-02-30' precision: PRECISION_DAY }",
     "ERROR \"1953-02-30\" does not exist in the calendar; fix the month or "
     "day"},
    {__LINE__,
     "date { earliest: '1953-03-05' latest: '1953-03-01' precision: "
     "PRECISION_DAY }",
     "ERROR date latest 1953-03-01 is before earliest 1953-03-05"},
};

TEST(NormalizerTest, DatesSpanTheirPrecisionAndWidenWhenApproximate) {
  Normalizer normalizer{RulesConfig()};
  for (const Row& row : kDateRows) {
    EXPECT_EQ(NormalizeText(normalizer, row.claim), row.want)
        << "line " << row.line << ": " << row.claim;
  }
}

TEST(NormalizerTest, ApproximateDateDaysOverridesThePrecisionUnit) {
  RulesConfig config;
  config.set_approximate_date_days(3);
  Normalizer normalizer(config);
  EXPECT_EQ(NormalizeText(normalizer,
                          "date { earliest: '1953-03-05' precision: "
                          "PRECISION_DAY approximate: true }"),
            "[1953-03-02, 1953-03-08]");
}

const Row kDurationRows[] = {
    {__LINE__, "duration { amount: 40 unit: UNIT_DAY }", "[40, 40]"},
    {__LINE__, "duration { amount: 2 unit: UNIT_WEEK }", "[14, 14]"},
    {__LINE__, "duration { amount: 1 unit: UNIT_MONTH }", "[28, 31]"},
    {__LINE__, "duration { amount: 2 unit: UNIT_YEAR }", "[730, 732]"},
    {__LINE__, "hedge: 'about' duration { amount: 40 unit: UNIT_DAY }",
     "[36, 44]"},
    {__LINE__,
     "hedge: 'more than' duration { amount: 4 unit: UNIT_HOUR low_days: "
     "0.1667 }",
     "(0.17, open)"},
    {__LINE__,
     "duration { amount: 42 unit: UNIT_DAY low_days: 41 "
     "high_days: 42 }",
     "[41, 42]"},
};

TEST(NormalizerTest, DurationsBecomeDayBounds) {
  Normalizer normalizer{RulesConfig()};
  for (const Row& row : kDurationRows) {
    EXPECT_EQ(NormalizeText(normalizer, row.claim), row.want)
        << "line " << row.line << ": " << row.claim;
  }
}

TEST(NormalizerTest, ConfigEntriesReplaceDefaultsForTheSamePhrase) {
  RulesConfig config;
  config.set_approximate_tolerance(0.2);
  HedgeRule* about = config.add_hedge();
  about->set_phrase("about");
  about->set_meaning(APPROXIMATE);
  about->set_tolerance(0.05);
  HedgeRule* over = config.add_hedge();
  over->set_phrase("over");
  over->set_meaning(AT_LEAST);
  config.set_upper_bound_floor(10);
  Normalizer normalizer(config);
  EXPECT_EQ(NormalizeText(normalizer, "hedge: 'about' quantity { value: 100 }"),
            "[95, 105]");
  EXPECT_EQ(NormalizeText(normalizer, "hedge: 'some' quantity { value: 100 }"),
            "[80, 120]");
  EXPECT_EQ(NormalizeText(normalizer, "hedge: 'over' quantity { value: 100 }"),
            "[100, open)");
  EXPECT_EQ(NormalizeText(normalizer, "hedge: 'up to' quantity { value: 100 }"),
            "[10, 100]");
}

TEST(NormalizerTest, RoundFigureToleranceAppliesOnlyToUnhedgedRoundFigures) {
  RulesConfig config;
  config.set_round_figure_tolerance(0.05);
  Normalizer normalizer(config);
  EXPECT_EQ(NormalizeText(normalizer, "quantity { value: 85000 }"),
            "[80,750, 89,250]");
  EXPECT_EQ(NormalizeText(normalizer, "quantity { value: 10087 }"),
            "[10,087, 10,087]");
  EXPECT_EQ(NormalizeText(normalizer, "duration { amount: 40 unit: UNIT_DAY }"),
            "[38, 42]");
}

TEST(NormalizerTest, DerivationSaysHowTheIntervalWasMade) {
  Normalizer normalizer{RulesConfig()};
  absl::StatusOr<ValueInterval> iv = normalizer.Normalize(
      ParseClaim("hedge: 'about' quantity { value: 570000 }"));
  ASSERT_TRUE(iv.ok());
  EXPECT_EQ(iv->derivation, "about 570,000 ± 10%");
  iv = normalizer.Normalize(
      ParseClaim("hedge: 'over' quantity { value: 60000 }"));
  EXPECT_EQ(iv->derivation, "over 60,000: more than 60,000");
  iv = normalizer.Normalize(
      ParseClaim("duration { amount: 42 unit: UNIT_DAY }"));
  EXPECT_EQ(iv->derivation, "42 days as written");
  iv = normalizer.Normalize(ParseClaim(
      "hedge: 'several' duration { unit: UNIT_WEEK low_days: 21 high_days: "
      "49 }"));
  EXPECT_EQ(iv->derivation, "several weeks: 21–49 days");
}

ValueInterval Day(const char* iso) {
  ValueInterval iv;
  iv.kind = VALUE_DATE;
  iv.low = iv.high = static_cast<double>(*ParseIsoDay(iso));
  return iv;
}

TEST(NormalizerTest, RelativeDatesResolveThroughTheirAnchorWithOffsetSlack) {
  Normalizer normalizer{RulesConfig()};
  AnchorResolver resolver =
      [](const RelativeDate& rel) -> absl::StatusOr<ValueInterval> {
    if (rel.anchor_claim() == "stalin_death_1") return Day("1953-03-06");
    return absl::NotFoundError("no such anchor");
  };
  const char* kThreeWeeksLater =
      "relative_date { direction: AFTER anchor_claim: 'stalin_death_1' "
      "offset { amount: 3 unit: UNIT_WEEK } }";
  EXPECT_EQ(NormalizeText(normalizer, kThreeWeeksLater, resolver),
            "[1953-03-24, 1953-03-30]");
  absl::StatusOr<ValueInterval> iv =
      normalizer.Normalize(ParseClaim(kThreeWeeksLater), resolver);
  EXPECT_EQ(iv->derivation,
            "3 weeks after claim stalin_death_1 (1953-03-06), offset 18–24 "
            "days");
  // "two weeks" ≈ 12..16 days.
  EXPECT_EQ(NormalizeText(normalizer,
                          "relative_date { direction: BEFORE anchor_claim: "
                          "'stalin_death_1' offset { amount: 2 unit: "
                          "UNIT_WEEK } }",
                          resolver),
            "[1953-02-18, 1953-02-22]");
  EXPECT_EQ(NormalizeText(normalizer,
                          "relative_date { direction: SAME anchor_claim: "
                          "'stalin_death_1' result_precision: PRECISION_YEAR }",
                          resolver),
            "[1953-01-01, 1953-12-31]");
  EXPECT_EQ(NormalizeText(normalizer,
                          "relative_date { direction: AFTER anchor_claim: "
                          "'missing' offset { amount: 1 unit: UNIT_DAY } }",
                          resolver),
            "ERROR no such anchor");
  EXPECT_EQ(NormalizeText(normalizer,
                          "relative_date { direction: AFTER offset { amount: "
                          "1 unit: UNIT_DAY } }",
                          resolver),
            "ERROR claim \"\": relative date names no anchor; set "
            "anchor_claim or anchor_entity and anchor_attribute");
}

ValueInterval Days(const char* first, const char* last) {
  ValueInterval iv = Day(first);
  iv.high = static_cast<double>(*ParseIsoDay(last));
  return iv;
}

TEST(NormalizerTest, MonthsAfterAMonthAreCountedOnTheCalendar) {
  Normalizer normalizer{RulesConfig()};
  AnchorResolver resolver =
      [](const RelativeDate& rel) -> absl::StatusOr<ValueInterval> {
    if (rel.anchor_claim() == "meeting")
      return Days("1953-05-01", "1953-05-31");
    if (rel.anchor_claim() == "winter") return Days("1941-12-01", "1942-02-28");
    if (rel.anchor_claim() == "day") return Day("1953-05-10");
    return absl::NotFoundError("no such anchor");
  };
  struct Row {
    int line;
    const char* relative;
    const char* want;
  } rows[] = {
      // "two months after May 1953" is July 1953, not June to August.
      {__LINE__,
       "direction: AFTER anchor_claim: 'meeting' offset { amount: 2 unit: "
       "UNIT_MONTH } result_precision: PRECISION_MONTH",
       "[1953-07-01, 1953-07-31]"},
      {__LINE__,
       "direction: BEFORE anchor_claim: 'meeting' offset { amount: 3 unit: "
       "UNIT_MONTH } result_precision: PRECISION_MONTH",
       "[1953-02-01, 1953-02-28]"},
      // A span of months moves as a whole, across a year's end.
      {__LINE__,
       "direction: AFTER anchor_claim: 'winter' offset { amount: 1 unit: "
       "UNIT_YEAR } result_precision: PRECISION_MONTH",
       "[1942-12-01, 1943-02-28]"},
      // True negatives: a day anchor, or weeks, keep day arithmetic and
      // its slack.
      {__LINE__,
       "direction: AFTER anchor_claim: 'day' offset { amount: 2 unit: "
       "UNIT_MONTH } result_precision: PRECISION_MONTH",
       "[1953-06-01, 1953-07-31]"},
      {__LINE__,
       "direction: AFTER anchor_claim: 'meeting' offset { amount: 2 unit: "
       "UNIT_WEEK } result_precision: PRECISION_MONTH",
       "[1953-05-01, 1953-06-30]"},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(
        NormalizeText(normalizer,
                      absl::StrCat("relative_date { ", row.relative, " }"),
                      resolver),
        row.want)
        << "line " << row.line;
  }
}

TEST(NormalizerTest, ClaimWithoutValueIsInvalid) {
  Normalizer normalizer{RulesConfig()};
  absl::StatusOr<ValueInterval> iv =
      normalizer.Normalize(ParseClaim("id: 'x'"));
  EXPECT_EQ(iv.status().code(), absl::StatusCode::kInvalidArgument);
}

}  // namespace
}  // namespace checker
