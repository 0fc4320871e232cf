// What a figure counts: its head noun and the kind of noun it is.
#include "checker/link/counted_noun.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

const char* KindName(NounKind k) {
  switch (k) {
    case NounKind::kNone:
      return "NONE";
    case NounKind::kUnknown:
      return "UNKNOWN";
    case NounKind::kPeople:
      return "PEOPLE";
    case NounKind::kUnit:
      return "UNIT";
    case NounKind::kThing:
      return "THING";
  }
  return "?";
}

// "KIND head" or "KIND head of substance".
std::string Describe(const std::string& text, const std::string& figure) {
  const size_t at = text.find(figure);
  EXPECT_NE(at, std::string::npos) << figure;
  const CountedNoun n =
      FindCountedNoun(text, static_cast<uint32_t>(at),
                      static_cast<uint32_t>(at + figure.size()),
                      static_cast<uint32_t>(text.size()));
  std::string out = absl::StrCat(KindName(n.kind), " ", n.head);
  if (!n.substance.empty()) absl::StrAppend(&out, " of ", n.substance);
  return out;
}

struct Row {
  int line;
  const char* text;
  const char* figure;
  const char* expected;
};

TEST(CountedNounTest, HeadNounAndItsKind) {
  const Row rows[] = {
      {__LINE__, "about 4,500 miners walked out", "4,500", "PEOPLE miners"},
      {__LINE__, "some 700 Polish officers were held", "700",
       "PEOPLE officers"},
      {__LINE__, "1,200 of the strikers were arrested", "1,200",
       "PEOPLE strikers"},
      {__LINE__, "eleven camps were closed", "eleven", "THING camps"},
      {__LINE__, "forty mass graves were found", "forty", "THING graves"},
      {__LINE__, "it carried 300 tons of coal to the port", "300",
       "UNIT tons of coal"},
      {__LINE__, "a column 12 km long", "12", "UNIT km"},
      {__LINE__, "a 500-metre zone", "500", "UNIT metre"},
      {__LINE__, "worth $45,000 at the time", "45,000", "UNIT $"},
      {__LINE__, "some 600 were killed", "600", "NONE "},
      {__LINE__, "300 were wounded.", "300", "NONE "},
      {__LINE__, "about 90 widgets", "90", "UNKNOWN widgets"},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(Describe(r.text, r.figure), r.expected)
        << "line " << r.line << ": " << r.text;
  }
}

}  // namespace
}  // namespace checker
