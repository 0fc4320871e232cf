// A small claim base on disk for the review tests: one document about a
// made-up flood, two sources that disagree on its length (a CONFLICT), a
// death toll with a low link confidence, and a hand-written claim.
#ifndef CHECKER_REVIEW_REVIEW_TEST_BASE_H_
#define CHECKER_REVIEW_REVIEW_TEST_BASE_H_

#include <unistd.h>

#include <filesystem>
#include <string>

#include "checker/base/file_io.h"
#include "gtest/gtest.h"

namespace checker {

// The document; byte offsets below are counted by hand on this text.
//   "The Millbrook flood lasted about 40 days. " is bytes 0..42;
//   "about 40 days" is [27, 40).
inline constexpr char kFloodText[] =
    "The Millbrook flood lasted about 40 days. "
    "The county almanac says it lasted 55 days. "
    "Rescuers counted 212 deaths and 90 wounded.";

// The raw strings are file bytes with offsets counted by hand: unformatted.
// clang-format off
inline constexpr char kFloodClaims[] = R"pb(# Claims of the flood report, reviewed by hand in part.
# This comment must survive every write.

claim {
  id: "flood_40"
  source: "report"
  subject { entity: "millbrook_flood" attribute: "duration" }
  duration { amount: 40 unit: UNIT_DAY low_days: 40 high_days: 40 }
  text: "about 40 days"
  hedge: "about"
  provenance { document: "flood.txt" begin: 27 end: 40 quote: "lasted about 40 days" quote_begin: 20 prefix: "Millbrook flood " suffix: ". The county alm" }
  status: EXTRACTED
  evidence { confidence: 0.9 reasons: "entity by name in the same sentence" }
}

# A second voice, from the almanac.
claim {
  id: "flood_55"
  source: "almanac"
  subject { entity: "millbrook_flood" attribute: "duration" }
  duration { amount: 55 unit: UNIT_DAY low_days: 55 high_days: 55 }
  text: "55 days"
  provenance { document: "flood.txt" begin: 76 end: 83 quote: "it lasted 55 days" quote_begin: 66 prefix: "almanac says " suffix: ". Rescuers count" }
  status: EXTRACTED
  evidence { confidence: 0.95 }
}
claim {
  id: "flood_deaths"
  source: "report"
  subject { entity: "millbrook_flood" attribute: "deaths" }
  quantity { value: 212 unit: "deaths" }
  text: "212"
  provenance { document: "flood.txt" begin: 102 end: 105 quote: "counted 212 deaths" quote_begin: 94 prefix: "s. Rescuers " suffix: " and 90 wounded." }
  status: EXTRACTED
  evidence { confidence: 0.4 reasons: "cue 'deaths' right after the figure" }
}
claim {
  id: "flood_by_hand"
  source: "report"
  subject { entity: "millbrook_flood" attribute: "wounded" }
  quantity { value: 90 }
  text: "90"
  provenance { document: "flood.txt" begin: 117 end: 119 quote: "90 wounded" quote_begin: 117 }
  status: EXTRACTED
}
)pb";

inline constexpr char kFloodBase[] = R"pb(source { id: "report" title: "Flood report" year: 1931 }
source { id: "almanac" title: "County almanac" year: 1950 }
entity { id: "millbrook_flood" name: "Millbrook flood" }
entity { id: "other_flood" name: "Other flood" }
attribute { id: "duration" value_kind: VALUE_DURATION }
attribute { id: "deaths" value_kind: VALUE_QUANTITY }
attribute { id: "wounded" value_kind: VALUE_QUANTITY }
attribute { id: "start_date" value_kind: VALUE_DATE }
)pb";
// clang-format on

// Writes the base into a fresh directory named after the running test;
// returns its path. The document goes to `<dir>/docs/flood.txt`.
inline std::string WriteFloodBase() {
  const auto* info = ::testing::UnitTest::GetInstance()->current_test_info();
  // The process id too: two test runs at once (a CI clone beside a
  // developer's build) must not share a directory.
  const std::string dir = ::testing::TempDir() + "review_" +
                          info->test_suite_name() + "_" + info->name() + "_" +
                          std::to_string(::getpid());
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir + "/base");
  std::filesystem::create_directories(dir + "/docs");
  EXPECT_TRUE(
      WriteFileAtomically(dir + "/base/gazetteer.textproto", kFloodBase).ok());
  EXPECT_TRUE(
      WriteFileAtomically(dir + "/base/flood.textproto", kFloodClaims).ok());
  EXPECT_TRUE(WriteFileAtomically(dir + "/docs/flood.txt", kFloodText).ok());
  return dir;
}

}  // namespace checker

#endif  // CHECKER_REVIEW_REVIEW_TEST_BASE_H_
