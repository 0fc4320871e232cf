// End-to-end: `checker mentions` loads each document as `extract` does
// (HTML as its text, PDF through poppler) and names the file and byte
// offset of input it cannot read as a document.
#include <filesystem>
#include <string>
#include <vector>

#include "absl/strings/str_split.h"
#include "checker/text/pdf_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "nlohmann/json.hpp"
#include "tests/testing/cli_runner.h"

namespace checker {
namespace {

using ::checker::testing::RunResult;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class MentionsInputTest : public testing::CliTest {
 protected:
  // The JSON objects `checker mentions FILE` prints; the run must succeed.
  std::vector<nlohmann::json> Mentions(const std::string& file) {
    RunResult run = Run("mentions " + file);
    EXPECT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err, "");
    std::vector<nlohmann::json> out;
    for (absl::string_view line :
         absl::StrSplit(run.out, '\n', absl::SkipEmpty())) {
      out.push_back(nlohmann::json::parse(line));
    }
    return out;
  }
};

// Markup is not text: "16&nbsp;May 1954" is one date, "<b>forty</b> days"
// one duration. Offsets are the file's, as extract's claims cite them.
TEST_F(MentionsInputTest, HtmlIsReadAsItsText) {
  const std::string html =
      "<html><body><p>It began on 16&nbsp;May 1954 and lasted "
      "<b>forty</b> days.</p></body></html>\n";
  Write("strike.html", html);
  const std::vector<nlohmann::json> m = Mentions("strike.html");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0]["text"], "16 May 1954");
  EXPECT_EQ(m[0]["kind"], "DATE");
  EXPECT_EQ(m[0]["earliest"], "1954-05-16");
  EXPECT_EQ(m[0]["precision"], "DAY");
  EXPECT_EQ(m[0]["begin"], html.find("16&nbsp;"));
  EXPECT_EQ(m[0]["end"], html.find(" and lasted"));
  EXPECT_EQ(m[1]["text"], "forty days");
  EXPECT_EQ(m[1]["kind"], "DURATION");
  EXPECT_EQ(m[1]["low_days"], 40);
  EXPECT_EQ(m[1]["begin"], html.find("forty"));
  EXPECT_EQ(m[1]["end"], html.find(".</p>"));
}

// A PDF's figures come from its page text, not from the numbers of its
// objects and page boxes, and carry the page's own label.
TEST_F(MentionsInputTest, PdfIsReadThroughItsPageText) {
  Write("camp.pdf", checker::testing::MakePdf({"The camp held 5,000 prisoners.",
                                               "It closed in June 1956."},
                                              /*first_label=*/41));
  const std::vector<nlohmann::json> m = Mentions("camp.pdf");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0]["text"], "5,000");
  EXPECT_EQ(m[0]["kind"], "QUANTITY");
  EXPECT_EQ(m[0]["low"], 5000);
  EXPECT_EQ(m[0]["page"], "41");
  EXPECT_EQ(m[1]["text"], "June 1956");
  EXPECT_EQ(m[1]["kind"], "DATE");
  EXPECT_EQ(m[1]["precision"], "MONTH");
  EXPECT_EQ(m[1]["page"], "42");
}

TEST_F(MentionsInputTest, DirectoryGivenAsFileIsNamedAndSkipped) {
  std::filesystem::create_directories(root_ / "notes.txt");
  Write("good.txt", "It lasted 40 days.\n");
  RunResult run = Run("mentions notes.txt good.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_THAT(run.err, HasSubstr("notes.txt: not a regular file"));
  std::vector<std::string> lines =
      absl::StrSplit(run.out, '\n', absl::SkipEmpty());
  ASSERT_EQ(lines.size(), 1u);
  EXPECT_THAT(lines[0], HasSubstr(R"("text":"40 days")"));
}

TEST_F(MentionsInputTest, EmptyFileHasNoMentions) {
  Write("empty.txt", "");
  EXPECT_THAT(Mentions("empty.txt"), ElementsAre());
}

}  // namespace
}  // namespace checker
