#include "checker/base/issue.h"

#include "gtest/gtest.h"

namespace checker {
namespace {

TEST(IssueTest, FormatsFileLineAndColumn) {
  Issue issue{IssueSeverity::kError, {"claims/x.textproto", 12, 5}, "bad id"};
  EXPECT_EQ(issue.ToString(), "ERROR: claims/x.textproto:12:5: bad id");
}

TEST(IssueTest, FormatsByteOffsetWhenNoLine) {
  Issue issue{IssueSeverity::kWarning, {"doc.txt", 0, 0, 1234}, "bad byte"};
  EXPECT_EQ(issue.ToString(), "WARNING: doc.txt:@1234: bad byte");
}

TEST(IssueListTest, CountsAndSortsIssues) {
  IssueList issues;
  issues.Error({"b.textproto", 3, 1}, "second");
  issues.Warning({"a.textproto", 9, 2}, "first");
  issues.Error({"b.textproto", 1, 1}, "third");
  EXPECT_EQ(issues.error_count(), 2);
  EXPECT_EQ(issues.warning_count(), 1);
  issues.Sort();
  EXPECT_EQ(issues.ToDisplayString(),
            "WARNING: a.textproto:9:2: first\n"
            "ERROR: b.textproto:1:1: third\n"
            "ERROR: b.textproto:3:1: second\n");
}

TEST(IssueListTest, DisplayShowsCaretUnderColumn) {
  IssueList issues;
  issues.Error({"f", 2, 3}, "here");
  std::string shown = issues.ToDisplayString(
      [](const std::string&) { return std::string("one\ntwo x\nthree"); });
  EXPECT_EQ(shown, "ERROR: f:2:3: here\ntwo x\n  ^\n");
}

TEST(CaretSnippetTest, OutOfRangeLineGivesNothing) {
  EXPECT_EQ(CaretSnippet("a\nb", 5, 1), "");
  EXPECT_EQ(CaretSnippet("a\nb", 1, 9), "");
}

TEST(CaretSnippetTest, LongLineShowsAWindowAroundTheColumn) {
  // An error on a 5 MB line must not print the line (and a caret line as
  // long): a window of the line around the column, marked as cut.
  std::string line =
      std::string(5'000'000, 'a') + "XYZ" + std::string(5'000'000, 'b');
  std::string snippet = CaretSnippet(line, 1, 5'000'002);  // the 'Y'
  EXPECT_LT(snippet.size(), 400u);
  size_t newline = snippet.find('\n');
  ASSERT_NE(newline, std::string::npos);
  std::string row = snippet.substr(0, newline);
  std::string caret = snippet.substr(newline + 1);
  EXPECT_EQ(row.substr(0, 3), "...");
  EXPECT_EQ(row.substr(row.size() - 3), "...");
  EXPECT_EQ(row[caret.find('^')], 'Y');
}

TEST(IssueListTest, DisplayReadsEachFileOnceHoweverManyIssues) {
  IssueList issues;
  std::string text;
  for (int i = 1; i <= 1000; ++i) {
    text += "line " + std::to_string(i) + "\n";
    issues.Warning({"a.txt", i, 1}, "w");
  }
  issues.Warning({"b.txt", 1, 2}, "x");
  int reads = 0;
  std::string shown = issues.ToDisplayString([&](const std::string& file) {
    ++reads;
    return file == "a.txt" ? text : std::string("ok\n");
  });
  EXPECT_EQ(reads, 2);
  EXPECT_NE(shown.find("WARNING: a.txt:1000:1: w\nline 1000\n^\n"),
            std::string::npos);
  EXPECT_NE(shown.find("WARNING: b.txt:1:2: x\nok\n ^\n"), std::string::npos);
}

TEST(IssueListTest, DisplayCutsAHugeMessage) {
  IssueList issues;
  issues.Error({"a.txt", 1, 1}, std::string(10'000'000, 'm'));
  std::string shown = issues.ToDisplayString();
  EXPECT_LT(shown.size(), 5000u);
  EXPECT_NE(shown.find("(9998000 more bytes)"), std::string::npos)
      << shown.substr(0, 100);
}

}  // namespace
}  // namespace checker
