#include "checker/rules/citation.h"

#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

Source Parse(const char* text) {
  Source source;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &source));
  return source;
}

TEST(CitationTest, NamesSourcesAsAReaderMeetsThem) {
  struct Row {
    int line;
    const char* source;
    const char* want;
  } rows[] = {
      {__LINE__,
       "id: 'h' author { family: 'Heller' } author { family: 'Nekrich' } year: "
       "1985",
       "Heller and Nekrich, 1985"},
      {__LINE__,
       "id: 'c' author { family: 'Conquest' } author { family: 'Ward' } author "
       "{ family: 'Lee' } year: 1990",
       "Conquest et al., 1990"},
      {__LINE__, "id: 'j' author { literal: 'Jewish Virtual Library' }",
       "Jewish Virtual Library"},
      {__LINE__,
       "id: 'w' title: 'The End of the Camps: Resistance and Release'",
       "The End of the Camps…"},
      {__LINE__, "id: 'bare_id'", "bare_id"},
  };
  for (const Row& row : rows) {
    Source source = Parse(row.source);
    EXPECT_EQ(ShortCitation(&source, source.id()), row.want)
        << "line " << row.line;
  }
  EXPECT_EQ(ShortCitation(nullptr, "unknown_page"), "unknown_page");
}

}  // namespace
}  // namespace checker
