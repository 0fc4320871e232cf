#include "checker/normalize/default_rules.h"

#include "checker/base/file_io.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

TEST(DefaultRulesTest, EveryScalarHasItsDocumentedDefault) {
  RulesConfig config = WithDefaults(RulesConfig());
  EXPECT_EQ(config.approximate_tolerance(), 0.1);
  EXPECT_EQ(config.round_figure_tolerance(), 0.0);
  EXPECT_EQ(config.varying_threshold(), 0.1);
  EXPECT_EQ(config.offset_tolerance(), 0.15);
  EXPECT_EQ(config.upper_bound_floor(), 0.0);
  EXPECT_EQ(config.arithmetic_tolerance(), 0.02);
  EXPECT_FALSE(config.has_approximate_date_days());
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
  EXPECT_TRUE(google::protobuf::util::MessageDifferencer::Equals(
      WithDefaults(parsed), WithDefaults(RulesConfig())));
  EXPECT_EQ(parsed.hedge_size(), 0) << "the table is documented in comments";
}

}  // namespace
}  // namespace checker
