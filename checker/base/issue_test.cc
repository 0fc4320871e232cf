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

}  // namespace
}  // namespace checker
