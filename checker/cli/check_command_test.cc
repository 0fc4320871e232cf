#include "checker/cli/check_command.h"

#include <filesystem>
#include <sstream>
#include <string>

#include "checker/base/file_io.h"
#include "checker/rules/engine.h"
#include "checker/store/claim_base.h"
#include "google/protobuf/util/json_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

constexpr char kSources[] = R"pb(
  source {
    id: "heller"
    title: "Utopia in Power"
    tier: TIER_SCHOLARLY
    document { path: "a.txt" }
  }
  source { id: "web" title: "A web page" tier: TIER_WEB }
  source { id: "deriabin" title: "The Secret World" tier: TIER_SCHOLARLY }
)pb";

constexpr char kGazetteer[] = R"pb(
  entity { id: "stalin" kind: PERSON name: "Stalin" }
  attribute { id: "date_of_death" value_kind: VALUE_DATE }
  attribute { id: "date_announced" value_kind: VALUE_DATE }
)pb";

constexpr char kClaims[] = R"pb(
  claim {
    id: "death_5"
    source: "heller"
    subject { entity: "stalin" attribute: "date_of_death" }
    date { earliest: "1953-03-05" latest: "1953-03-05" precision: PRECISION_DAY }
    text: "March 5, 1953"
    provenance {
      document: "a.txt"
      begin: 10
      end: 23
      page: "519"
      quote: "March 5, 1953"
      quote_begin: 10
    }
    status: CONFIRMED
  }
  claim {
    id: "death_6"
    source: "web"
    subject { entity: "stalin" attribute: "date_of_death" }
    date { earliest: "1953-03-06" latest: "1953-03-06" precision: PRECISION_DAY }
    text: "March 6, 1953"
    status: EXTRACTED
  }
  claim {
    id: "announced"
    source: "deriabin"
    subject { entity: "stalin" attribute: "date_announced" }
    date { earliest: "1953-03-06" latest: "1953-03-06" precision: PRECISION_DAY }
    text: "March 6, 1953"
    status: CONFIRMED
  }
)pb";

class CheckCommandTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    dir_ = std::filesystem::path(::testing::TempDir()) /
           (std::string("check_") + info->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    Write("sources.textproto", kSources);
    Write("gazetteer.textproto", kGazetteer);
    Write("stalin.textproto", kClaims);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  void Write(const std::string& name, const std::string& text) {
    ASSERT_TRUE(WriteFileAtomically((dir_ / name).string(), text).ok());
  }

  int Run(CheckFlags flags) {
    if (flags.dir.empty()) flags.dir = dir_.string();
    out_.str("");
    err_.str("");
    return RunCheck(flags, out_, err_);
  }

  std::filesystem::path dir_;
  std::ostringstream out_;
  std::ostringstream err_;
};

TEST_F(CheckCommandTest, ConflictFailsByDefaultAndPrintsOneBlockPerFinding) {
  EXPECT_EQ(Run({}), 1) << err_.str();
  std::string text = out_.str();
  EXPECT_THAT(text, HasSubstr("CONFLICT  stalin date_of_death  "
                              "(checker.rule.interval, CAUSE_DATE_ROLE, id "));
  EXPECT_THAT(text, HasSubstr("  - death_5: March 5, 1953  [1953-03-05, "
                              "1953-03-05]  (heller, p. 519)\n"));
  EXPECT_THAT(text, HasSubstr("      at a.txt [10, 23) \"March 5, 1953\"\n"));
  EXPECT_THAT(text, HasSubstr("(web)  [unreviewed]\n"));
  EXPECT_THAT(text, HasSubstr("  Tier: The disagreement rests on TIER_WEB "
                              "sources (web): without them one claim "
                              "remains.\n"));
  EXPECT_THAT(text, HasSubstr("checked 3 claims about 2 subjects: 1 "
                              "conflict(s), 0 varying, 1 single-source, 0 "
                              "consistent (0 corroborated), 0 waived\n"));
}

TEST_F(CheckCommandTest, FailOnNeverAlwaysExitsZero) {
  CheckFlags flags;
  flags.fail_on = "never";
  EXPECT_EQ(Run(flags), 0) << err_.str();
}

TEST_F(CheckCommandTest, JsonIsTheReportWithProtoFieldNames) {
  CheckFlags flags;
  flags.format = "json";
  EXPECT_EQ(Run(flags), 1);
  EXPECT_THAT(out_.str(), HasSubstr("\"single_source\":1"));
  EXPECT_THAT(out_.str(), HasSubstr("\"low_text\":\"1953-03-05\""));
  Report report;
  ASSERT_TRUE(
      google::protobuf::util::JsonStringToMessage(out_.str(), &report).ok());
  ASSERT_EQ(report.finding_size(), 2);
  EXPECT_EQ(report.finding(0).verdict(), CONFLICT);
  EXPECT_EQ(report.finding(0).claim(0).provenance().page(), "519");
  EXPECT_EQ(report.finding(0).claim(1).status(), EXTRACTED);
}

TEST_F(CheckCommandTest, StreamedJsonEqualsTheReportMapping) {
  CheckFlags flags;
  flags.format = "json";
  Run(flags);
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(dir_.string(), {}, &issues);
  ASSERT_TRUE(base.ok());
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(base->rules);
  ASSERT_TRUE(engine.ok());
  Report report = engine->Run(*base, &issues);
  google::protobuf::util::JsonPrintOptions options;
  options.preserve_proto_field_names = true;
  std::string want;
  ASSERT_TRUE(
      google::protobuf::util::MessageToJsonString(report, &want, options).ok());
  EXPECT_EQ(out_.str(), want + "\n");
}

TEST_F(CheckCommandTest, WaiverInTheRulesFileStopsTheFailure) {
  Write("rules.textproto",
        "waiver { entity: 'stalin' attribute: 'date_of_death' note: "
        "'announcement date; see Deriabin' }");
  EXPECT_EQ(Run({}), 0) << err_.str();
  EXPECT_THAT(out_.str(),
              HasSubstr("  Accepted: announcement date; see Deriabin\n"));
}

TEST_F(CheckCommandTest, RulesFlagOverridesTheBaseRules) {
  std::string rules = (dir_ / "strict.rules").string();
  ASSERT_TRUE(WriteFileAtomically(
                  rules, "disabled_rule: 'checker.rule.interval'\n")
                  .ok());
  CheckFlags flags;
  flags.rules = rules;
  EXPECT_EQ(Run(flags), 0);
  EXPECT_THAT(out_.str(), Not(HasSubstr("CONFLICT")));
}

TEST_F(CheckCommandTest, UnusableInputExitsTwo) {
  CheckFlags missing;
  missing.dir = (dir_ / "nope").string();
  EXPECT_EQ(Run(missing), 2);
  EXPECT_THAT(err_.str(), HasSubstr("checker check: "));

  std::string rules = (dir_ / "bad.rules").string();
  ASSERT_TRUE(WriteFileAtomically(rules, "varying_threshold: oops\n").ok());
  CheckFlags bad_rules;
  bad_rules.rules = rules;
  EXPECT_EQ(Run(bad_rules), 2);
  EXPECT_THAT(err_.str(), HasSubstr("bad.rules:1:"));

  CheckFlags bad_flag;
  bad_flag.fail_on = "sometimes";
  EXPECT_EQ(Run(bad_flag), 2);

  Write("broken.textproto", "claim { id: ");
  EXPECT_EQ(Run({}), 2);
  EXPECT_THAT(err_.str(), HasSubstr("has errors (above)"));
}

}  // namespace
}  // namespace checker
