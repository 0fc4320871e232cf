#include "checker/base/counted_nouns.h"

#include <string>

#include "absl/strings/ascii.h"
#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

TEST(CountedNounsTest, EachSectionOfTheDataFileGivesItsKind) {
  struct Row {
    int line;
    const char* word;
    NounKind want;
  } rows[] = {
      {__LINE__, "prisoners", NounKind::kPeople},
      {__LINE__, "woman", NounKind::kPeople},
      {__LINE__, "camps", NounKind::kThing},
      {__LINE__, "kg", NounKind::kUnit},
      {__LINE__, "tons", NounKind::kUnit},
      {__LINE__, "were", NounKind::kNone},
      {__LINE__, "of", NounKind::kNone},
      // True negatives: absent words, and the list is lowercase only.
      {__LINE__, "zeppelins", NounKind::kUnknown},
      {__LINE__, "Prisoners", NounKind::kUnknown},
      {__LINE__, "", NounKind::kUnknown},
      {__LINE__, "[people]", NounKind::kUnknown},
      {__LINE__, "# what a figure counts", NounKind::kUnknown},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(KindOfNoun(row.word), row.want)
        << "line " << row.line << ": " << row.word;
  }
}

// A typo in a section header ("[peple]") would file the words after it
// under the section before; a capital letter would make a word unfindable.
TEST(CountedNounsTest, DataFileHasOnlyKnownSectionsAndLowercaseWords) {
  int words = 0;
  for (absl::string_view line : absl::StrSplit(CountedNounsData(), '\n')) {
    line = absl::StripAsciiWhitespace(line);
    if (line.empty() || line[0] == '#') continue;
    if (line[0] == '[') {
      EXPECT_TRUE(line == "[people]" || line == "[unit]" || line == "[thing]" ||
                  line == "[function]")
          << "unknown section " << line;
      continue;
    }
    ++words;
    EXPECT_EQ(line, absl::AsciiStrToLower(line)) << "not lowercase: " << line;
  }
  EXPECT_GT(words, 100);
}

}  // namespace
}  // namespace checker
