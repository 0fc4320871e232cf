// End-to-end tests of what `checker extract` promises about claim files a
// person has worked on: re-runs keep comments, formatting, UTF-8 and notes;
// a run that changes nothing touches no file; documents whose names map to
// one claim file are an error, not an overwrite; reviewed claims follow
// their text when a document changes; stale temporary files are cleaned;
// unreviewed claims move to the source that now lists their document.
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>
#include <string>

#include "checker/text/pdf_test_util.h"
#include "gtest/gtest.h"
#include "tests/testing/cli_runner.h"

namespace checker::testing {
namespace {

namespace fs = std::filesystem;

// The "claim {" block of `file` whose `text:` line contains `figure`, from
// its first byte to its closing "}\n" ("" if none).
std::string BlockWithText(const std::string& file, const std::string& figure) {
  for (size_t at = file.find("\n  text: \""); at != std::string::npos;
       at = file.find("\n  text: \"", at + 1)) {
    const size_t line_end = file.find('\n', at + 1);
    if (file.substr(at, line_end - at).find(figure) == std::string::npos) {
      continue;
    }
    const size_t begin = file.rfind("claim {", at);
    const size_t end = file.find("\n}\n", at);
    if (begin == std::string::npos || end == std::string::npos) return "";
    return file.substr(begin, end + 3 - begin);
  }
  return "";
}

// The number after `field: ` inside `block` (-1 if absent).
long FieldNumber(const std::string& block, const std::string& field) {
  const size_t at = block.find("\n    " + field + ": ");
  if (at == std::string::npos) return -1;
  return std::atol(block.c_str() + at + field.size() + 7);
}

// `file` without the lines recording a document's hash and size, which
// extract refreshes in the source it made when the document changes.
std::string WithoutDocumentHash(const std::string& file) {
  std::string out;
  size_t at = 0;
  while (at < file.size()) {
    size_t end = file.find('\n', at);
    end = end == std::string::npos ? file.size() : end + 1;
    const std::string line = file.substr(at, end - at);
    if (line.rfind("    sha256: ", 0) != 0 &&
        line.rfind("    size: ", 0) != 0) {
      out += line;
    }
    at = end;
  }
  return out;
}

int64_t MtimeNs(const fs::path& path) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return -1;
  return static_cast<int64_t>(st.st_mtim.tv_sec) * 1000000000 +
         st.st_mtim.tv_nsec;
}

class ClaimFileE2eTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    Write("gazetteer.textproto",
          "entity { id: \"kengir_uprising\" kind: EVENT name: \"Kengir "
          "uprising\" name: \"Kengir\" }\n");
    Write("docs/a.txt", kText);
  }
  RunResult Extract(const std::string& extra = "") {
    return Run("extract --gazetteer gazetteer.textproto docs --out out " +
               extra);
  }
  fs::path OutA() const { return root_ / "out" / "a.textproto"; }

  // Two figures in two sentences, far enough apart for distinct quotes.
  static constexpr char kText[] =
      "The Kengir uprising lasted 40 days in the steppe. Afterwards some 700 "
      "prisoners were moved away from Kengir. The camp itself was closed "
      "later on.\n";
};

// Marks the claim of `figure` in `file` CONFIRMED with `note` and returns the
// edited file.
std::string Confirm(const std::string& file, const std::string& figure,
                    const std::string& note) {
  const std::string block = BlockWithText(file, figure);
  EXPECT_FALSE(block.empty()) << figure << " in " << file;
  std::string edited = block;
  const size_t status = edited.find("status: EXTRACTED");
  edited.replace(status, 17, "status: CONFIRMED\n  note: \"" + note + "\"");
  std::string out = file;
  out.replace(out.find(block), block.size(), edited);
  return out;
}

