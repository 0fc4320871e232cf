// The committed reports/ must be exactly what `checker report claims/`
// produces now: regenerate them into a scratch folder and compare file by
// file. When this fails after an intended change, run the README's first
// command to refresh reports/ and commit the result.
#include <algorithm>
#include <filesystem>
#include <set>
#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/testing/cli_runner.h"

namespace checker::testing {
namespace {

namespace fs = std::filesystem;

std::set<std::string> FileNames(const fs::path& dir) {
  std::set<std::string> names;
  for (const auto& entry : fs::directory_iterator(dir)) {
    if (entry.is_regular_file()) names.insert(entry.path().filename());
  }
  return names;
}

// The first differing line of two texts, for a readable failure.
std::string FirstDifference(const std::string& want, const std::string& got) {
  size_t line = 1;
  size_t i = 0;
  while (i < want.size() && i < got.size() && want[i] == got[i]) {
    if (want[i] == '\n') ++line;
    ++i;
  }
  auto line_at = [](const std::string& text, size_t at) {
    size_t begin = text.rfind('\n', at == 0 ? 0 : at - 1);
    begin = begin == std::string::npos ? 0 : begin + 1;
    size_t end = text.find('\n', at);
    return text.substr(
        begin, end == std::string::npos ? std::string::npos : end - begin);
  };
  return "line " + std::to_string(line) +
         ":\n  committed: " + line_at(want, i) +
         "\n  generated: " + line_at(got, i);
}

class ReportsFreshTest : public CliTest {};

TEST_F(ReportsFreshTest, CommittedReportsMatchARegeneration) {
  fs::path committed = repo_root_ / "reports";
  ASSERT_TRUE(fs::is_directory(committed)) << "reports/ is missing";
  RunResult run =
      Run("report '" + (repo_root_ / "claims").string() + "' --out fresh",
          "CHECKER_DOCS=");
  ASSERT_NE(run.exit_code, 2) << run.err;
  fs::path fresh = root_ / "fresh";
  std::set<std::string> want = FileNames(committed);
  std::set<std::string> got = FileNames(fresh);
  EXPECT_EQ(want, got) << "reports/ and a fresh run write different files";
  for (const std::string& name : want) {
    if (got.count(name) == 0) continue;
    std::string a = Slurp(committed / name);
    std::string b = Slurp(fresh / name);
    EXPECT_TRUE(a == b) << "reports/" << name
                        << " is stale; regenerate it with `build/bin/checker "
                           "report claims/ --out reports/`. First difference, "
                        << FirstDifference(a, b);
  }
}

// The README shows an excerpt of reports/report.md (its headings one level
// down): every line of it must still be in the report, so the README never
// shows output the tool no longer gives.
TEST_F(ReportsFreshTest, ReadmeExcerptIsInTheCommittedReport) {
  const std::string readme = Slurp(repo_root_ / "README.md");
  const std::string report = Slurp(repo_root_ / "reports" / "report.md");
  const std::string start = "An excerpt of `reports/report.md`";
  size_t begin = readme.find(start);
  ASSERT_NE(begin, std::string::npos) << "the README lost its excerpt";
  begin = readme.find('\n', begin) + 1;
  const size_t end = readme.find("\nVerdicts compare", begin);
  ASSERT_NE(end, std::string::npos);
  int lines = 0;
  for (size_t at = begin; at < end;) {
    size_t stop = std::min(readme.find('\n', at), end);
    std::string line = readme.substr(at, stop - at);
    at = stop + 1;
    if (line.empty()) continue;
    if (line.rfind("### ", 0) == 0) line = line.substr(1);
    ++lines;
    EXPECT_NE(report.find(line + "\n"), std::string::npos)
        << "README.md shows a line reports/report.md no longer has; copy "
           "the excerpt again from reports/report.md:\n  "
        << line;
  }
  EXPECT_GE(lines, 10) << "the excerpt should show a summary and a card";
}

}  // namespace
}  // namespace checker::testing
