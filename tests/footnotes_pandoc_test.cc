// footnotes.md and bibliography.json through Debian's pandoc with a Chicago
// notes style: the citations resolve (no warning, --fail-if-warnings) and
// render as notes with the pages as locators.
#include <sstream>
#include <string>

#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "checker/report/csl.h"
#include "checker/report/footnotes_writer.h"
#include "checker/report/report_fixture.h"
#include "checker/store/claim_base_set.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/report_test_util.h"

namespace checker {
namespace {

using ::testing::HasSubstr;

constexpr char kPandoc[] = "/usr/bin/pandoc";
constexpr char kStyle[] = "tests/testdata/report/chicago-notes-minimal.csl";

// pandoc's plain-text rendering of the fixture's footnotes.md, with
// bibliography.json and the notes style.
CommandResult RenderFixtureFootnotes() {
  ClaimBase base = FixtureClaimBase();
  Report report = FixtureReport();
  ReportContext context{ClaimBaseSet(base)};
  std::ostringstream footnotes, bibliography;
  WriteFootnotes(report, context, &footnotes);
  WriteBibliography(report, context, &bibliography);
  std::string dir = MakeTempDir();
  if (!WriteFileAtomically(dir + "/footnotes.md", footnotes.str()).ok() ||
      !WriteFileAtomically(dir + "/bibliography.json", bibliography.str())
           .ok()) {
    return {};
  }
  return RunCommand(absl::StrCat(
      kPandoc, " --citeproc --fail-if-warnings --wrap=none -t plain --csl '",
      kStyle, "' --bibliography '", dir, "/bibliography.json' '", dir,
      "/footnotes.md'"));
}

TEST(FootnotesPandocTest, CitationsResolveWithChicagoNotesStyle) {
  if (!IsExecutable(kPandoc)) {
    GTEST_SKIP() << kPandoc
                 << " is not installed; install Debian's pandoc package "
                    "(apt-get install pandoc) to run this test";
  }
  CommandResult result = RenderFixtureFootnotes();
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
  EXPECT_THAT(result.out,
              HasSubstr("[1] Sources disagree: 5 March 1953 (Mikhail Heller "
                        "and Aleksandr Nekrich, Utopia in Power, 1985, p. "
                        "519); 6 March 1953 (Historical Dictionary of the "
                        "Gulag and the Camps, 2014)."));
  EXPECT_THAT(result.out,
              HasSubstr("0.6–0.8 million according to Japanese sources "
                        "(cited in CIH, Camps in history, n.d)"));
  // Document text never turns into a citation.
  EXPECT_THAT(result.out, HasSubstr("forty days [@fake] according to @someone "
                                    "(cited in Pamphlet, 1990)."));
}

TEST(FootnotesPandocTest, UnknownKeyFailsUnderFailIfWarnings) {
  if (!IsExecutable(kPandoc)) GTEST_SKIP() << "pandoc is not installed";
  std::string dir = MakeTempDir();
  ASSERT_TRUE(WriteFileAtomically(dir + "/f.md",
                                  "Text.[^1]\n\n[^1]: A "
                                  "[@nobody].\n")
                  .ok());
  ASSERT_TRUE(WriteFileAtomically(dir + "/b.json", "[]\n").ok());
  CommandResult result = RunCommand(absl::StrCat(
      kPandoc, " --citeproc --fail-if-warnings -t plain --csl '", kStyle,
      "' --bibliography '", dir, "/b.json' '", dir, "/f.md'"));
  EXPECT_NE(result.exit_code, 0);
  EXPECT_THAT(result.err, HasSubstr("nobody"));
}

}  // namespace
}  // namespace checker
