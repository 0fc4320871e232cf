// report.html in a real headless browser (Debian's chromium): the page loads
// with no console message at all (no script error, no CSP violation), its
// own script runs, every finding is there, and a quote holding
// "<script>alert(1)</script>" is text, not a script.
#include <sstream>
#include <string>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/base/file_io.h"
#include "checker/report/html_writer.h"
#include "checker/report/report_fixture.h"
#include "checker/store/claim_base_set.h"
#include "gtest/gtest.h"
#include "tests/report_test_util.h"

namespace checker {
namespace {

constexpr char kChromium[] = "/usr/bin/chromium";

class HtmlReportBrowserTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!IsExecutable(kChromium)) {
      GTEST_SKIP() << kChromium
                   << " is not installed; install Debian's chromium package "
                      "(apt-get install chromium) to run this test";
    }
    dir_ = MakeTempDir();
    ASSERT_FALSE(dir_.empty());
    base_ = FixtureClaimBase();
    report_ = FixtureReport();
    std::ostringstream html;
    WriteHtml(report_, ReportContext(ClaimBaseSet(base_)), &html);
    path_ = dir_ + "/report.html";
    ASSERT_TRUE(WriteFileAtomically(path_, html.str()).ok());
  }

  // The DOM after load, as chromium serializes it; stderr in `result->err`.
  CommandResult DumpDom(const std::string& query) {
    std::string profile = MakeTempDir();
    return RunCommand(absl::StrCat(
        "timeout 120 ", kChromium,
        " --headless --no-sandbox --disable-gpu --disable-quic --no-first-run"
        " --disable-background-networking --disable-component-update"
        " --disable-sync --user-data-dir='",
        profile, "' --enable-logging=stderr --v=0 --dump-dom 'file://", path_,
        query, "'"));
  }

  std::string dir_, path_;
  ClaimBase base_;
  Report report_;
};

// Console messages and uncaught exceptions chromium logged.
std::string ConsoleLines(const std::string& err) {
  std::string lines;
  for (absl::string_view line : absl::StrSplit(err, '\n')) {
    if (absl::StrContains(line, ":CONSOLE") ||
        absl::StrContains(line, "Uncaught")) {
      absl::StrAppend(&lines, line, "\n");
    }
  }
  return lines;
}

// Opening tags in `dom` that begin with `prefix` (e.g. "<div class=\"x\""),
// each up to its '>'.
std::vector<std::string> Tags(const std::string& dom,
                              const std::string& prefix) {
  std::vector<std::string> tags;
  for (size_t at = dom.find(prefix); at != std::string::npos;
       at = dom.find(prefix, at + 1)) {
    tags.push_back(dom.substr(at, dom.find('>', at) - at + 1));
  }
  return tags;
}

// How many of `tags` contain `part`.
int CountWith(const std::vector<std::string>& tags, const std::string& part) {
  int count = 0;
  for (const std::string& tag : tags) {
    if (absl::StrContains(tag, part)) ++count;
  }
  return count;
}

TEST_F(HtmlReportBrowserTest, LoadsCleanlyWithEveryFindingAndQuotesAsText) {
  CommandResult result = DumpDom("");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string& dom = result.out;
  EXPECT_EQ(ConsoleLines(result.err), "");
  // The page's own script ran to its end.
  EXPECT_NE(dom.find("<body data-filter-ready=\"true\">"), std::string::npos)
      << dom.substr(0, 2000);
  std::vector<std::string> findings = Tags(dom, "<div class=\"finding\"");
  EXPECT_EQ(static_cast<int>(findings.size()), report_.finding_size());
  EXPECT_EQ(CountWith(findings, " data-verdict=\""), report_.finding_size());
  EXPECT_EQ(CountWith(findings, " hidden"), 0);
  // The hostile quote is text: escaped in the DOM, and the only <script>
  // element is the page's own.
  EXPECT_NE(dom.find("&lt;script&gt;alert(1)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_EQ(Tags(dom, "<script").size(), 1u);
  EXPECT_EQ(Tags(dom, "<svg class=\"axis\"").size(), 4u);
}

TEST_F(HtmlReportBrowserTest, VerdictFilterFromUrlHidesOtherFindings) {
  CommandResult result = DumpDom("?verdict=CONFLICT");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(ConsoleLines(result.err), "");
  const std::string& dom = result.out;
  std::vector<std::string> findings = Tags(dom, "<div class=\"finding\"");
  ASSERT_EQ(static_cast<int>(findings.size()), report_.finding_size());
  EXPECT_EQ(CountWith(findings, " hidden"), report_.finding_size() - 1);
  EXPECT_EQ(
      CountWith(Tags(dom, "<div class=\"finding\" data-verdict=\"CONFLICT\""),
                " hidden"),
      0);
  EXPECT_EQ(CountWith(Tags(dom, "<section class=\"subject\""), " hidden"), 3);
}

}  // namespace
}  // namespace checker