TEST_F(ClaimFileE2eTest, ReRunKeepsCommentsFormattingUtf8AndNotesOfCandidates) {
  ASSERT_EQ(Extract().exit_code, 0);
  std::string file = Slurp(OutA());
  // A person confirms "40 days" with a UTF-8 note and squeezes its block
  // onto fewer lines, comments the file, and notes the unreviewed "700".
  file = Confirm(file, "40 days", "vérifié — Solzhenitsyn, vol. 3");
  const std::string confirmed = BlockWithText(file, "40 days");
  std::string squeezed = confirmed;
  for (size_t at = squeezed.find("\n    "); at != std::string::npos;
       at = squeezed.find("\n    ")) {
    squeezed.replace(at, 5, " ");
  }
  file.replace(file.find(confirmed), confirmed.size(), squeezed);
  file = "# My review notes: the count of 700 is disputed.\n" + file;
  const std::string seven = BlockWithText(file, "700");
  ASSERT_FALSE(seven.empty()) << file;
  std::string noted = seven;
  noted.replace(noted.find("status: EXTRACTED"), 17,
                "status: EXTRACTED\n  note: \"ask Olga\"");
  file.replace(file.find(seven), seven.size(),
               "# look again at this one\n" + noted);
  Write("out/a.textproto", file);

  RunResult run = Extract();
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string again = Slurp(OutA());
  EXPECT_EQ(again, file) << "nothing changed in the document, so nothing "
                            "in the file may change";
  // A document change elsewhere refreshes candidates; the hand work stays.
  Write("docs/a.txt", std::string(kText) + "Later 300 more left Kengir.\n");
  run = Extract();
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string changed = Slurp(OutA());
  EXPECT_EQ(WithoutDocumentHash(changed).rfind(WithoutDocumentHash(file), 0),
            0u)
      << "the old file must stay a byte-for-byte prefix:\n"
      << changed;
  EXPECT_NE(BlockWithText(changed, "300"), "") << changed;
  EXPECT_EQ(Count(changed, "vérifié — Solzhenitsyn"), 1) << changed;
  EXPECT_EQ(Count(changed, "\\303"), 0) << "no octal escapes: " << changed;
}

// A person corrects the extracted "40 days" to 41 (the last day counted):
// re-runs keep the CORRECTED value and add no second claim for the same
// words, whether the document is unchanged or grew elsewhere.
TEST_F(ClaimFileE2eTest, CorrectedClaimSurvivesReRunsWithItsValue) {
  ASSERT_EQ(Extract().exit_code, 0);
  std::string file = Slurp(OutA());
  const std::string block = BlockWithText(file, "40 days");
  ASSERT_NE(block, "") << file;
  std::string corrected = block;
  for (const std::string field : {"amount", "low_days", "high_days"}) {
    const std::string from = field + ": 40\n";
    const size_t at = corrected.find(from);
    ASSERT_NE(at, std::string::npos) << field << " in " << block;
    corrected.replace(at, from.size(), field + ": 41\n");
  }
  const size_t status = corrected.find("status: EXTRACTED");
  ASSERT_NE(status, std::string::npos) << block;
  corrected.replace(status, 17,
                    "status: CORRECTED\n  note: \"the last day counts\"");
  file.replace(file.find(block), block.size(), corrected);
  Write("out/a.textproto", file);

  RunResult run = Extract();
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(Slurp(OutA()), file) << "an unchanged document changes nothing";

  Write("docs/a.txt", std::string(kText) + "Nobody counted the guards.\n");
  run = Extract();
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string after = Slurp(OutA());
  EXPECT_EQ(BlockWithText(after, "40 days"), corrected) << after;
  EXPECT_EQ(Count(after, "text: \"40 days\""), 1)
      << "no new candidate beside the corrected claim:\n"
      << after;
  EXPECT_EQ(Count(after, "amount: 40"), 0) << after;
}

TEST_F(ClaimFileE2eTest, NoOpReRunTouchesNoFile) {
  Write("docs/b.txt", "Kengir lasted 40 days.\n");
  ASSERT_EQ(Extract().exit_code, 0);
  const fs::path b = root_ / "out" / "b.textproto";
  const int64_t a_before = MtimeNs(OutA());
  const int64_t b_before = MtimeNs(b);
  ::usleep(20000);  // so a rewrite would show in the mtime
  ASSERT_EQ(Extract().exit_code, 0);
  EXPECT_EQ(MtimeNs(OutA()), a_before);
  EXPECT_EQ(MtimeNs(b), b_before);
}

