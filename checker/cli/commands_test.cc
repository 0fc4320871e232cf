// The command line as a whole, run in process through RunCli: the policy
// every subcommand shares (unknown subcommands, help, --fail-on, which
// claim bases are unusable, --docs) and the promises of each help text.
#include "checker/cli/commands.h"

#include <filesystem>
#include <initializer_list>
#include <sstream>
#include <string>
#include <vector>

#include "checker/cli/cli_test_util.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class CommandsTest : public testing::TempDirTest {
 protected:
  void SetUp() override {
    TempDirTest::SetUp();
    WriteStalinBase("claims", "docs");
    Write("draft.md", "Stalin died on 9 March 1953.\n");
  }

  // `checker ARGS...`; output in out_ and err_.
  int Run(std::initializer_list<std::string> args) {
    std::vector<std::string> words = {"checker"};
    words.insert(words.end(), args.begin(), args.end());
    std::vector<const char*> argv;
    for (const std::string& w : words) argv.push_back(w.c_str());
    out_.str("");
    err_.str("");
    return RunCli(static_cast<int>(argv.size()), argv.data(), out_, err_);
  }

  std::ostringstream out_;
  std::ostringstream err_;
};

TEST_F(CommandsTest, UnknownSubcommandSaysSo) {
  EXPECT_EQ(Run({"frobnicate"}), 2);
  EXPECT_THAT(err_.str(), HasSubstr("unknown subcommand \"frobnicate\""));
  EXPECT_THAT(err_.str(), Not(HasSubstr("A subcommand is required")));
  EXPECT_EQ(Run({"frobnicate", "--help"}), 2);
  EXPECT_EQ(out_.str(), "");
}

TEST_F(CommandsTest, NoSubcommandIsAUsageError) {
  EXPECT_EQ(Run({}), 2);
  EXPECT_THAT(err_.str(), HasSubstr("subcommand"));
}

TEST_F(CommandsTest, SubcommandHelpIsThatSubcommandsHelp) {
  EXPECT_EQ(Run({"check", "--help"}), 0);
  EXPECT_THAT(out_.str(), HasSubstr("checker check"));
  EXPECT_THAT(out_.str(), HasSubstr("--fail-on"));
  EXPECT_THAT(out_.str(), Not(HasSubstr("Subcommands:")));
  EXPECT_EQ(Run({"verify", "--help"}), 0);
  EXPECT_THAT(out_.str(), HasSubstr("DRAFT.checked.md"));
  EXPECT_EQ(Run({"--help"}), 0);
  EXPECT_THAT(out_.str(), HasSubstr("mentions"));
}

TEST_F(CommandsTest, CleanBaseRunsAndConflictFails) {
  EXPECT_EQ(Run({"check", Path("claims")}), 1) << err_.str();
  EXPECT_THAT(out_.str(), HasSubstr("CONFLICT  stalin date_of_death"));
  EXPECT_EQ(Run({"check", Path("claims"), "--docs", Path("docs")}), 1)
      << err_.str();
}

TEST_F(CommandsTest, FailOnIsCaseInsensitiveInEveryCommand) {
  EXPECT_EQ(Run({"check", Path("claims"), "--fail-on", "Never"}), 0)
      << err_.str();
  EXPECT_EQ(Run({"report", Path("claims"), "--out", Path("out"), "--fail-on",
                 "CONFLICT"}),
            1)
      << err_.str();
  EXPECT_EQ(Run({"verify", Path("draft.md"), "--claims", Path("claims"),
                 "--fail-on", "NEVER"}),
            0)
      << err_.str();
}

TEST_F(CommandsTest, UnknownFailOnIsAnErrorInEveryCommand) {
  EXPECT_EQ(Run({"check", Path("claims"), "--fail-on", "often"}), 2);
  EXPECT_THAT(err_.str(), HasSubstr("--fail-on: unknown value \"often\""));
  EXPECT_EQ(Run({"report", Path("claims"), "--out", Path("out"), "--fail-on",
                 "often"}),
            2);
  EXPECT_THAT(err_.str(), HasSubstr("--fail-on: unknown value \"often\""));
  // verify used to fall back to "contradicted" without a word.
  EXPECT_EQ(Run({"verify", Path("draft.md"), "--claims", Path("claims"),
                 "--fail-on", "often"}),
            2);
  EXPECT_THAT(err_.str(), HasSubstr("--fail-on: unknown value \"often\""));
}

