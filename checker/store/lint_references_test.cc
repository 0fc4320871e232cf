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
            "anchors on unknown attribute \"gone\"; add it to the gazetteer or "
            "fix the id\n");
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

}  // namespace
}  // namespace checker
