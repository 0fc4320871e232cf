// Shared by the CLI's in-process tests: a small claim base about one
// disputed date, and a fixture that gives each test a fresh directory.
#ifndef CHECKER_CLI_CLI_TEST_UTIL_H_
#define CHECKER_CLI_CLI_TEST_UTIL_H_

#include <filesystem>
#include <string>

#include "checker/base/file_io.h"
#include "gtest/gtest.h"

namespace checker::testing {

// Three sources, one entity, two date attributes. heller (scholarly) and
// web (a web page, unreviewed) disagree by a day on the date of death: a
// conflict whose only claim against heller is the web's. deriabin gives
// the announcement date, the web's date.
inline constexpr char kStalinSources[] = R"pb(
  source {
    id: "heller"
    title: "Utopia in Power"
    tier: TIER_SCHOLARLY
    document { path: "a.txt" }
  }
  source { id: "web" title: "A web page" tier: TIER_WEB }
  source { id: "deriabin" title: "The Secret World" tier: TIER_SCHOLARLY }
)pb";

inline constexpr char kStalinGazetteer[] = R"pb(
  entity { id: "stalin" kind: PERSON name: "Stalin" }
  attribute { id: "date_of_death" value_kind: VALUE_DATE }
  attribute { id: "date_announced" value_kind: VALUE_DATE }
)pb";

inline constexpr char kStalinClaims[] = R"pb(
  claim {
    id: "death_5"
    source: "heller"
    subject { entity: "stalin" attribute: "date_of_death" }
    date {
      earliest: "1953-03-05"
      latest: "1953-03-05"
      precision: PRECISION_DAY
    }
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
    date {
      earliest: "1953-03-06"
      latest: "1953-03-06"
      precision: PRECISION_DAY
    }
    text: "March 6, 1953"
    status: EXTRACTED
  }
  claim {
    id: "announced"
    source: "deriabin"
    subject { entity: "stalin" attribute: "date_announced" }
    date {
      earliest: "1953-03-06"
      latest: "1953-03-06"
      precision: PRECISION_DAY
    }
    text: "March 6, 1953"
    status: CONFIRMED
  }
)pb";

// heller's document: bytes 10 to 23 are "March 5, 1953", as death_5 says.
inline constexpr char kStalinDocument[] = "Death on: March 5, 1953.\n";

// Each test gets root_ = a fresh directory named after it, removed after.
class TempDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
    root_ = std::filesystem::path(::testing::TempDir()) /
            (std::string(info->test_suite_name()) + "_" + info->name());
    std::filesystem::remove_all(root_);
    std::filesystem::create_directories(root_);
  }
  void TearDown() override { std::filesystem::remove_all(root_); }

  // `relative` under root_ (its folders are created).
  std::string Path(const std::string& relative) const {
    return (root_ / relative).string();
  }
  void Write(const std::string& relative, const std::string& text) {
    std::filesystem::create_directories((root_ / relative).parent_path());
    ASSERT_TRUE(WriteFileAtomically(Path(relative), text).ok());
  }
  // Writes the Stalin base into `dir` (and its document into `docs`).
  void WriteStalinBase(const std::string& dir, const std::string& docs) {
    Write(dir + "/sources.textproto", kStalinSources);
    Write(dir + "/gazetteer.textproto", kStalinGazetteer);
    Write(dir + "/stalin.textproto", kStalinClaims);
    Write(docs + "/a.txt", kStalinDocument);
  }

  std::filesystem::path root_;
};

}  // namespace checker::testing

#endif  // CHECKER_CLI_CLI_TEST_UTIL_H_
