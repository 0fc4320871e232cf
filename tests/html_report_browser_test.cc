// report.html in a real headless browser (Debian's chromium): the page loads
// with no console message at all (no script error, no CSP violation), its
// own script runs, every finding is there, and a quote holding
// "<script>alert(1)</script>" is text, not a script.
#include <regex>
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/base/file_io.h"
#include "checker/report/html_writer.h"
#include "checker/report/report_fixture.h"
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
    WriteHtml(report_, ReportContext(base_), &html);
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

int CountMatches(const std::string& text, const std::string& pattern) {
  std::regex re(pattern);
  return static_cast<int>(
      std::distance(std::sregex_iterator(text.begin(), text.end(), re),
                    std::sregex_iterator()));
}

TEST_F(HtmlReportBrowserTest, LoadsCleanlyWithEveryFindingAndQuotesAsText) {
  CommandResult result = DumpDom("");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const std::string& dom = result.out;
  EXPECT_EQ(ConsoleLines(result.err), "");
  // The page's own script ran to its end.
  EXPECT_NE(dom.find("<body data-filter-ready=\"true\">"), std::string::npos)
      << dom.substr(0, 2000);
  EXPECT_EQ(
      CountMatches(dom, "<div class=\"finding\" data-verdict=\"[A-Z_]+\""),
      report_.finding_size());
  EXPECT_EQ(CountMatches(dom, "<div class=\"finding\"[^>]* hidden"), 0);
  // The hostile quote is text: escaped in the DOM, and the only <script>
  // element is the page's own.
  EXPECT_NE(dom.find("&lt;script&gt;alert(1)&lt;/script&gt;"),
            std::string::npos);
  EXPECT_EQ(CountMatches(dom, "<script"), 1);
  EXPECT_EQ(CountMatches(dom, "<svg class=\"axis\""), 4);
}

TEST_F(HtmlReportBrowserTest, VerdictFilterFromUrlHidesOtherFindings) {
  CommandResult result = DumpDom("?verdict=CONFLICT");
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(ConsoleLines(result.err), "");
  const std::string& dom = result.out;
  EXPECT_EQ(CountMatches(dom, "<div class=\"finding\"[^>]* hidden"),
            report_.finding_size() - 1);
  EXPECT_EQ(CountMatches(dom,
                         "<div class=\"finding\" data-verdict=\"CONFLICT\""
                         "[^>]* hidden"),
            0);
  EXPECT_EQ(CountMatches(dom, "<section class=\"subject\"[^>]* hidden"), 3);
}

}  // namespace
}  // namespace checker