TEST_F(ClaimFileE2eTest,
       DocumentsMappingToOneClaimFileAreAnErrorNotAnOverwrite) {
  fs::remove(root_ / "docs" / "a.txt");
  Write("docs/a/x.txt", "Kengir lasted 40 days.\n");
  Write("docs/a_x.txt", "Kengir lasted 41 days.\n");
  Write("docs/a_x.md", "Kengir lasted 42 days.\n");
  RunResult run = Extract();
  EXPECT_EQ(run.exit_code, 2) << run.err;
  const std::string file = Slurp(root_ / "out" / "a_x.textproto");
  // The first document (sorted) keeps the name; the two others are errors
  // naming both documents, and none of their claims is written anywhere.
  EXPECT_NE(file.find("40 days"), std::string::npos) << file;
  EXPECT_EQ(file.find("41 days"), std::string::npos) << file;
  EXPECT_EQ(file.find("42 days"), std::string::npos) << file;
  EXPECT_NE(run.err.find("\"a_x.md\" and \"a/x.txt\" would both write"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("\"a_x.txt\" and \"a/x.txt\" would both write"),
            std::string::npos)
      << run.err;
  // A later run over only the other document does not overwrite the file
  // either: it holds a/x.txt's claims.
  fs::remove_all(root_ / "docs" / "a");
  fs::remove(root_ / "docs" / "a_x.md");
  run = Extract();
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("holds the claims of \"a/x.txt\""), std::string::npos)
      << run.err;
  EXPECT_EQ(Slurp(root_ / "out" / "a_x.textproto"), file);
}

TEST_F(ClaimFileE2eTest, ReviewedClaimsFollowTheirTextWhenAPrefaceIsAdded) {
  ASSERT_EQ(Extract().exit_code, 0);
  std::string file = Confirm(Slurp(OutA()), "40 days", "checked");
  Write("out/a.textproto", file);
  const std::string before = BlockWithText(file, "40 days");
  const long begin = FieldNumber(before, "begin");
  ASSERT_GT(begin, 0) << before;
  const std::string preface = "Preface to the second edition.\n\n";
  Write("docs/a.txt", preface + kText);

  RunResult run = Extract();
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.err.find("VANISHED"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("RE-ANCHORED"), std::string::npos) << run.err;
  const std::string after = Slurp(OutA());
  // One claim for "40 days", still confirmed with its note, at the new
  // offset; the unreviewed "700" is refreshed at its new place, not doubled.
  EXPECT_EQ(Count(after, "text: \"40 days\""), 1) << after;
  const std::string moved = BlockWithText(after, "40 days");
  EXPECT_NE(moved.find("status: CONFIRMED"), std::string::npos) << moved;
  EXPECT_NE(moved.find("note: \"checked\""), std::string::npos) << moved;
  EXPECT_EQ(FieldNumber(moved, "begin"),
            begin + static_cast<long>(preface.size()))
      << moved;
  EXPECT_EQ(Count(after, "700"), Count(file, "700")) << after;
  Write("out/gazetteer.textproto",
        Slurp(root_ / "gazetteer.textproto") +
            "attribute { id: \"duration\" value_kind: VALUE_DURATION }\n");
  const std::string lint = Run("lint out --docs docs").err;
  EXPECT_EQ(lint.find("ERROR"), std::string::npos) << lint;
}

// Claims extracted from a PDF point into its extracted text; lint checks
// them against that text (and the hash against the file's bytes), so they
// pass lint against the same document like claims from any other format.
TEST_F(ClaimFileE2eTest, ClaimsFromAPdfPassLintAgainstThePdf) {
  fs::remove(root_ / "docs" / "a.txt");
  Write("docs/b.pdf",
        checker::testing::MakePdf(
            {"The Kengir uprising lasted 40 days in the steppe."}));
  ASSERT_EQ(Extract().exit_code, 0);
  const std::string claims = Slurp(root_ / "out" / "b.textproto");
  EXPECT_NE(BlockWithText(claims, "40 days"), "") << claims;
  Write("out/gazetteer.textproto",
        Slurp(root_ / "gazetteer.textproto") +
            "attribute { id: \"duration\" value_kind: VALUE_DURATION }\n");
  RunResult lint = Run("lint out --docs docs");
  EXPECT_EQ(lint.err.find("ERROR"), std::string::npos) << lint.err;
  EXPECT_EQ(lint.exit_code, 0) << lint.err;
}

TEST_F(ClaimFileE2eTest, ReviewedClaimWhoseTextIsGoneIsReportedOnce) {
  ASSERT_EQ(Extract().exit_code, 0);
  Write("out/a.textproto", Confirm(Slurp(OutA()), "700", "a real count"));
  Write("docs/a.txt", "The Kengir uprising lasted 40 days in the steppe.\n");
  RunResult run = Extract();
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(Count(run.err, "VANISHED"), 1) << run.err;
  EXPECT_NE(run.err.find("could not be re-anchored"), std::string::npos)
      << run.err;
  const std::string after = Slurp(OutA());
  EXPECT_NE(BlockWithText(after, "700").find("a real count"), std::string::npos)
      << "kept for a person to decide: " << after;
}

