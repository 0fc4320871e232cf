#include "checker/normalize/default_rules.h"

#include "checker/base/file_io.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

// The scalar defaults as proto/rules.proto documents them, written out.
void ExpectDocumentedScalars(const RulesConfig& config) {
  EXPECT_EQ(config.approximate_tolerance(), 0.1);
  EXPECT_EQ(config.round_figure_tolerance(), 0.0);
  EXPECT_EQ(config.varying_threshold(), 0.1);
  EXPECT_EQ(config.offset_tolerance(), 0.15);
  EXPECT_EQ(config.upper_bound_floor(), 0.0);
  EXPECT_EQ(config.arithmetic_tolerance(), 0.02);
  EXPECT_EQ(config.review_threshold(), 0.5);
  EXPECT_EQ(config.copied_context_words(), 6);
  EXPECT_FALSE(config.has_approximate_date_days());
}

TEST(DefaultRulesTest, EveryScalarHasItsDocumentedDefault) {
  ExpectDocumentedScalars(WithDefaults(RulesConfig()));
}

TEST(DefaultRulesTest, UserEntriesReplaceDefaultsOfTheSamePhrase) {
  RulesConfig user;
  HedgeRule* some = user.add_hedge();
  some->set_phrase("some");
  some->set_meaning(NEARLY);
  VagueMagnitude* dozens = user.add_vague();
  dozens->set_phrase("dozens");
  dozens->set_low(12);
  dozens->set_high(99);
  RulesConfig merged = WithDefaults(user);
  EXPECT_EQ(merged.hedge_size(), DefaultRulesConfig().hedge_size());
  int found = 0;
  for (const HedgeRule& rule : merged.hedge()) {
    if (rule.phrase() == "some") {
      EXPECT_EQ(rule.meaning(), NEARLY);
      ++found;
    }
  }
  for (const VagueMagnitude& v : merged.vague()) {
    if (v.phrase() == "dozens") {
      EXPECT_EQ(v.low(), 12);
      ++found;
    }
  }
  EXPECT_EQ(found, 2);
}

// claims/rules.textproto documents the defaults; it must not drift from them.
TEST(DefaultRulesTest, DocumentedRulesFileEqualsTheBuiltInDefaults) {
  absl::StatusOr<std::string> text = ReadFile("claims/rules.textproto");
  ASSERT_TRUE(text.ok()) << text.status();
  RulesConfig parsed;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(*text, &parsed));
  // The file states every scalar itself (so it documents them) ...
  EXPECT_TRUE(parsed.has_approximate_tolerance());
  EXPECT_TRUE(parsed.has_review_threshold());
  EXPECT_TRUE(parsed.has_copied_context_words());
  // ... with the documented values, and leaves the tables to the defaults.
  ExpectDocumentedScalars(parsed);
  EXPECT_EQ(parsed.vague_size(), 0);
  EXPECT_EQ(parsed.waiver_size(), 0);
  EXPECT_EQ(parsed.hedge_size(), 0) << "the table is documented in comments";
}

}  // namespace
}  // namespace checker
