// `checker vocabulary` end to end: the built-in attributes, and a
// gazetteer's redeclaration extending one of them.
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
using ::testing::Not;

std::string Checker() {
  const char* dir = std::getenv("CHECKER_BINARY_DIR");
  return absl::StrCat(dir == nullptr ? "build" : dir, "/bin/checker");
}

TEST(VocabularyCliTest, PrintsTheBuiltInAttributes) {
  CommandResult r = RunCommand(absl::StrCat(Checker(), " vocabulary"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, HasSubstr("\ndeaths\n  value:      VALUE_QUANTITY\n"
                               "  applies to: EVENT, GROUP, PLACE, "
                               "ORGANIZATION\n"));
  EXPECT_THAT(r.out, HasSubstr("\ndate_of_death\n"));
  EXPECT_THAT(r.out, HasSubstr("checker/link/default_vocabulary.cc"));
}

TEST(VocabularyCliTest, GazetteerRedeclarationExtendsTheBuiltIn) {
  const std::string dir = MakeTempDir();
  ASSERT_FALSE(dir.empty());
  const std::string gazetteer = dir + "/gazetteer.textproto";
  ASSERT_TRUE(WriteFileAtomically(gazetteer,
                                  "attribute {\n  id: \"wounded\"\n"
                                  "  value_kind: VALUE_QUANTITY\n"
                                  "  cue: \"hurt\"\n}\n"
                                  "attribute {\n  id: \"tonnage\"\n"
                                  "  value_kind: VALUE_QUANTITY\n"
                                  "  cue: \"tons\"\n}\n")
                  .ok());
  CommandResult r = RunCommand(
      absl::StrCat(Checker(), " vocabulary --gazetteer '", gazetteer, "'"));
  EXPECT_EQ(r.exit_code, 0) << r.err;
  // Kinds kept, cue added once.
  EXPECT_THAT(r.out, HasSubstr("\nwounded\n  value:      VALUE_QUANTITY\n"
                               "  applies to: EVENT, GROUP, PLACE, "
                               "ORGANIZATION\n"));
  EXPECT_THAT(r.out, HasSubstr("built-in, extended by the gazetteer\n"
                               "  cues:       wounded, injured, injuries, "
                               "hurt\n"));
  EXPECT_THAT(r.out, HasSubstr("\ntonnage\n"));
  EXPECT_THAT(r.out, HasSubstr("applies to: any entity\n  from:       "
                               "gazetteer\n"));
  EXPECT_THAT(r.out, Not(HasSubstr("hurt, hurt")));
}

TEST(VocabularyCliTest, MissingGazetteerIsAUsageError) {
  CommandResult r = RunCommand(
      absl::StrCat(Checker(), " vocabulary --gazetteer /no/such/gazetteer"));
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_THAT(r.err, HasSubstr("/no/such/gazetteer"));
}

}  // namespace
}  // namespace checker