TEST_F(ClaimFileE2eTest, HandAddedClaimIsNotReportedVanished) {
  ASSERT_EQ(Extract().exit_code, 0);
  const std::string text = kText;
  const size_t at = text.find("the steppe");
  Write("out/a.textproto",
        Slurp(OutA()) +
            "claim { id: \"mine\" source: \"a\" status: CONFIRMED\n"
            "  subject { entity: \"kengir_uprising\" attribute: \"place\" }\n"
            "  text: \"the steppe\"\n"
            "  provenance { document: \"a.txt\" begin: " +
            std::to_string(at) + " end: " + std::to_string(at + 10) +
            " quote: \"the steppe\" quote_begin: " + std::to_string(at) +
            " } }\n");
  for (int i = 0; i < 2; ++i) {
    RunResult run = Extract();
    ASSERT_EQ(run.exit_code, 0) << run.err;
    EXPECT_EQ(run.err.find("VANISHED"), std::string::npos) << run.err;
  }
  EXPECT_NE(Slurp(OutA()).find("id: \"mine\""), std::string::npos);
}

TEST_F(ClaimFileE2eTest, TemporaryFilesOfKilledRunsAreCleanedUp) {
  ASSERT_EQ(Extract().exit_code, 0);
  const pid_t child = ::fork();
  if (child == 0) ::_exit(0);
  ::waitpid(child, nullptr, 0);
  const fs::path stale =
      root_ / "out" / ("a.textproto.tmp." + std::to_string(child));
  Write("out/a.textproto.tmp." + std::to_string(child), "claim { id: ");
  ASSERT_EQ(Extract().exit_code, 0);
  EXPECT_FALSE(fs::exists(stale));
}

TEST_F(ClaimFileE2eTest, UnparsableClaimFileShowsWhereItIsBroken) {
  ASSERT_EQ(Extract().exit_code, 0);
  Write("out/a.textproto", "claim {\n  id: \"x\"\n  status: 1 2\n}\n");
  RunResult run = Extract();
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("a.textproto:3:"), std::string::npos) << run.err;
  EXPECT_EQ(Slurp(OutA()), "claim {\n  id: \"x\"\n  status: 1 2\n}\n");
}

TEST_F(ClaimFileE2eTest, UnreviewedClaimsMoveToTheSourceThatNowListsTheDoc) {
  ASSERT_EQ(Extract().exit_code, 0);
  Write("out/a.textproto", Confirm(Slurp(OutA()), "40 days", "ok"));
  Write("docs/b.txt", "Kengir lasted 41 days.\n");
  Write("sources.textproto",
        "source { id: \"memoir\" title: \"Camp memoir\"\n"
        "  document { path: \"a.txt\" } document { path: \"b.txt\" } }\n");
  RunResult run = Extract("--sources sources.textproto");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string a = Slurp(OutA());
  EXPECT_NE(BlockWithText(a, "700").find("source: \"memoir\""),
            std::string::npos)
      << a;
  // The reviewed claim keeps the source a person confirmed, and so the
  // file keeps that source.
  EXPECT_NE(BlockWithText(a, "40 days").find("source: \"a\""),
            std::string::npos)
      << a;
  EXPECT_NE(a.find("source {\n  id: \"a\""), std::string::npos) << a;
  // b.txt was first extracted without sources: its made-up source is gone
  // once nothing cites it.
  const std::string b_first = Slurp(root_ / "out" / "b.textproto");
  EXPECT_NE(BlockWithText(b_first, "41 days").find("source: \"memoir\""),
            std::string::npos)
      << b_first;
  EXPECT_EQ(b_first.find("source {"), std::string::npos) << b_first;
}

TEST_F(ClaimFileE2eTest, MadeUpSourceIsDroppedWhenAListedSourceTakesOver) {
  ASSERT_EQ(Extract().exit_code, 0);
  ASSERT_NE(Slurp(OutA()).find("source {\n  id: \"a\""), std::string::npos);
  Write("sources.textproto",
        "source { id: \"memoir\" title: \"Camp memoir\"\n"
        "  document { path: \"a.txt\" } }\n");
  RunResult run = Extract("--sources sources.textproto");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string a = Slurp(OutA());
  EXPECT_EQ(a.find("source {\n  id: \"a\""), std::string::npos) << a;
  EXPECT_EQ(a.find("source: \"a\""), std::string::npos) << a;
  EXPECT_NE(BlockWithText(a, "40 days").find("source: \"memoir\""),
            std::string::npos)
      << a;
}

}  // namespace
}  // namespace checker::testing
