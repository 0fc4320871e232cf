// Golden tests: the fixture report in every format, compared byte for byte
// with tests/golden/report/<file>. On a mismatch the test prints a unified
// diff; CHECKER_UPDATE_GOLDEN=1 rewrites the golden files instead.
#include "checker/report/report_writer.h"

#include <unistd.h>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <utility>
#include <vector>

#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "checker/report/json_writer.h"
#include "checker/report/report_fixture.h"
#include "checker/store/claim_base_set.h"
#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

constexpr char kGoldenDir[] = "tests/golden/report/";

// `diff -u golden actual`, with the actual text in a temporary file.
std::string UnifiedDiff(const std::string& golden_path,
                        const std::string& actual) {
  std::string actual_path =
      absl::StrCat(::testing::TempDir(), "/actual_", ::getpid(), "_", rand());
  if (!WriteFileAtomically(actual_path, actual).ok()) return "(no diff)";
  std::string command =
      absl::StrCat("diff -u '", golden_path, "' '", actual_path, "' 2>&1");
  std::string diff;
  if (FILE* pipe = popen(command.c_str(), "r")) {
    char buffer[4096];
    size_t n;
    while ((n = fread(buffer, 1, sizeof(buffer), pipe)) > 0) {
      diff.append(buffer, n);
    }
    pclose(pipe);
  }
  std::remove(actual_path.c_str());
  return diff;
}

class GoldenTest : public ::testing::TestWithParam<OutputFormat> {};

TEST_P(GoldenTest, MatchesGoldenFile) {
  ClaimBase base = FixtureClaimBase();
  Report report = FixtureReport();
  absl::StatusOr<std::vector<RenderedFile>> files =
      RenderReport(report, ClaimBaseSet(base), {GetParam()});
  ASSERT_TRUE(files.ok()) << files.status();
  ASSERT_EQ(files->size(), 1u);
  const RenderedFile& file = files->front();
  std::string golden_path = absl::StrCat(kGoldenDir, file.name);
  const char* update = std::getenv("CHECKER_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    ASSERT_TRUE(WriteFileAtomically(golden_path, file.contents).ok());
    GTEST_SKIP() << "rewrote " << golden_path;
  }
  absl::StatusOr<std::string> golden = ReadFile(golden_path);
  ASSERT_TRUE(golden.ok()) << golden.status()
                           << " (run with CHECKER_UPDATE_GOLDEN=1 to create)";
  EXPECT_TRUE(*golden == file.contents)
      << file.name << " differs from " << golden_path << ":\n"
      << UnifiedDiff(golden_path, file.contents)
      << "If the change is intended, rerun with CHECKER_UPDATE_GOLDEN=1.";
}

// The output depends on what the base and report hold, not on the order
// they hold it in: the base's sources and entities reversed, and
// every finding's qualifiers inserted in reverse, give the same bytes.
// (Two processes giving the same bytes: cli_contract_test.)
TEST_P(GoldenTest, DoesNotDependOnStorageOrder) {
  const ClaimBase base = FixtureClaimBase();
  const Report report = FixtureReport();
  ClaimBase reversed_base = FixtureClaimBase();
  std::reverse(reversed_base.sources.begin(), reversed_base.sources.end());
  std::reverse(reversed_base.entities.begin(), reversed_base.entities.end());
  std::reverse(reversed_base.attributes.begin(),
               reversed_base.attributes.end());
  std::reverse(reversed_base.claims.begin(), reversed_base.claims.end());
  std::reverse(reversed_base.claim_locations.begin(),
               reversed_base.claim_locations.end());
  reversed_base.BuildIndex();
  Report reinserted = report;
  int qualified = 0;
  for (Finding& finding : *reinserted.mutable_finding()) {
    auto* qualifiers = finding.mutable_subject()->mutable_qualifier();
    std::vector<std::pair<std::string, std::string>> entries(
        qualifiers->begin(), qualifiers->end());
    std::sort(entries.rbegin(), entries.rend());
    qualifiers->clear();
    for (const auto& [key, value] : entries) (*qualifiers)[key] = value;
    qualified += entries.size() >= 2 ? 1 : 0;
  }
  ASSERT_GT(qualified, 0) << "the fixture must have a finding with two "
                             "qualifiers, or the reinsertion proves nothing";
  ASSERT_GE(base.sources.size(), 2u);
  ASSERT_GE(base.entities.size(), 2u);
  auto want = RenderReport(report, ClaimBaseSet(base), {GetParam()});
  auto got =
      RenderReport(reinserted, ClaimBaseSet(reversed_base), {GetParam()});
  ASSERT_TRUE(want.ok() && got.ok());
  EXPECT_TRUE(got->front().contents == want->front().contents)
      << got->front().name << " changed with the storage order";
}

