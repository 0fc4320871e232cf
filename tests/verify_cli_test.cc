// End-to-end tests of `checker verify`: the committed example outputs are
// current, exit codes follow --fail-on, and the draft is never written over.
//
// To refresh the example outputs after an intended change:
//   CHECKER_UPDATE_EXAMPLES=1 build/tests/verify_cli_test
// then review `git diff examples/`.
#include <sys/wait.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <string>

#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using ::testing::HasSubstr;

constexpr char kDraft[] = "examples/draft.md";
constexpr char kClaims[] = "claims";
constexpr char kTextGolden[] = "examples/draft.verify.txt";
constexpr char kMarkdownGolden[] = "examples/draft.checked.md";

struct CheckerRun {
  int exit_code = -1;
  std::string out;
};

std::string CheckerBinary() {
  const char* dir = std::getenv("CHECKER_BINARY_DIR");
  return absl::StrCat(dir == nullptr ? "build" : dir, "/bin/checker");
}

// Runs `checker ARGS` from the repository root; stderr is discarded.
CheckerRun RunChecker(const std::string& args) {
  CheckerRun run;
  const std::string command =
      absl::StrCat(CheckerBinary(), " ", args, " 2>/dev/null");
  FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) return run;
  char buffer[4096];
  size_t n;
  while ((n = fread(buffer, 1, sizeof buffer, pipe)) > 0)
    run.out.append(buffer, n);
  const int status = pclose(pipe);
  run.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return run;
}

std::string TempDir(const std::string& name) {
  const std::string dir =
      absl::StrCat(::testing::TempDir(), "verify_cli_", name);
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  return dir;
}

std::string Contents(const std::string& path) {
  absl::StatusOr<std::string> text = ReadFile(path);
  return text.ok() ? *text : absl::StrCat("<unreadable: ", path, ">");
}

bool Updating() { return std::getenv("CHECKER_UPDATE_EXAMPLES") != nullptr; }

class VerifyCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    if (!std::filesystem::exists(CheckerBinary())) {
      GTEST_SKIP() << "no checker binary at " << CheckerBinary();
    }
  }
};

TEST_F(VerifyCliTest, ExampleTextOutputIsCurrent) {
  const CheckerRun run =
      RunChecker(absl::StrCat("verify ", kDraft, " --claims ", kClaims));
  EXPECT_EQ(run.exit_code, 1) << "the example has contradicted figures";
  if (Updating()) {
    ASSERT_TRUE(WriteFileAtomically(kTextGolden, run.out).ok());
  }
  EXPECT_EQ(run.out, Contents(kTextGolden))
      << "examples/draft.verify.txt is stale; see this file's header";
}

TEST_F(VerifyCliTest, ExampleAnnotatedCopyIsCurrentAndTheDraftUntouched) {
  const std::string before = Contents(kDraft);
  const std::string out = TempDir("example") + "/draft.checked.md";
  const CheckerRun run = RunChecker(absl::StrCat(
      "verify ", kDraft, " --claims ", kClaims, " --format md --out ", out));
  EXPECT_EQ(run.exit_code, 1);
  if (Updating()) {
    ASSERT_TRUE(WriteFileAtomically(kMarkdownGolden, Contents(out)).ok());
  }
  EXPECT_EQ(Contents(out), Contents(kMarkdownGolden))
      << "examples/draft.checked.md is stale; see this file's header";
  EXPECT_EQ(Contents(kDraft), before);
}

TEST_F(VerifyCliTest, MarkdownGoesNextToTheDraftByDefault) {
  const std::string dir = TempDir("default_out");
  const std::string draft = dir + "/chapter.md";
  ASSERT_TRUE(WriteFileAtomically(draft, Contents(kDraft)).ok());
  const CheckerRun run = RunChecker(absl::StrCat(
      "verify ", draft, " --claims ", kClaims, " --format md --fail-on never"));
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(Contents(draft), Contents(kDraft));
  EXPECT_THAT(Contents(dir + "/chapter.checked.md"), HasSubstr("[^v1]"));
}

TEST_F(VerifyCliTest, RefusesToWriteOverTheDraft) {
  const std::string dir = TempDir("refuse");
  const std::string draft = dir + "/chapter.md";
  ASSERT_TRUE(WriteFileAtomically(draft, Contents(kDraft)).ok());
  for (const char* format : {"md", "text", "json", "html"}) {
    const CheckerRun run = RunChecker(
        absl::StrCat("verify ", draft, " --claims ", kClaims, " --format ",
                     format, " --out ", dir, "/./chapter.md"));
    EXPECT_EQ(run.exit_code, 2) << format;
    EXPECT_EQ(Contents(draft), Contents(kDraft)) << format;
  }
}

TEST_F(VerifyCliTest, ExitCodesFollowFailOn) {
  const std::string base =
      absl::StrCat("verify ", kDraft, " --claims ", kClaims);
  EXPECT_EQ(RunChecker(base).exit_code, 1);
  EXPECT_EQ(RunChecker(base + " --fail-on contradicted").exit_code, 1);
  EXPECT_EQ(RunChecker(base + " --fail-on unsupported").exit_code, 1);
  EXPECT_EQ(RunChecker(base + " --fail-on never").exit_code, 0);
  EXPECT_EQ(RunChecker(base + " --fail-on sometimes").exit_code, 2);
  EXPECT_EQ(RunChecker(base + " --format pdf").exit_code, 2);
}

TEST_F(VerifyCliTest, UnsupportedFailsOnlyWhenAsked) {
  // The claim base knows the Vorkuta strike but has no figure for how long
  // it lasted.
  const std::string dir = TempDir("unsupported");
  const std::string draft = dir + "/note.md";
  ASSERT_TRUE(WriteFileAtomically(
                  draft, "At Vorkuta the strike lasted about two weeks.\n")
                  .ok());
  const std::string base =
      absl::StrCat("verify ", draft, " --claims ", kClaims);
  const CheckerRun json = RunChecker(base + " --format json");
  EXPECT_EQ(json.exit_code, 0);
  EXPECT_THAT(json.out, HasSubstr("\"outcome\":\"UNSUPPORTED\""));
  EXPECT_THAT(json.out, HasSubstr("\"entity\":\"vorkuta_uprising\""));
  EXPECT_EQ(RunChecker(base + " --fail-on unsupported").exit_code, 1);
}

TEST_F(VerifyCliTest, HtmlIsOneSelfContainedPage) {
  const CheckerRun html = RunChecker(
      absl::StrCat("verify ", kDraft, " --claims ", kClaims, " --format html"));
  EXPECT_EQ(html.exit_code, 1);
  EXPECT_THAT(html.out, HasSubstr("<!DOCTYPE html>"));
  EXPECT_THAT(html.out, HasSubstr("<tr class=\"contradicted\">"));
  EXPECT_THAT(html.out, HasSubstr("</html>\n"));
}

TEST_F(VerifyCliTest, UnusableInputExitsTwo) {
  EXPECT_EQ(
      RunChecker(absl::StrCat("verify no/such/draft.md --claims ", kClaims))
          .exit_code,
      2);
  EXPECT_EQ(RunChecker(absl::StrCat("verify ", kDraft, " --claims no/such/dir"))
                .exit_code,
            2);
  const std::string dir = TempDir("bad_utf8");
  ASSERT_TRUE(
      WriteFileAtomically(dir + "/bad.md", "Forty days \xff\xfe.\n").ok());
  EXPECT_EQ(
      RunChecker(absl::StrCat("verify ", dir, "/bad.md --claims ", kClaims))
          .exit_code,
      2);
}

}  // namespace
}  // namespace checker
