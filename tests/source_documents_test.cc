// Attaching documents to imported sources: which file name belongs to which
// citation key, and `sources import --docs` feeding `extract --sources`.
#include "checker/pipeline/source_documents.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"
#include "tests/testing/cli_runner.h"

namespace checker {
namespace {

std::vector<Source> Sources(const std::vector<std::string>& ids) {
  std::vector<Source> sources;
  for (const std::string& id : ids) sources.emplace_back().set_id(id);
  return sources;
}

TEST(SourceIdForFileNameTest, KeyIsTheStemOrItsLeadingWord) {
  const std::vector<Source> sources =
      Sources({"heller1986", "smith", "smith_1990", "conquest:terror"});
  struct Row {
    int line;
    std::string file_name;
    std::string expected;
  };
  const Row rows[] = {
      {__LINE__, "heller1986.txt", "heller1986"},
      {__LINE__, "heller1986 - Utopia in Power.pdf", "heller1986"},
      {__LINE__, "smith.md", "smith"},
      {__LINE__, "smith_1990.html", "smith_1990"},  // the longest key
      {__LINE__, "smith (draft).txt", "smith"},
      {__LINE__, "conquest:terror.txt", "conquest:terror"},
      // Not a key followed by a separator: no source.
      {__LINE__, "smithson.txt", ""},
      {__LINE__, "heller19861.txt", ""},
      {__LINE__, "Heller1986.txt", ""},  // keys are never rewritten
      {__LINE__, "notes.txt", ""},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(SourceIdForFileName(row.file_name, sources), row.expected)
        << "line " << row.line;
  }
}

class SourcesDocsE2eTest : public testing::CliTest {};

TEST_F(SourcesDocsE2eTest, ImportAttachesDocumentsAndExtractUsesThem) {
  Write("refs.json",
        R"json([
  {"id": "heller1986", "type": "book", "title": "Utopia in Power"},
  {"id": "smith", "type": "book", "title": "The Steppe"},
  {"id": "jones", "type": "book", "title": "Letters"}
])json");
  Write("docs/heller1986 - Utopia.txt",
        "The Kengir uprising lasted 40 days.\n");
  Write("docs/scans/chapter3.txt", "Kengir lasted 41 days.\n");
  Write("docs/stray.txt", "Kengir lasted 42 days.\n");
  testing::RunResult run =
      Run("sources import refs.json --out sources.textproto --docs docs "
          "--doc smith=scans/chapter3.txt");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("attached 2 documents from docs"), std::string::npos)
      << run.out;
  EXPECT_NE(run.err.find("stray.txt"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("--doc KEY=stray.txt"), std::string::npos) << run.err;
  const std::string sources = testing::Slurp(root_ / "sources.textproto");
  const size_t heller = sources.find("id: \"heller1986\"");
  const size_t smith = sources.find("id: \"smith\"");
  const size_t jones = sources.find("id: \"jones\"");
  ASSERT_NE(heller, std::string::npos) << sources;
  ASSERT_NE(smith, std::string::npos) << sources;
  ASSERT_NE(jones, std::string::npos) << sources;
  const size_t heller_doc = sources.find("path: \"heller1986 - Utopia.txt\"");
  const size_t smith_doc = sources.find("path: \"scans/chapter3.txt\"");
  EXPECT_TRUE(heller < heller_doc && heller_doc < smith) << sources;
  EXPECT_TRUE(smith < smith_doc && smith_doc < jones) << sources;
  EXPECT_EQ(sources.find("stray.txt"), std::string::npos) << sources;

  Write("gazetteer.textproto",
        "entity { id: \"kengir_uprising\" kind: EVENT name: \"Kengir "
        "uprising\" name: \"Kengir\" }\n");
  run =
      Run("extract --gazetteer gazetteer.textproto --sources sources.textproto "
          "docs --out out");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string chapter =
      testing::Slurp(root_ / "out" / "scans_chapter3.textproto");
  EXPECT_NE(chapter.find("source: \"smith\""), std::string::npos) << chapter;
  EXPECT_EQ(chapter.find("source {"), std::string::npos) << chapter;
  // The unmatched file still becomes its own source, with the warning.
  EXPECT_NE(run.err.find("stray.txt: no source lists this document"),
            std::string::npos)
      << run.err;
}

TEST_F(SourcesDocsE2eTest, BadMappingsAreErrorsNamingTheKeyOrFile) {
  Write("refs.json",
        R"json([{"id": "smith", "type": "book", "title": "S"}])json");
  Write("docs/a.txt", "x\n");
  testing::RunResult run =
      Run("sources import refs.json --out s.textproto --docs docs "
          "--doc nobody=a.txt --doc smith=missing.txt");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("no imported source has the key \"nobody\""),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("smith=missing.txt: no such file under docs"),
            std::string::npos)
      << run.err;
  run = Run("sources import refs.json --out t.textproto --doc smith=a.txt");
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("--doc needs --docs"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace checker
