// Lint: missing ids and references, and text that cannot be stored.
#include "checker/store/lint.h"
#include "checker/store/lint_test_util.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using LintReferencesTest = testing::ClaimBaseFixture;
using testing::ClaimWith;

TEST_F(LintReferencesTest, ClaimWithoutIdOrSource) {
  EXPECT_EQ(Lint("claim {\n  source: \"s1\"\n  quantity { value: 1 }\n}\n"
                 "claim {\n  id: \"c2\"\n  quantity { value: 1 }\n}\n"),
            "ERROR: claims/c.textproto:1:1: claim without an id; add id: "
            "\"...\" (unique across the claim base)\n"
            "ERROR: claims/c.textproto:5:1: claim \"c2\": no source; add "
            "source: \"<source id>\"\n");
}

TEST_F(LintReferencesTest, UnknownCarrierSource) {
  EXPECT_EQ(Lint(ClaimWith("  quantity { value: 1 }\n"
                           "  provenance { carrier_source: \"nope\" }\n")),
            "ERROR: claims/c.textproto:5:16: claim \"c1\": unknown carrier "
            "source \"nope\"; add that source or fix the id\n");
}

TEST_F(LintReferencesTest, UnknownAnchorEntityAndAttribute) {
  EXPECT_EQ(Lint(ClaimWith("  relative_date { anchor_entity: \"nope\" "
                           "anchor_attribute: \"gone\" }\n")),
            "ERROR: claims/c.textproto:4:19: claim \"c1\": relative date "
            "anchors on unknown entity \"nope\"; add it to the gazetteer or "
            "fix the id\n"
            "ERROR: claims/c.textproto:4:41: claim \"c1\": relative date "
            "anchors on unknown attribute \"gone\"; attributes are the "
            "built-in ones (`checker vocabulary` lists them) and those the "
            "gazetteer declares: declare it there or fix the id\n");
}

TEST_F(LintReferencesTest, SourceIdMustBeACitationKey) {
  files_.Add("claims/more.textproto",
             "source { id: \"heller 1986\" title: \"T\" }\n");
  EXPECT_EQ(Lint(""),
            "ERROR: claims/more.textproto:1:10: source \"heller 1986\": a "
            "source id may hold only letters, digits, '_', '-', ':' and '.' "
            "(it is a citation key); rename it\n");
}

TEST_F(LintReferencesTest, ClaimTextMustBeUtf8) {
  EXPECT_EQ(Lint(ClaimWith("  quantity { value: 1 }\n"
                           "  provenance { quote: \"50\\xff0 died\" }\n")),
            "ERROR: claims/c.textproto:5:16: claim \"c1\": provenance.quote is "
            "not valid UTF-8 (bad byte at offset 2); write the text as "
            "UTF-8\n");
}

TEST_F(LintReferencesTest, SourceTextMustBeUtf8) {
  files_.Add("claims/more.textproto",
             "source { id: \"s3\" title: \"Caf\\xe9\" }\n"
             "source { id: \"s4\" title: \"Over\\xc0\\xaflong\" }\n"
             "source { id: \"s5\" title: \"Half \\xed\\xa0\\x80 pair\" }\n");
  EXPECT_EQ(Lint(""),
            "ERROR: claims/more.textproto:1:19: source \"s3\": title is not "
            "valid UTF-8 (bad byte at offset 3); write the text as UTF-8\n"
            "ERROR: claims/more.textproto:2:19: source \"s4\": title is not "
            "valid UTF-8 (bad byte at offset 4); write the text as UTF-8\n"
            "ERROR: claims/more.textproto:3:19: source \"s5\": title is not "
            "valid UTF-8 (bad byte at offset 5); write the text as UTF-8\n");
}

TEST_F(LintReferencesTest, MultiByteUtf8IsAccepted) {
  files_.Add("claims/more.textproto",
             "source { id: \"s3\" title: \"Café — Привет 🙂\" }\n");
  EXPECT_EQ(Lint(ClaimWith("  quantity { value: 1 }\n  text: \"около 500\"\n")),
            "");
}

// A compilation: s3's file seeds/c.txt quotes s2 in [10, 40).
constexpr char kCompilation[] =
    "source {\n"
    "  id: \"s3\"\n"
    "  title: \"Compilation\"\n"
    "  document {\n"
    "    path: \"seeds/c.txt\"\n"
    "    segment { quoted_source: \"s2\" begin: 10 end: 40 }\n"
    "  }\n"
    "}\n";

std::string ClaimInCompilation(const std::string& source, int begin,
                               const std::string& carrier) {
  return "claim {\n  id: \"c1\"\n  source: \"" + source +
         "\"\n  quantity { value: 1 }\n  provenance { document: "
         "\"seeds/c.txt\" begin: " +
         std::to_string(begin) + " end: " + std::to_string(begin + 3) +
         (carrier.empty() ? "" : " carrier_source: \"" + carrier + "\"") +
         " }\n}\n";
}

TEST_F(LintReferencesTest, ClaimInsideAQuotedSegmentBelongsToTheQuotedWork) {
  files_.Add("claims/more.textproto", kCompilation);
  EXPECT_EQ(Lint(ClaimInCompilation("s3", 12, "")),
            "WARNING: claims/c.textproto:3:3: claim \"c1\": its span [12, 15) "
            "lies in the segment [10, 40) of seeds/c.txt that quotes \"s2\", "
            "but its source is \"s3\"; set source: \"s2\" and "
            "provenance.carrier_source: \"s3\"\n");
}

TEST_F(LintReferencesTest, ClaimInsideAQuotedSegmentNamesItsCarrier) {
  files_.Add("claims/more.textproto", kCompilation);
  EXPECT_EQ(Lint(ClaimInCompilation("s2", 12, "")),
            "WARNING: claims/c.textproto:5:3: claim \"c1\": it is quoted "
            "inside seeds/c.txt; set provenance.carrier_source: \"s3\"\n");
}

TEST_F(LintReferencesTest, CorrectlyAttributedCompilationClaimsAreClean) {
  files_.Add("claims/more.textproto", kCompilation);
  EXPECT_EQ(Lint(ClaimInCompilation("s2", 37, "s3")), "");
  EXPECT_EQ(Lint(ClaimInCompilation("s3", 40, "")), "");  // after the segment
}

}  // namespace
}  // namespace checker
