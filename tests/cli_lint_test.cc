// End-to-end tests of `checker lint`: exit codes 0/1/2, output streams.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/testing/cli_runner.h"
#include "tests/testing/seed_corpus.h"

namespace checker::testing {
namespace {

namespace fs = std::filesystem;

class CliLintTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    fs::create_directories(root_ / "claims");
    fs::create_directories(root_ / "docs" / "seeds");
    Write("claims/base.textproto",
          "entity { id: \"kengir\" name: \"Kengir uprising\" }\n"
          "attribute { id: \"deaths\" value_kind: VALUE_QUANTITY }\n"
          "source { id: \"s1\" title: \"T\" document { path: \"seeds/a.txt\" } "
          "}\n");
    Write("docs/seeds/a.txt", "In 1954, some 500 died there.\n");
  }
  // A claim whose quantity is [low, high] and whose span is [14, 17).
  void WriteClaim(int low, int high) {
    Write("claims/c.textproto",
          "claim {\n  id: \"c1\"\n  source: \"s1\"\n"
          "  subject { entity: \"kengir\" attribute: \"deaths\" }\n"
          "  quantity { low: " +
              std::to_string(low) + " high: " + std::to_string(high) +
              " }\n"
              "  provenance { document: \"seeds/a.txt\" begin: 14 end: 17 "
              "quote_begin: 9 quote: \"some 500 died\" }\n}\n");
  }
};

TEST_F(CliLintTest, CleanBaseExitsZeroWithSummaryOnStdout) {
  WriteClaim(500, 700);
  RunResult run = Run("lint claims --docs docs");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err, "");
  EXPECT_EQ(run.out,
            "claims: 2 files, 1 source, 1 entity, 1 attribute, 1 claim\n"
            "  claims by status: 1 without status\n"
            "  claims by value: 1 quantity\n"
            "  documents: 1 declared, 1 checked, 0 skipped (under docs)\n"
            "lint: 0 errors, 0 warnings\n");
}

TEST_F(CliLintTest, WarningsAloneStillExitZero) {
  WriteClaim(500, 700);
  RunResult run = Run("lint claims", "CHECKER_DOCS=");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err,
            "WARNING: no documents root; checks against the 1 declared "
            "document skipped — pass --docs DIR or set CHECKER_DOCS\n");
}

TEST_F(CliLintTest, ErrorExitsOneWithCaretOnStderr) {
  WriteClaim(700, 500);
  RunResult run = Run("lint claims --docs docs");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_EQ(run.err,
            "ERROR: claims/c.textproto:5:14: claim \"c1\": quantity low 700 is "
            "greater than high 500; swap them or fix the figures\n"
            "  quantity { low: 700 high: 500 }\n"
            "             ^\n");
  EXPECT_NE(run.out.find("lint: 1 error, 0 warnings\n"), std::string::npos);
}

TEST_F(CliLintTest, DocsRootComesFromTheEnvironment) {
  WriteClaim(500, 700);
  Write("docs/seeds/a.txt", "In 1954, some 600 died there.\n");
  RunResult run = Run("lint claims", "CHECKER_DOCS=docs");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.err.find("the text at [14, 17) of seeds/a.txt is \"600\""),
            std::string::npos)
      << run.err;
}

TEST_F(CliLintTest, MissingDirectoryExitsTwo) {
  RunResult run = Run("lint nowhere");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err,
            "checker lint: nowhere: no such claim base directory or file\n");
}

TEST_F(CliLintTest, BadUsageExitsTwoAndHelpExitsZero) {
  EXPECT_EQ(Run("lint").exit_code, 2);
  EXPECT_EQ(Run("lint claims --no-such-flag").exit_code, 2);
  RunResult help = Run("lint --help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--docs"), std::string::npos) << help.out;
}

TEST_F(CliLintTest, PackWritesABinaryBaseOnlyWhenClean) {
  WriteClaim(700, 500);
  EXPECT_EQ(Run("lint claims --pack c.binpb").exit_code, 1);
  EXPECT_FALSE(fs::exists(root_ / "c.binpb"));
  WriteClaim(500, 700);
  RunResult pack = Run("lint claims --docs docs --pack c.binpb");
  EXPECT_EQ(pack.exit_code, 0) << pack.err;
  RunResult packed = Run("lint c.binpb --docs docs");
  EXPECT_EQ(packed.exit_code, 0) << packed.err;
  EXPECT_EQ(packed.out.substr(0, packed.out.find('\n')),
            "c.binpb: 1 file, 1 source, 1 entity, 1 attribute, 1 claim");
}

// The root holding the seed corpus (its documents are "seeds/..."), or "".
std::string CorpusRoot() {
  const std::string seeds = SeedCorpusDir();
  if (seeds.empty()) return "";
  return fs::absolute(seeds).parent_path().string();
}

// The claim base bundled in claims/ (run from the repository root) must lint
// clean on its own...
TEST_F(CliLintTest, BundledClaimBaseIsClean) {
  const fs::path claims = fs::absolute("claims");
  ASSERT_TRUE(fs::is_directory(claims))
      << "no claims/ in " << fs::current_path();
  RunResult run = Run("lint '" + claims.string() + "'", "CHECKER_DOCS=");
  EXPECT_EQ(run.exit_code, 0) << run.err << run.out;
}

// ...and against the corpus documents: every span, size and hash. Skipped,
// saying so, when the corpus is absent (CI has it and fails on skips).
TEST_F(CliLintTest, BundledClaimBaseMatchesTheCorpusDocuments) {
  const std::string docs = CorpusRoot();
  if (docs.empty()) {
    GTEST_SKIP() << "seed corpus not found (set CHECKER_CORPUS_DIR to the "
                    "folder holding the seed documents)";
  }
  const fs::path claims = fs::absolute("claims");
  RunResult run = Run("lint '" + claims.string() + "' --docs '" + docs + "'",
                      "CHECKER_DOCS=");
  EXPECT_EQ(run.exit_code, 0) << run.err << run.out;
  EXPECT_THAT(run.out, ::testing::HasSubstr(" checked, 0 skipped (under "));
}

}  // namespace
}  // namespace checker::testing
