// End-to-end tests of `checker extract`: claim files, re-runs that keep hand
// edits, HTML spans into the original bytes, unreadable input, shards.
#include <sys/wait.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <string>

#include "gtest/gtest.h"
#include "tests/testing/cli_runner.h"

namespace checker::testing {
namespace {

namespace fs = std::filesystem;

// The "claim { ... }" block of `file` that contains `needle` ("" if none).
std::string ClaimBlock(const std::string& file, const std::string& needle) {
  const size_t at = file.find(needle);
  if (at == std::string::npos) return "";
  const size_t begin = file.rfind("\nclaim {", at);
  const size_t end = file.find("\n}\n", at);
  if (begin == std::string::npos || end == std::string::npos) return "";
  return file.substr(begin + 1, end + 2 - begin);
}

// The claim block whose `text:` field contains `figure` ("" if none), so
// the tests do not depend on how much of a hedge extraction includes.
std::string BlockWithText(const std::string& file, const std::string& figure) {
  for (size_t at = file.find("\n  text: \""); at != std::string::npos;
       at = file.find("\n  text: \"", at + 1)) {
    const size_t line_end = file.find('\n', at + 1);
    if (file.substr(at, line_end - at).find(figure) != std::string::npos) {
      return ClaimBlock(file, file.substr(at, line_end - at));
    }
  }
  return "";
}

// Replaces the first `from` inside `block` of `file` by `to`.
std::string EditBlock(const std::string& file, const std::string& block,
                      const std::string& from, const std::string& to) {
  std::string edited = block;
  edited.replace(edited.find(from), from.size(), to);
  std::string out = file;
  out.replace(out.find(block), block.size(), edited);
  return out;
}

class ExtractE2eTest : public CliTest {
 protected:
  void SetUp() override {
    CliTest::SetUp();
    fs::create_directories(root_ / "docs");
    Write(
        "gazetteer.textproto",
        "entity { id: \"kengir_uprising\" kind: EVENT name: \"Kengir "
        "uprising\" name: \"Kengir\" }\n"
        "entity { id: \"norilsk_uprising\" kind: EVENT name: \"Norilsk\" }\n");
    Write("docs/a.txt",
          "The Kengir uprising lasted 40 days. In the end some 700 prisoners "
          "were killed.\n");
    Write("docs/b.md",
          "# Norilsk\n\nIn Norilsk about 16,000 men went on strike.\n");
  }
  RunResult Extract() {
    return Run(
        "extract --gazetteer gazetteer.textproto docs --out out "
        "--jobs 2");
  }
};

TEST_F(ExtractE2eTest, WritesOneClaimFilePerDocumentWithLinkedCandidates) {
  RunResult run = Extract();
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("extract: 2 documents"), std::string::npos) << run.err;
  const std::string a = Slurp(root_ / "out" / "a.textproto");
  const std::string days = ClaimBlock(a, "text: \"40 days\"");
  EXPECT_NE(days.find("entity: \"kengir_uprising\""), std::string::npos) << a;
  EXPECT_NE(days.find("attribute: \"duration\""), std::string::npos) << days;
  EXPECT_NE(days.find("status: EXTRACTED"), std::string::npos) << days;
  EXPECT_NE(days.find("source: \"a\""), std::string::npos) << days;
  EXPECT_NE(a.find("source {\n  id: \"a\""), std::string::npos) << a;
  const std::string b = Slurp(root_ / "out" / "b.textproto");
  EXPECT_NE(ClaimBlock(b, "16,000").find("norilsk_uprising"), std::string::npos)
      << b;
}

TEST_F(ExtractE2eTest, ReRunKeepsHandEditsByteForByteAndAddsNewCandidates) {
  ASSERT_EQ(Extract().exit_code, 0);
  const fs::path out_a = root_ / "out" / "a.textproto";
  std::string file = Slurp(out_a);
  const std::string days = ClaimBlock(file, "text: \"40 days\"");
  const std::string killed = BlockWithText(file, "700");
  ASSERT_FALSE(days.empty()) << file;
  ASSERT_FALSE(killed.empty()) << file;
  file = EditBlock(file, days, "status: EXTRACTED",
                   "status: CONFIRMED\n  note: \"checked: forty days in the "
                   "commission count\"");
  file = EditBlock(file, killed, "status: EXTRACTED", "status: REJECTED");
  std::ofstream(out_a, std::ios::binary) << file;
  const std::string confirmed = ClaimBlock(file, "text: \"40 days\"");
  const std::string rejected = ClaimBlock(file, "status: REJECTED");
  // New text in the document gives a new candidate; old spans stay put.
  Write("docs/a.txt",
        "The Kengir uprising lasted 40 days. In the end some 700 prisoners "
        "were killed.\nLater 300 more were released from Kengir.\n");

  RunResult run = Extract();
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string again = Slurp(out_a);
  EXPECT_NE(again.find(confirmed), std::string::npos) << again;
  EXPECT_NE(again.find(rejected), std::string::npos) << again;
  EXPECT_NE(ClaimBlock(again, "text: \"300\"").find("attribute: \"released\""),
            std::string::npos)
      << again;
}

TEST_F(ExtractE2eTest, ReRunOnUnchangedDocumentsIsByteIdentical) {
  ASSERT_EQ(Extract().exit_code, 0);
  const std::string first = Slurp(root_ / "out" / "a.textproto");
  ASSERT_EQ(
      Run("extract --gazetteer gazetteer.textproto docs --out out --jobs 1")
          .exit_code,
      0);
  EXPECT_EQ(Slurp(root_ / "out" / "a.textproto"), first);
}

TEST_F(ExtractE2eTest,
       VanishedReviewedClaimsAreReportedStaleCandidatesDropped) {
  ASSERT_EQ(Extract().exit_code, 0);
  const fs::path out_a = root_ / "out" / "a.textproto";
  std::string file = Slurp(out_a);
  const std::string days = ClaimBlock(file, "text: \"40 days\"");
  ASSERT_FALSE(days.empty()) << file;
  std::ofstream(out_a, std::ios::binary)
      << EditBlock(file, days, "status: EXTRACTED", "status: CONFIRMED");
  Write("docs/a.txt", "The Kengir uprising lasted many weeks.\n");
  RunResult run = Extract();
  EXPECT_EQ(run.exit_code, 0) << run.err;
  // The reviewed "40 days" is kept and reported; the unreviewed "700",
  // whose text is gone too, is dropped rather than kept as a stale copy.
  EXPECT_NE(run.err.find("VANISHED: "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("1 dropped, 1 vanished"), std::string::npos)
      << run.err;
  const std::string again = Slurp(out_a);
  EXPECT_NE(again.find("text: \"40 days\""), std::string::npos) << again;
  EXPECT_EQ(BlockWithText(again, "700"), "") << again;
}

TEST_F(ExtractE2eTest, HtmlSpansPointIntoTheOriginalBytes) {
  const std::string html =
      "<html><head><title>Camps</title></head><body>\n<p>The <b>Kengir</b> "
      "uprising lasted <i>40&nbsp;days</i> &amp; more; some <b>700</b> "
      "were killed.</p></body></html>\n";
  Write("docs/c.html", html);
  ASSERT_EQ(Extract().exit_code, 0);
  const std::string c = Slurp(root_ / "out" / "c.textproto");
  const std::string block = BlockWithText(c, "700");
  ASSERT_FALSE(block.empty()) << c;
  const size_t b = block.find("\n    begin: ");
  const size_t e = block.find("\n    end: ");
  ASSERT_NE(b, std::string::npos);
  ASSERT_NE(e, std::string::npos);
  const int begin = std::atoi(block.c_str() + b + 12);
  const int end = std::atoi(block.c_str() + e + 10);
  // "some <b>700</b>" (or "700</b>"): the figure's bytes in the file.
  const std::string span = html.substr(begin, end - begin);
  EXPECT_TRUE(span.rfind("some", 0) == 0 || span.rfind("700", 0) == 0) << span;
  EXPECT_NE(span.find("700"), std::string::npos) << span;
  EXPECT_NE(block.find("kengir_uprising"), std::string::npos) << block;
}

TEST_F(ExtractE2eTest, NonUtf8FileIsReportedWithItsOffsetAndExitIsTwo) {
  Write("docs/bad.txt", std::string("Some 700 d\xFFied at Kengir.\n"));
  RunResult run = Extract();
  EXPECT_EQ(run.exit_code, 2) << run.err;
  EXPECT_NE(run.err.find("bad.txt"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("byte offset 10"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("1 errors"), std::string::npos) << run.err;
  // The other documents were still processed.
  EXPECT_TRUE(fs::exists(root_ / "out" / "a.textproto"));
  EXPECT_FALSE(fs::exists(root_ / "out" / "bad.textproto"));
}

TEST_F(ExtractE2eTest, ReferenceDateResolvesDeicticDates) {
  fs::remove_all(root_ / "docs");
  fs::create_directories(root_ / "docs");
  Write("docs/r.txt", "Yesterday the Kengir uprising began, the radio said.\n");
  ASSERT_EQ(Run("extract --gazetteer gazetteer.textproto docs --out out "
                "--reference-date 1954-05-17")
                .exit_code,
            0);
  const std::string r = Slurp(root_ / "out" / "r.textproto");
  const std::string block = ClaimBlock(r, "text: \"Yesterday\"");
  EXPECT_NE(block.find("earliest: \"1954-05-16\""), std::string::npos) << r;
  EXPECT_NE(block.find("attribute: \"start_date\""), std::string::npos) << r;
}

TEST_F(ExtractE2eTest, SourcesWithSegmentsAttributeClaimsToTheQuotedWork) {
  const std::string text =
      "Quotations.\n\n(1) From Smith\n\n{p. 12} The Kengir uprising lasted "
      "40 days.\n";
  Write("docs/a.txt", text);
  fs::remove(root_ / "docs" / "b.md");
  const size_t segment = text.find("(1)");
  Write("sources.textproto",
        "source { id: \"anthology\" title: \"Quotations\" kind: COMPILATION\n"
        "  document { path: \"a.txt\" segment { quoted_source: \"smith\" "
        "begin: " +
            std::to_string(segment) + " end: " + std::to_string(text.size()) +
            " } } }\n"
            "source { id: \"smith\" title: \"The Steppe\" }\n");
  RunResult run =
      Run("extract --gazetteer gazetteer.textproto --sources "
          "sources.textproto docs --out out");
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const std::string a = Slurp(root_ / "out" / "a.textproto");
  const std::string block = ClaimBlock(a, "text: \"40 days\"");
  EXPECT_NE(block.find("source: \"smith\""), std::string::npos) << a;
  EXPECT_NE(block.find("carrier_source: \"anthology\""), std::string::npos)
      << a;
  EXPECT_NE(block.find("page: \"12\""), std::string::npos) << a;
  EXPECT_EQ(a.find("\nsource {"), std::string::npos) << "no own source: " << a;
}

TEST_F(ExtractE2eTest, ShardsPartitionTheDocuments) {
  for (int i = 0; i < 5; ++i) {
    Write("docs/n" + std::to_string(i) + ".txt", "Kengir lasted 40 days.\n");
  }
  std::set<std::string> seen;
  for (const char* shard : {"0/3", "1/3", "2/3"}) {
    fs::remove_all(root_ / "out");
    ASSERT_EQ(Run(std::string(
                      "extract --gazetteer gazetteer.textproto docs --out out "
                      "--shard ") +
                  shard)
                  .exit_code,
              0);
    for (const auto& entry : fs::directory_iterator(root_ / "out")) {
      EXPECT_TRUE(seen.insert(entry.path().filename().string()).second)
          << entry.path() << " in two shards";
    }
  }
  EXPECT_EQ(seen.size(), 7u);
  EXPECT_EQ(
      Run("extract --gazetteer gazetteer.textproto docs --out out --shard 3/3")
          .exit_code,
      2);
}

// A year before 1 AD is written in ISO 8601's expanded form (44 BC is
// -0043), and the claim file extract writes passes lint as it is.
TEST_F(ExtractE2eTest, YearsBeforeOneAdAreWrittenSoLintAcceptsThem) {
  Write("bc/gazetteer.textproto",
        "entity { id: \"rome\" kind: PLACE name: \"Rome\" }\n");
  Write("bcdocs/r.txt", "Rome was founded in 753 BC by legend.\n");
  ASSERT_EQ(Run("extract --gazetteer bc/gazetteer.textproto bcdocs --out bc")
                .exit_code,
            0);
  const std::string file = Slurp(root_ / "bc" / "r.textproto");
  EXPECT_NE(file.find("earliest: \"-0752-01-01\""), std::string::npos) << file;
  EXPECT_NE(file.find("latest: \"-0752-12-31\""), std::string::npos);
  RunResult lint = Run("lint bc --docs bcdocs");
  EXPECT_EQ(lint.exit_code, 0) << lint.err;
  EXPECT_NE((lint.out + lint.err).find("lint: 0 errors, 0 warnings"),
            std::string::npos)
      << lint.out << lint.err;
}

}  // namespace
}  // namespace checker::testing