// Every way a base can be unusable, for every command that trusts it.
TEST_F(CommandsTest, UnusableBaseStopsCheckReportAndVerify) {
  const struct {
    int line;
    const char* file;
    const char* text;
    const char* message;  // part of the lint message that must be shown
  } kCases[] = {
      {__LINE__, "claims/dup.textproto",
       "claim { id: \"death_5\" source: \"web\" subject { entity: "
       "\"stalin\" attribute: \"date_of_death\" } date { earliest: "
       "\"1953-03-01\" latest: \"1953-03-01\" precision: PRECISION_DAY } "
       "status: CONFIRMED }",
       "death_5"},
      {__LINE__, "claims/unknown_source.textproto",
       "claim { id: \"x1\" source: \"nobody\" subject { entity: \"stalin\" "
       "attribute: \"date_of_death\" } date { earliest: \"1953-03-01\" "
       "latest: \"1953-03-01\" precision: PRECISION_DAY } status: CONFIRMED }",
       "nobody"},
      {__LINE__, "claims/unknown_entity.textproto",
       "claim { id: \"x2\" source: \"web\" subject { entity: \"lenin\" "
       "attribute: \"date_of_death\" } date { earliest: \"1924-01-21\" "
       "latest: \"1924-01-21\" precision: PRECISION_DAY } status: CONFIRMED }",
       "lenin"},
      {__LINE__, "claims/broken.textproto",
       "claim { id: ", "broken.textproto:1:"},
  };
  for (const auto& c : kCases) {
    SetUp();
    Write(c.file, c.text);
    EXPECT_EQ(Run({"check", Path("claims")}), 2) << "line " << c.line;
    EXPECT_THAT(err_.str(), HasSubstr(c.message)) << "line " << c.line;
    EXPECT_THAT(err_.str(), HasSubstr("has errors")) << "line " << c.line;
    EXPECT_EQ(out_.str(), "") << "line " << c.line;

    EXPECT_EQ(Run({"report", Path("claims"), "--out", Path("out")}), 2)
        << "line " << c.line;
    EXPECT_THAT(err_.str(), HasSubstr(c.message)) << "line " << c.line;
    EXPECT_FALSE(std::filesystem::exists(Path("out"))) << "line " << c.line;

    EXPECT_EQ(Run({"verify", Path("draft.md"), "--claims", Path("claims")}), 2)
        << "line " << c.line;
    EXPECT_THAT(err_.str(), HasSubstr(c.message)) << "line " << c.line;
    EXPECT_THAT(out_.str(), Not(HasSubstr("CONTRADICTED")))
        << "line " << c.line;
  }
}

// A claim cited from a document no source declares: its value is sound, so
// the verdicts stand and the error is shown; with --docs, which asks for
// the citations to be checked, it stops the run.
TEST_F(CommandsTest, CitationErrorsAreShownAndStopOnlyWithDocs) {
  Write("claims/undeclared.textproto",
        "claim { id: \"death_5b\" source: \"web\" subject { entity: "
        "\"stalin\" attribute: \"date_of_death\" } date { earliest: "
        "\"1953-03-09\" latest: \"1953-03-09\" precision: PRECISION_DAY } "
        "provenance { document: \"memoir.txt\" begin: 0 end: 4 } "
        "status: CONFIRMED }");
  EXPECT_EQ(Run({"check", Path("claims")}), 1) << err_.str();
  EXPECT_THAT(err_.str(),
              HasSubstr("document \"memoir.txt\" is not declared by any "
                        "source"));
  EXPECT_THAT(err_.str(), HasSubstr("1 error above concern only where claims "
                                    "are cited"));
  EXPECT_THAT(out_.str(), HasSubstr("CONFLICT  stalin date_of_death"));
  EXPECT_EQ(Run({"check", Path("claims"), "--docs", Path("docs")}), 2);
  EXPECT_THAT(err_.str(), HasSubstr("has errors (above)"));
}

