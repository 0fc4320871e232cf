// End-to-end: `checker mentions` loads each document as `extract` does
// (HTML as its text, PDF through poppler); mentions, extract and lint
// handle odd documents (a UTF-8 byte order mark, CRLF line ends, an empty
// file) and name the file and byte offset of one that is no text (a NUL
// byte, invalid UTF-8) or no file (a directory).
#include <sys/stat.h>

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

class DocumentInputCliTest : public testing::CliTest {
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
TEST_F(DocumentInputCliTest, HtmlIsReadAsItsText) {
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
TEST_F(DocumentInputCliTest, PdfIsReadThroughItsPageText) {
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

TEST_F(DocumentInputCliTest, DirectoryGivenAsFileIsNamedAndSkipped) {
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

// A FIFO given as a document is named, never opened for a read that would
// wait for a writer forever.
TEST_F(DocumentInputCliTest, FifoGivenAsDocumentIsNamedNotWaitedOn) {
  ASSERT_EQ(::mkfifo((root_ / "pipe.txt").c_str(), 0600), 0);
  Write("gazetteer.textproto", "");
  RunResult mentions = Run("mentions pipe.txt", "timeout 20");
  EXPECT_EQ(mentions.exit_code, 2);
  EXPECT_THAT(mentions.err, HasSubstr("pipe.txt: not a regular file"));
  RunResult extract =
      Run("extract pipe.txt --gazetteer gazetteer.textproto --out claims",
          "timeout 20");
  EXPECT_EQ(extract.exit_code, 2);
  EXPECT_THAT(extract.err, HasSubstr("pipe.txt: not a regular file"));
}

// An empty document has no mentions and no claims; its claim file names
// its source (the SHA-256 of no bytes) and passes lint.
TEST_F(DocumentInputCliTest, EmptyFileHasNoMentionsAndPassesLint) {
  Write("docs/empty.txt", "");
  Write("gazetteer.textproto", "");
  EXPECT_THAT(Mentions("docs/empty.txt"), ElementsAre());
  RunResult run =
      Run("extract docs --gazetteer gazetteer.textproto --out claims");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string claims =
      testing::Slurp(root_ / "claims" / "empty.textproto");
  EXPECT_THAT(claims, HasSubstr("sha256: \"e3b0c44298fc1c149afbf4c8996fb92427"
                                "ae41e4649b934ca495991b7852b855\""));
  EXPECT_EQ(testing::Count(claims, "claim {"), 0);
  RunResult lint = Run("lint claims --docs docs");
  EXPECT_EQ(lint.exit_code, 0) << lint.out << lint.err;
}

TEST_F(DocumentInputCliTest, NulByteIsNamedWithItsOffsetByMentions) {
  Write("nul.txt", std::string("It lasted 40 days.\0", 19));
  RunResult run = Run("mentions nul.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_THAT(run.err, HasSubstr("nul.txt: NUL byte at byte offset 18"));
}

// A NUL byte stops that document only: the others are extracted, nothing
// is written for it, and the exit code says a document failed.
TEST_F(DocumentInputCliTest, NulByteIsNamedWithItsOffsetByExtract) {
  Write("gazetteer.textproto", "");
  Write("docs/nul.txt", std::string("About 500 men.\0\0", 16));
  Write("docs/good.txt", "It lasted 40 days.\n");
  RunResult run =
      Run("extract docs --gazetteer gazetteer.textproto --out claims");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_THAT(run.err, HasSubstr("nul.txt: NUL byte at byte offset 14"));
  EXPECT_TRUE(std::filesystem::exists(root_ / "claims" / "good.textproto"));
  EXPECT_FALSE(std::filesystem::exists(root_ / "claims" / "nul.textproto"));
}

// A byte order mark and CRLF line ends: figures are found, quotes start
// at the first visible word, and the claims pass lint against the file.
TEST_F(DocumentInputCliTest, ByteOrderMarkAndCrlfAreReadAndPassLint) {
  Write("gazetteer.textproto", "");
  const std::string text =
      "\xEF\xBB\xBF"
      "About 500 men left.\r\n\r\nOn 5 March 1953 the rest "
      "left.\r\n";
  Write("docs/bom.txt", text);
  const std::vector<nlohmann::json> m = Mentions("docs/bom.txt");
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0]["text"], "About 500");
  EXPECT_EQ(m[0]["begin"], 3);  // after the three bytes of the mark
  EXPECT_EQ(m[1]["text"], "5 March 1953");
  EXPECT_EQ(m[1]["begin"], text.find("5 March"));
  RunResult run =
      Run("extract docs --gazetteer gazetteer.textproto --out claims");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string claims = testing::Slurp(root_ / "claims" / "bom.textproto");
  EXPECT_THAT(claims,
              HasSubstr("quote: \"About 500 men\"\n    quote_begin: 3\n"));
  RunResult lint = Run("lint claims --docs docs");
  EXPECT_EQ(lint.exit_code, 0) << lint.out << lint.err;
  EXPECT_THAT(lint.out, HasSubstr("lint: 0 errors, 0 warnings"));
}

}  // namespace
}  // namespace checker