INSTANTIATE_TEST_SUITE_P(
    EveryFormat, GoldenTest, ::testing::ValuesIn(AllOutputFormats()),
    [](const ::testing::TestParamInfo<OutputFormat>& info) {
      std::string name(OutputFileName(info.param));
      for (char& c : name) {
        if (c == '.') c = '_';
      }
      return name;
    });

TEST(ReportToJsonTest, PrintsQualifiersSortedByKey) {
  Report report;
  auto& qualifiers =
      *report.add_finding()->mutable_subject()->mutable_qualifier();
  for (char c = 'z'; c >= 'a'; --c) qualifiers[std::string(1, c)] = "v";
  absl::StatusOr<std::string> json = ReportToJson(report);
  ASSERT_TRUE(json.ok()) << json.status();
  size_t previous = 0;
  for (char c = 'a'; c <= 'z'; ++c) {
    size_t at = json->find(absl::StrCat("\"", std::string(1, c), "\":\"v\""));
    ASSERT_NE(at, std::string::npos) << c;
    EXPECT_GT(at, previous) << c << " out of order in " << *json;
    previous = at;
  }
}

TEST(ReportToJsonTest, PrintsTheProtoJsonMappingWrittenOutByHand) {
  Report report;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(
      "summary { subjects: 1 claims: 2 conflicts: 1 }\n"
      "finding { id: 'f1' rule: 'checker.rule.interval' verdict: CONFLICT\n"
      "  subject { entity: 'kengir' attribute: 'deaths'\n"
      "    qualifier { key: 'year' value: '1954' }\n"
      "    qualifier { key: 'camp' value: '3' } }\n"
      "  claim { claim: 'a' source: 's1' interval { low: 500 high: 700\n"
      "    low_text: '500' high_text: '700' } }\n"
      "  independent_sources: 2 }\n",
      &report));
  // Fields in .proto order under their .proto names, enums by name, zero
  // and empty fields left out, map keys sorted.
  const std::string summary = R"({"subjects":1,"claims":2,"conflicts":1})";
  const std::string finding =
      R"({"id":"f1","rule":"checker.rule.interval","verdict":"CONFLICT",)"
      R"("subject":{"entity":"kengir","attribute":"deaths",)"
      R"("qualifier":{"camp":"3","year":"1954"}},)"
      R"("claim":[{"claim":"a","source":"s1","interval":{"low":500,)"
      R"("high":700,"low_text":"500","high_text":"700"}}],)"
      R"("independent_sources":2})";
  EXPECT_EQ(*ReportToJson(report),
            absl::StrCat(R"({"summary":)", summary, R"(,"finding":[)", finding,
                         "]}\n"));
  // The pieces `checker check` streams are the same bytes.
  EXPECT_EQ(*MessageToJson(report.summary()), summary);
  EXPECT_EQ(*MessageToJson(report.finding(0)), finding);
}

TEST(ParseFormatListTest, ExpandsCsvAndFootnotesInFixedOrder) {
  auto formats = ParseFormatList("footnotes, csv,md,md");
  ASSERT_TRUE(formats.ok()) << formats.status();
  EXPECT_THAT(*formats, ::testing::ElementsAre(
                            OutputFormat::kMarkdown, OutputFormat::kFindingsCsv,
                            OutputFormat::kClaimsCsv, OutputFormat::kFootnotes,
                            OutputFormat::kBibliography));
}

TEST(ParseFormatListTest, EmptyOrAllMeansEveryFormat) {
  EXPECT_EQ(*ParseFormatList(""), AllOutputFormats());
  EXPECT_EQ(*ParseFormatList("all"), AllOutputFormats());
}

TEST(ParseFormatListTest, UnknownFormatNamesItAndTheAcceptedOnes) {
  auto formats = ParseFormatList("md,pdf");
  ASSERT_FALSE(formats.ok());
  EXPECT_EQ(formats.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(
      std::string(formats.status().message()),
      ::testing::HasSubstr("\"pdf\"; use a comma-separated list of md"));
}

TEST(WriteRenderedFilesTest, CreatesDirectoryAndReplacesFiles) {
  std::string dir =
      absl::StrCat(::testing::TempDir(), "/report_out_", ::getpid(), "/nested");
  ASSERT_TRUE(WriteRenderedFiles(dir, {{"a.md", "old"}}).ok());
  ASSERT_TRUE(WriteRenderedFiles(dir, {{"a.md", "new"}, {"b.csv", "x"}}).ok());
  EXPECT_EQ(*ReadFile(dir + "/a.md"), "new");
  EXPECT_EQ(*ReadFile(dir + "/b.csv"), "x");
}

}  // namespace
}  // namespace checker
