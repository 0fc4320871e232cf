#include "checker/report/csl_import.h"

#include <string>

#include "gmock/gmock.h"
#include "google/protobuf/text_format.h"
#include "gtest/gtest.h"
#include "proto/claim_base.pb.h"

namespace checker {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;

std::vector<std::string> Messages(const IssueList& issues) {
  std::vector<std::string> out;
  for (const Issue& issue : issues.issues()) out.push_back(issue.ToString());
  return out;
}

TEST(ImportCslJsonTest, MapsZoteroFieldsAndKeepsTheKey) {
  constexpr char kJson[] = R"json([
  {"id": "heller1986utopia", "type": "book",
   "title": "Utopia in Power", "author": [
     {"family": "Heller", "given": "Mikhail"},
     {"literal": "Jewish Virtual Library"}],
   "issued": {"date-parts": [[1986, 5]]},
   "publisher": "Summit", "publisher-place": "New York",
   "URL": "https://example.org/u", "abstract": "ignored"},
  {"id": "nyt", "citation-key": "nyt1953march", "type": "article-newspaper",
   "title": "Stalin dies", "container-title": "The New York Times",
   "issued": {"date-parts": [["1953", "3", "6"]]}}
])json";
  IssueList issues;
  std::vector<Source> sources = ImportCslJson(kJson, "refs.json", &issues);
  EXPECT_THAT(Messages(issues), IsEmpty());
  ASSERT_EQ(sources.size(), 2u);
  std::string text;
  google::protobuf::TextFormat::PrintToString(sources[0], &text);
  EXPECT_EQ(text,
            "id: \"heller1986utopia\"\n"
            "author {\n  family: \"Heller\"\n  given: \"Mikhail\"\n}\n"
            "author {\n  literal: \"Jewish Virtual Library\"\n}\n"
            "title: \"Utopia in Power\"\n"
            "year: 1986\n"
            "publisher: \"Summit\"\n"
            "place: \"New York\"\n"
            "url: \"https://example.org/u\"\n"
            "kind: SCHOLARLY_BOOK\n");
  EXPECT_EQ(sources[1].id(), "nyt1953march");  // citation-key wins over id
  EXPECT_EQ(sources[1].kind(), NEWSPAPER);
  EXPECT_EQ(sources[1].container_title(), "The New York Times");
  EXPECT_EQ(sources[1].year(), 1953);
  EXPECT_EQ(sources[1].document_date(), "1953-03-06");
}

TEST(ImportCslJsonTest, NumericIdsAreTakenAsTheirDigits) {
  IssueList issues;
  std::vector<Source> sources = ImportCslJson(
      R"([{"id": 12, "title": "A"}, {"id": "0042", "title": "B",
          "issued": {"raw": "ca. 1950"}}])",
      "refs.json", &issues);
  EXPECT_THAT(Messages(issues), IsEmpty());
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[0].id(), "12");
  EXPECT_EQ(sources[1].id(), "0042");
  EXPECT_EQ(sources[1].year(), 1950);
}

TEST(ImportCslJsonTest, DuplicateAndInvalidKeysAreReportedNotRewritten) {
  IssueList issues;
  std::vector<Source> sources = ImportCslJson(
      "[{\"id\": \"a\", \"title\": \"First\"},\n"
      " {\"id\": \"a\", \"title\": \"Second\"},\n"
      " {\"id\": \"has space\", \"title\": \"Third\"}]",
      "refs.json", &issues);
  ASSERT_EQ(sources.size(), 1u);
  EXPECT_EQ(sources[0].title(), "First");
  EXPECT_THAT(
      Messages(issues),
      ElementsAre(
          "ERROR: refs.json:2:2: entry 2 (byte 33) skipped: duplicate key "
          "\"a\"; the first entry with it was imported",
          HasSubstr("refs.json:3:2: entry 3 (byte 66) skipped: the key \"has "
                    "space\" is not a valid source id")));
}

TEST(ImportCslJsonTest, MalformedEntryIsSkippedWholeWithItsPosition) {
  IssueList issues;
  std::vector<Source> sources = ImportCslJson(
      "[\n"
      "  {\"id\": \"good1\", \"title\": \"One\"},\n"
      "  {\"id\": \"bad\", \"title\": \"Two\" \"author\": []},\n"
      "  {\"id\": \"typed\", \"title\": \"Three\", \"author\": \"Smith\"},\n"
      "  {\"id\": \"good2\", \"title\": \"Four\"}\n"
      "]\n",
      "refs.json", &issues);
  ASSERT_EQ(sources.size(), 2u);
  EXPECT_EQ(sources[0].id(), "good1");
  EXPECT_EQ(sources[1].id(), "good2");
  std::vector<std::string> messages = Messages(issues);
  ASSERT_EQ(messages.size(), 2u);
  // The syntax error is located at the byte nlohmann stopped on.
  // The syntax error points at the token nlohmann stopped on.
  EXPECT_THAT(messages[0],
              HasSubstr("refs.json:3:32: entry 2 (byte 39) is not valid JSON: "
                        "syntax error while parsing object - unexpected "
                        "string literal; expected '}'; entry skipped"));
  EXPECT_EQ(issues.issues()[0].location.byte_offset, 68);
  EXPECT_EQ(messages[1],
            "ERROR: refs.json:4:3: entry 3 (byte 85) skipped: \"author\" is "
            "not an array of names");
}

TEST(ImportCslJsonTest, EntriesWithoutKeyOrTitleAreSkipped) {
  IssueList issues;
  std::vector<Source> sources = ImportCslJson(
      R"([{"title": "No key"}, {"id": "k"}, 7, {"id": "ok", "title": "T"}])",
      "refs.json", &issues);
  ASSERT_EQ(sources.size(), 1u);
  EXPECT_THAT(Messages(issues),
              ElementsAre(HasSubstr("entry 1 (byte 1) skipped: it has no "
                                    "\"id\""),
                          HasSubstr("entry 2 (byte 22) skipped: \"k\" has no "
                                    "title"),
                          HasSubstr("entry 3 (byte 35) skipped: it is not a "
                                    "JSON object")));
}

TEST(ImportCslJsonTest, NotAnArrayIsOneErrorAndNothingImported) {
  IssueList issues;
  EXPECT_THAT(ImportCslJson("@book{x, title={T}}", "refs.bib", &issues),
              IsEmpty());
  EXPECT_THAT(Messages(issues),
              ElementsAre("ERROR: refs.bib:1:1: expected a JSON array of CSL "
                          "items; export CSL JSON from Zotero, or convert "
                          "BibTeX with pandoc"));
}

TEST(SourcesToTextprotoTest, ParsesBackAsClaimBaseFile) {
  IssueList issues;
  std::vector<Source> sources =
      ImportCslJson(R"([{"id": "k", "title": "T"}])", "r.json", &issues);
  std::string text = SourcesToTextproto(sources, "r.json");
  EXPECT_THAT(text, HasSubstr("# Sources imported from r.json"));
  ClaimBaseFile file;
  ASSERT_TRUE(google::protobuf::TextFormat::ParseFromString(text, &file));
  ASSERT_EQ(file.source_size(), 1);
  EXPECT_EQ(file.source(0).id(), "k");
}

}  // namespace
}  // namespace checker
