// `checker sources import` end to end: the binary, its files and exit codes.
#include <cstdlib>
#include <string>

#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/report_test_util.h"

namespace checker {
namespace {

using ::testing::HasSubstr;

std::string Checker() {
  const char* dir = std::getenv("CHECKER_BINARY_DIR");
  return absl::StrCat(dir == nullptr ? "build" : dir, "/bin/checker");
}

class SourcesImportTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = MakeTempDir();
    ASSERT_FALSE(dir_.empty());
  }
  CommandResult Import(const std::string& input, const std::string& out) {
    return RunCommand(absl::StrCat(Checker(), " sources import '", input,
                                   "' --out '", out, "'"));
  }
  std::string dir_;
};

constexpr char kCsl[] = R"json([
  {"id": "heller1986", "type": "book", "title": "Utopia in Power",
   "author": [{"family": "Heller", "given": "Mikhail"}],
   "issued": {"date-parts": [[1986]]}},
  {"id": 77, "type": "webpage", "title": "Camps"}
])json";

TEST_F(SourcesImportTest, WritesTextprotoAndLeavesAnIdenticalFileAlone) {
  ASSERT_TRUE(WriteFileAtomically(dir_ + "/refs.json", kCsl).ok());
  std::string out = dir_ + "/sources.textproto";
  CommandResult first = Import(dir_ + "/refs.json", out);
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, absl::StrCat("wrote 2 sources to ", out, "\n"));
  std::string text = *ReadFile(out);
  EXPECT_THAT(text, HasSubstr("id: \"heller1986\""));
  EXPECT_THAT(text, HasSubstr("id: \"77\""));
  EXPECT_THAT(text, HasSubstr("kind: WEB_PAGE"));
  CommandResult again = Import(dir_ + "/refs.json", out);
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("is already up to date (2 sources)"));
}

TEST_F(SourcesImportTest, NeverOverwritesADifferentFile) {
  ASSERT_TRUE(WriteFileAtomically(dir_ + "/refs.json", kCsl).ok());
  std::string out = dir_ + "/sources.textproto";
  ASSERT_TRUE(WriteFileAtomically(out, "# curated by hand\n").ok());
  CommandResult result = Import(dir_ + "/refs.json", out);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("exists and differs from this import; "
                                    "nothing written"));
  EXPECT_EQ(*ReadFile(out), "# curated by hand\n");
}

TEST_F(SourcesImportTest, SkipsMalformedEntryReportsItAndExitsTwo) {
  ASSERT_TRUE(WriteFileAtomically(dir_ + "/refs.json",
                                  "[{\"id\": \"ok\", \"title\": \"T\"},\n"
                                  " {\"id\": \"bad\" \"title\": \"U\"}]")
                  .ok());
  std::string out = dir_ + "/sources.textproto";
  CommandResult result = Import(dir_ + "/refs.json", out);
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("refs.json:2:15: entry 2 (byte 30) is "
                                    "not valid JSON"));
  EXPECT_THAT(result.err, HasSubstr("1 entry skipped (see above)"));
  EXPECT_THAT(*ReadFile(out), HasSubstr("id: \"ok\""));
  EXPECT_THAT(*ReadFile(out), ::testing::Not(HasSubstr("bad")));
}

TEST_F(SourcesImportTest, MissingInputIsUnusable) {
  CommandResult result = Import(dir_ + "/none.json", dir_ + "/s.textproto");
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("none.json: no such file"));
}

TEST_F(SourcesImportTest, BibTexGoesThroughPandoc) {
  if (!IsExecutable("/usr/bin/pandoc")) {
    GTEST_SKIP() << "pandoc is not installed (apt-get install pandoc)";
  }
  ASSERT_TRUE(WriteFileAtomically(dir_ + "/refs.bib",
                                  "@book{conquest1990,\n"
                                  "  author = {Conquest, Robert},\n"
                                  "  title = {The {Great} {Terror}},\n"
                                  "  year = {1990},\n"
                                  "  publisher = {Oxford University Press}\n"
                                  "}\n")
                  .ok());
  std::string out = dir_ + "/sources.textproto";
  CommandResult result = Import(dir_ + "/refs.bib", out);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  std::string text = *ReadFile(out);
  EXPECT_THAT(text, HasSubstr("id: \"conquest1990\""));
  EXPECT_THAT(text, HasSubstr("title: \"The Great Terror\""));
  EXPECT_THAT(text, HasSubstr("year: 1990"));
}

TEST_F(SourcesImportTest, BibTexWithoutPandocSaysHowToProceed) {
  ASSERT_TRUE(WriteFileAtomically(dir_ + "/refs.bib", "@book{x}\n").ok());
  CommandResult result = RunCommand(
      absl::StrCat("PATH=/nonexistent ", Checker(), " sources import '", dir_,
                   "/refs.bib' --out '", dir_, "/s.textproto'"));
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_THAT(result.err, HasSubstr("install it (apt-get install pandoc), or "
                                    "export CSL JSON from Zotero"));
}

}  // namespace
}  // namespace checker