TEST_F(CommandsTest, MissingDocsRootIsAnError) {
  const std::string missing = Path("no_such_docs");
  EXPECT_EQ(Run({"check", Path("claims"), "--docs", missing}), 2);
  EXPECT_THAT(err_.str(), HasSubstr(missing + " is not a directory"));
  EXPECT_EQ(
      Run({"report", Path("claims"), "--out", Path("out"), "--docs", missing}),
      2);
  EXPECT_THAT(err_.str(), HasSubstr(missing + " is not a directory"));
  EXPECT_EQ(Run({"verify", Path("draft.md"), "--claims", Path("claims"),
                 "--docs", missing}),
            2);
  EXPECT_THAT(err_.str(), HasSubstr(missing + " is not a directory"));
  EXPECT_EQ(Run({"lint", Path("claims"), "--docs", missing}), 2);
  EXPECT_THAT(err_.str(), HasSubstr(missing + " is not a directory"));
}

TEST_F(CommandsTest, DocsRootChecksSpansAgainstTheDocuments) {
  // The document changed: bytes 10 to 23 no longer hold the quoted date.
  Write("docs/a.txt", "Death on: March 6, 1953.\n");  // was March 5
  EXPECT_EQ(Run({"check", Path("claims"), "--docs", Path("docs")}), 2);
  EXPECT_THAT(err_.str(), HasSubstr("\"March 6, 1953\""));
  EXPECT_THAT(err_.str(), HasSubstr("re-anchor"));
  EXPECT_EQ(Run({"report", Path("claims"), "--out", Path("out"), "--docs",
                 Path("docs")}),
            2);
  EXPECT_THAT(err_.str(), HasSubstr("re-anchor"));
  EXPECT_EQ(Run({"verify", Path("draft.md"), "--claims", Path("claims"),
                 "--docs", Path("docs")}),
            2);
  EXPECT_THAT(err_.str(), HasSubstr("re-anchor"));
  // Without --docs the documents are not read: the same base is usable.
  EXPECT_EQ(Run({"check", Path("claims")}), 1) << err_.str();
}

TEST_F(CommandsTest, VerifyMarkdownDefaultsToDraftDotCheckedMd) {
  EXPECT_EQ(Run({"verify", Path("draft.md"), "--claims", Path("claims"),
                 "--format", "md", "--fail-on", "never"}),
            0)
      << err_.str();
  EXPECT_TRUE(std::filesystem::exists(Path("draft.checked.md")));
  EXPECT_FALSE(std::filesystem::exists(Path("draft.md.checked.md")));
  EXPECT_THAT(err_.str(), HasSubstr("wrote " + Path("draft.checked.md")));
}

TEST_F(CommandsTest, VerifyWritesToTheGivenStream) {
  EXPECT_EQ(Run({"verify", Path("draft.md"), "--claims", Path("claims"),
                 "--fail-on", "never"}),
            0)
      << err_.str();
  EXPECT_THAT(out_.str(), HasSubstr("1953"));
}

TEST_F(CommandsTest, ExtractSaysWhenItCannotCreateTheOutputDirectory) {
  Write("blocker", "a file where the output folder should go\n");
  EXPECT_EQ(Run({"extract", "--gazetteer", Path("claims"), Path("draft.md"),
                 "--out", Path("blocker/out")}),
            2);
  EXPECT_THAT(err_.str(), HasSubstr(Path("blocker/out") +
                                    ": cannot create the output directory"));
}

TEST_F(CommandsTest, BadReferenceDateIsRejectedByMentionsAndExtractAlike) {
  EXPECT_EQ(Run({"mentions", Path("draft.md"), "--reference-date", "1953-3-5"}),
            2);
  EXPECT_THAT(err_.str(), HasSubstr("\"1953-3-5\" is not an ISO date"));
  EXPECT_EQ(Run({"extract", "--gazetteer", Path("claims"), Path("draft.md"),
                 "--out", Path("extracted"), "--reference-date", "1953-3-5"}),
            2);
  EXPECT_THAT(err_.str(), HasSubstr("\"1953-3-5\" is not an ISO date"));
  EXPECT_EQ(
      Run({"mentions", Path("draft.md"), "--reference-date", "1953-02-30"}), 2);
  EXPECT_THAT(err_.str(), HasSubstr("does not exist in the calendar"));
  EXPECT_EQ(
      Run({"mentions", Path("draft.md"), "--reference-date", "1953-03-05"}), 0)
      << err_.str();
}

}  // namespace
}  // namespace checker
