#include "checker/cli/cli_support.h"

#include <unistd.h>

#include <filesystem>
#include <sstream>
#include <string>

#include "checker/base/file_io.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using ::testing::HasSubstr;

TEST(PluralTest, CountsAndNouns) {
  const struct {
    int line;
    int64_t count;
    const char* noun;
    const char* expected;
  } kCases[] = {
      {__LINE__, 0, "claim", "0 claims"},
      {__LINE__, 1, "claim", "1 claim"},
      {__LINE__, 2, "claim", "2 claims"},
      {__LINE__, 1, "entity", "1 entity"},
      {__LINE__, 3, "entity", "3 entities"},
      {__LINE__, 12, "conflict", "12 conflicts"},
  };
  for (const auto& c : kCases) {
    EXPECT_EQ(Plural(c.count, c.noun), c.expected) << "line " << c.line;
  }
}

TEST(ParseFailOnTest, IgnoresCaseAndRejectsUnknownValues) {
  EXPECT_EQ(*ParseFailOn("conflict"), CONFLICT);
  EXPECT_EQ(*ParseFailOn("Conflict"), CONFLICT);
  EXPECT_EQ(*ParseFailOn("VARYING"), VARYING);
  EXPECT_EQ(*ParseFailOn("never"), VERDICT_UNSPECIFIED);
  for (const char* bad : {"", "often", "conflicts", " conflict"}) {
    absl::StatusOr<Verdict> parsed = ParseFailOn(bad);
    ASSERT_FALSE(parsed.ok()) << bad;
    EXPECT_EQ(parsed.status().message(),
              absl::StrCat("--fail-on: unknown value \"", bad,
                           "\"; use conflict, varying or never"));
  }
}

class RulesFileTest : public ::testing::Test {
 protected:
  std::string Write(const std::string& text) {
    // One file per test: CTest runs the tests of this fixture as parallel
    // processes, which must not share a path.
    const std::string path =
        ::testing::TempDir() + "cli_support_rules_" +
        ::testing::UnitTest::GetInstance()->current_test_info()->name() + "_" +
        std::to_string(::getpid()) + ".textproto";
    EXPECT_TRUE(WriteFileAtomically(path, text).ok());
    return path;
  }
};

TEST_F(RulesFileTest, ReadsAValidFile) {
  const std::string path = Write("disabled_rule: \"checker.rule.interval\"\n");
  absl::StatusOr<RulesConfig> rules = LoadRulesFile(path);
  ASSERT_TRUE(rules.ok()) << rules.status();
  ASSERT_EQ(rules->disabled_rule_size(), 1);
  EXPECT_EQ(rules->disabled_rule(0), "checker.rule.interval");
}

TEST_F(RulesFileTest, ErrorsNameFileLineAndColumn) {
  // Line 2 holds the unknown field name (protobuf points at the token after
  // it, column 13).
  const std::string path =
      Write("disabled_rule: \"checker.rule.interval\"\nno_such_knob: 3\n");
  absl::StatusOr<RulesConfig> rules = LoadRulesFile(path);
  ASSERT_FALSE(rules.ok());
  const std::string message(rules.status().message());
  EXPECT_THAT(message, HasSubstr(path + ":2:")) << message;
  EXPECT_THAT(message, HasSubstr("no_such_knob"));
}

TEST_F(RulesFileTest, AMissingFileIsAnError) {
  EXPECT_FALSE(LoadRulesFile(::testing::TempDir() + "no/such.rules").ok());
}

}  // namespace
}  // namespace checker
