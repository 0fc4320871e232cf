// --allow-absolute-documents on every command that reads documents (lint,
// check, report, verify): without it a source whose document path is
// absolute is an error naming the file, line and column; with it the
// document is read and checked like any other.
#include <string>

#include "gtest/gtest.h"
#include "tests/testing/cli_runner.h"

namespace checker {
namespace {

using ::checker::testing::CliTest;
using ::checker::testing::RunResult;

class AbsoluteDocumentsTest : public CliTest {
 protected:
  // A base whose one source names its document by absolute path, outside
  // the documents root; `sha256` is the hash the source declares ("" none).
  void WriteBase(const std::string& sha256) {
    Write("elsewhere/ledger.txt", "The ledger lists 300 weavers.\n");
    Write("docs/.keep", "");
    Write("draft.md", "A short note with no figure in it.\n");
    const std::string hash =
        sha256.empty() ? "" : " sha256: \"" + sha256 + "\"";
    Write("claims/base.textproto",
          "source { id: \"s1\" title: \"Ledger\" document { path: \"" +
              (root_ / "elsewhere" / "ledger.txt").string() + "\"" + hash +
              " } }\n"
              "entity { id: \"mill\" name: \"Mill\" }\n"
              "attribute { id: \"weavers\" value_kind: VALUE_QUANTITY }\n"
              "claim { id: \"c1\" source: \"s1\" subject { entity: \"mill\" "
              "attribute: \"weavers\" } quantity { value: 300 } }\n");
  }
};

struct CommandRow {
  int line;
  std::string args;  // before the flags under test
  int refused_exit;  // without --allow-absolute-documents
};

const CommandRow kCommands[] = {
    {__LINE__, "lint claims", 1},
    {__LINE__, "check claims", 2},
    {__LINE__, "report claims --out out", 2},
    {__LINE__, "verify draft.md --claims claims", 2},
};

TEST_F(AbsoluteDocumentsTest, RefusedByDefaultAcceptedWithTheFlag) {
  WriteBase("");
  for (const CommandRow& row : kCommands) {
    SCOPED_TRACE(::testing::Message() << "row at line " << row.line);
    RunResult refused = Run(row.args + " --docs docs");
    EXPECT_EQ(refused.exit_code, row.refused_exit) << refused.err;
    EXPECT_NE(refused.err.find("claims/base.textproto:1:"), std::string::npos)
        << refused.err;
    EXPECT_NE(refused.err.find("/elsewhere/ledger.txt is absolute"),
              std::string::npos)
        << refused.err;

    RunResult allowed =
        Run(row.args + " --docs docs --allow-absolute-documents");
    EXPECT_EQ(allowed.exit_code, 0) << allowed.err;
    EXPECT_EQ(allowed.err.find("absolute"), std::string::npos) << allowed.err;
  }
  // lint says the document was read, not skipped.
  RunResult lint = Run("lint claims --docs docs --allow-absolute-documents");
  EXPECT_NE(lint.out.find("documents: 1 declared, 1 checked, 0 skipped"),
            std::string::npos)
      << lint.out;
}

// Allowing the path does not switch the checks off: a declared hash that
// does not match the file is still an error.
TEST_F(AbsoluteDocumentsTest, AllowedDocumentIsStillChecked) {
  WriteBase(std::string(64, '0'));
  RunResult lint = Run("lint claims --docs docs --allow-absolute-documents");
  EXPECT_EQ(lint.exit_code, 1) << lint.err;
  EXPECT_NE(lint.err.find("sha256"), std::string::npos) << lint.err;
  RunResult check = Run("check claims --docs docs --allow-absolute-documents");
  EXPECT_EQ(check.exit_code, 2) << check.err;
}

}  // namespace
}  // namespace checker
