// Scope qualifiers read from a figure's clause and sentence.
#include "checker/link/qualifiers.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

// The qualifiers of `figure` in the one-sentence `text`, the clause being
// the text between the nearest ", "; `date` (optional) is a date mention.
std::string Qualify(const std::string& text, const std::string& figure,
                    const std::string& date = "") {
  const uint32_t at = static_cast<uint32_t>(text.find(figure));
  const TextSpan f{at, at + static_cast<uint32_t>(figure.size())};
  // Clause boundaries: ", " (a comma inside "6,000" is not one).
  uint32_t cb = at;
  while (cb > 1 && !(text[cb - 2] == ',' && text[cb - 1] == ' ')) --cb;
  if (cb == 1) cb = 0;
  uint32_t ce = f.end;
  while (ce + 1 < text.size() && !(text[ce] == ',' && text[ce + 1] == ' ')) {
    ++ce;
  }
  if (ce + 1 >= text.size()) ce = static_cast<uint32_t>(text.size());
  std::vector<TextSpan> dates;
  if (!date.empty()) {
    const uint32_t d = static_cast<uint32_t>(text.find(date));
    dates.push_back({d, d + static_cast<uint32_t>(date.size())});
  }
  QualifierRequest r;
  r.text = text;
  r.sentence = {0, static_cast<uint32_t>(text.size())};
  r.clause = {cb, ce};
  r.figure = f;
  r.noun_end = f.end;
  r.dates = &dates;
  std::vector<std::string> parts;
  for (const Qualifier& q : FindQualifiers(r)) {
    parts.push_back(absl::StrCat(q.key, "=", q.value));
  }
  return absl::StrJoin(parts, " ");
}

struct Row {
  int line;
  const char* text;
  const char* figure;
  const char* date;
  const char* expected;
};

TEST(QualifiersTest, TimeSubsetPartialAndPlace) {
  const Row rows[] = {
      {__LINE__, "By the end of 1947 about 3,000 had died.", "about 3,000",
       "1947", "time=by the end of 1947"},
      {__LINE__, "In early 1951 the camp held 9,000 men.", "9,000", "1951",
       "time=in early 1951"},
      {__LINE__, "Some 800 died during the first winter.", "Some 800", "",
       "time=during the first winter"},
      {__LINE__, "About 2,000 died, about 300 of them women.", "about 300", "",
       "subset=of them women"},
      {__LINE__, "Only 400 of the 6,000 came back.", "400", "",
       "subset=of the 6,000"},
      {__LINE__, "The fire itself killed 90 people.", "90", "",
       "partial=immediate"},
      {__LINE__, "120 were shot outright.", "120", "", "partial=immediate"},
      {__LINE__, "Another 700 died on the march.", "700", "",
       "partial=additional"},
      {__LINE__, "The remaining 1,500 were freed.", "1,500", "",
       "partial=remaining"},
      {__LINE__, "Of these, 250 were sent home.", "250", "", "subset=of these"},
      {__LINE__, "4,000 from other regions joined.", "4,000", "",
       "subset=from other regions"},
      {__LINE__, "There were 5,000 in Vorkuta alone.", "5,000", "",
       "place=in vorkuta"},
      // True negatives: a total with no scope words.
      {__LINE__, "In all, 2,000 people were killed.", "2,000", "", ""},
      {__LINE__, "About 6,000 men took part.", "About 6,000", "", ""},
      // A date after "on" marks when it happened, not a bound of the count.
      {__LINE__, "On 3 May 1950 some 70 were arrested.", "some 70",
       "3 May 1950", ""},
      // A vague part of the group as the clause's subject.
      {__LINE__, "Many had been freed in 1949.", "1949", "", "subset=many"},
      {__LINE__, "Most were sent east in 1950.", "1950", "", "subset=most"},
      // True negatives: the quantifier is not the subject, or comes after.
      {__LINE__, "The many prisoners were freed in 1949.", "1949", "", ""},
      {__LINE__, "In 1949 many were freed.", "1949", "", ""},
      {__LINE__, "Most of the 5,000 men were freed.", "5,000", "", ""},
      // A year right before a currency is the base year of a price.
      {__LINE__, "Cost in 1990 US$ for 4,000 tonnes of grain.", "4,000", "1990",
       ""},
      {__LINE__, "Worth in 1938 dollars: 12 barges of coal.", "12", "1938", ""},
      {__LINE__, "The mill in 1875 employed 300 men.", "300", "1875",
       "time=in 1875"},
  };
  for (const Row& r : rows) {
    EXPECT_EQ(Qualify(r.text, r.figure, r.date), r.expected)
        << "line " << r.line << ": " << r.text;
  }
}

}  // namespace
}  // namespace checker
