#include "checker/store/claim_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "checker/store/claim_file_edit.h"
#include "google/protobuf/text_format.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

namespace fs = std::filesystem;
using google::protobuf::util::MessageDifferencer;

Claim MakeClaim(const std::string& textproto) {
  Claim claim;
  EXPECT_TRUE(google::protobuf::TextFormat::ParseFromString(textproto, &claim))
      << textproto;
  return claim;
}

std::vector<std::string> Serialized(const std::vector<Claim>& claims) {
  std::vector<std::string> out;
  out.reserve(claims.size());
  for (const Claim& claim : claims) out.push_back(claim.SerializeAsString());
  return out;
}

// A claim at [begin, end) of kDoc whose quote is `quote` at quote_begin.
Claim At(const std::string& fields, uint32_t begin, uint32_t end,
         const std::string& quote, uint32_t quote_begin,
         const std::string& prefix = "", const std::string& suffix = "") {
  Claim claim = MakeClaim(fields);
  Provenance* p = claim.mutable_provenance();
  p->set_document("d.txt");
  p->set_begin(begin);
  p->set_end(end);
  p->set_quote(quote);
  p->set_quote_begin(quote_begin);
  p->set_prefix(prefix);
  p->set_suffix(suffix);
  return claim;
}

// 0         1         2         3         4
// 01234567890123456789012345678901234567890123456
// "In 1954 some 500 died; later 600 were freed."
constexpr char kDoc[] = "In 1954 some 500 died; later 600 were freed.";

TEST(MergeClaimsTest, KeepsReviewedRefreshesExtractedAddsNew) {
  std::vector<Claim> existing = {
      At("id: 'c1' status: CONFIRMED quantity { value: 500 } note: 'checked'",
         13, 16, "some 500 died", 8),
      At("id: 'c2' status: CORRECTED quantity { value: 601 }", 29, 32,
         "600 were", 29),
      At("id: 'c3' status: EXTRACTED quantity { value: 1954 }", 3, 7, "In 1954",
         0),
  };
  std::vector<Claim> candidates = {
      At("id: 'd_3_7' status: EXTRACTED date { earliest: '1954-01-01' }", 3, 7,
         "In 1954", 0),
      At("id: 'd_13_16' status: EXTRACTED quantity { value: 500 }", 13, 16,
         "some 500 died", 8),
      At("id: 'd_29_32' status: EXTRACTED quantity { value: 600 }", 29, 32,
         "600 were", 29),
      At("id: 'd_38_43' status: EXTRACTED quantity { value: 9 }", 38, 43,
         "freed", 38),
  };
  MergeResult merged = MergeClaims(existing, candidates, kDoc);
  // Matched by span: reviewed ones kept, the EXTRACTED one refreshed (its
  // new id and value), the unmatched candidate appended.
  Claim refreshed = candidates[0];
  std::vector<Claim> expected = {existing[0], existing[1], refreshed,
                                 candidates[3]};
  EXPECT_EQ(Serialized(merged.claims), Serialized(expected));
  EXPECT_EQ(merged.added, 1);
  EXPECT_EQ(merged.refreshed, 1);
  EXPECT_EQ(merged.kept_reviewed, 2);
  EXPECT_TRUE(merged.vanished.empty());
  EXPECT_TRUE(merged.reanchored.empty());
  EXPECT_TRUE(merged.dropped.empty());
}

TEST(MergeClaimsTest,
     RefreshKeepsTheNoteOfACandidateAndAnIdMatchNeedsTheQuote) {
  std::vector<Claim> existing = {
      At("id: 'x' status: EXTRACTED note: 'ask Olga'", 13, 16, "some 500 died",
         8),
  };
  // Same id at another span with the same quote: the same claim.
  std::vector<Claim> candidates = {
      At("id: 'x' status: EXTRACTED quantity { value: 500 }", 12, 16,
         "some 500 died", 8)};
  MergeResult merged = MergeClaims(existing, candidates, kDoc);
  ASSERT_EQ(merged.claims.size(), 1u);
  EXPECT_EQ(merged.claims[0].note(), "ask Olga");
  EXPECT_EQ(merged.claims[0].provenance().begin(), 12u);
  // Same id, other quote: not the same claim; the new one gets a free id.
  existing = {At("id: 'x' status: CONFIRMED", 13, 16, "some 500 died", 8)};
  candidates = {At("id: 'x' status: EXTRACTED", 29, 32, "600 were", 29)};
  merged = MergeClaims(existing, candidates, kDoc);
  ASSERT_EQ(merged.claims.size(), 2u);
  EXPECT_EQ(merged.claims[0].id(), "x");
  EXPECT_EQ(merged.claims[1].id(), "x_2");
  EXPECT_EQ(merged.added, 1);
}

TEST(MergeClaimsTest, UnmatchedClaimsAreDroppedKeptReanchoredOrVanished) {
  const std::string preface = "Preface. ";  // 9 bytes before kDoc
  const std::string doc = preface + kDoc;
  std::vector<Claim> existing = {
      // Untouched machine candidate no candidate matches: dropped.
      At("id: 'gone' status: EXTRACTED", 3, 7, "In 1954", 0),
      // Hand-written, still where it says: kept, not vanished.
      At("id: 'hand' status: CONFIRMED", 13 + 9, 16 + 9, "some 500 died",
         8 + 9),
      // Reviewed, moved by the preface: re-anchored onto the candidate.
      At("id: 'moved' status: REJECTED", 29, 32, "600 were", 29, "later ",
         " freed"),
      // Annotated candidate whose words are gone: vanished, kept.
      At("id: 'lost' status: EXTRACTED note: 'why?'", 0, 5, "Fifty", 0),
      // No provenance quote at all (written by hand): kept.
      MakeClaim("id: 'bare' status: CONFIRMED"),
  };
  std::vector<Claim> candidates = {
      At("id: 'd_38_41' status: EXTRACTED", 38, 41, "600 were", 38, "later ",
         " freed"),
  };
  MergeResult merged = MergeClaims(existing, candidates, doc);
  std::vector<std::string> ids;
  for (const Claim& c : merged.claims) ids.push_back(c.id());
  EXPECT_EQ(ids, (std::vector<std::string>{"hand", "moved", "lost", "bare"}));
  EXPECT_EQ(merged.dropped, (std::vector<std::string>{"gone"}));
  EXPECT_EQ(merged.reanchored, (std::vector<std::string>{"moved"}));
  EXPECT_EQ(merged.vanished, (std::vector<std::string>{"lost"}));
  EXPECT_EQ(merged.added, 0) << "the candidate at the new place is 'moved'";
  const Claim& moved = merged.claims[1];
  EXPECT_EQ(moved.status(), REJECTED);
  EXPECT_EQ(moved.provenance().begin(), 38u);
  EXPECT_EQ(moved.provenance().end(), 41u);
  EXPECT_EQ(moved.provenance().quote_begin(), 38u);
}

TEST(MergeClaimsTest, ClaimWithoutStatusIsKeptAsWritten) {
  std::vector<Claim> existing = {
      At("id: 'h' quantity { value: 3 }", 13, 16, "some 500 died", 8)};
  std::vector<Claim> candidates = {
      At("id: 'h' status: EXTRACTED quantity { value: 500 }", 13, 16,
         "some 500 died", 8)};
  MergeResult merged = MergeClaims(existing, candidates, kDoc);
  EXPECT_EQ(Serialized(merged.claims), Serialized(existing));
  EXPECT_EQ(merged.refreshed, 0);
  EXPECT_EQ(merged.added, 0);
}

TEST(FindQuoteTest, PicksTheOccurrenceTheContextAgreesWith) {
  struct Row {
    int line;
    std::string document;
    std::string quote;
    std::string prefix;
    std::string suffix;
    std::optional<size_t> expected;
  };
  const Row rows[] = {
      {__LINE__, "a 40 days b 40 days c", "40 days", "b ", " c", 12},
      {__LINE__, "a 40 days b 40 days c", "40 days", "a ", " b", 2},
      {__LINE__, "xx 40 days yy", "40 days", "zz ", " ww", 3},  // only one
      // Two occurrences, equally (un)like the context: ambiguous.
      {__LINE__, "a 40 days a 40 days a", "40 days", "a ", " a", std::nullopt},
      {__LINE__, "no figure here", "40 days", "", "", std::nullopt},
      {__LINE__, "anything", "", "", "", std::nullopt},
  };
  for (const Row& row : rows) {
    EXPECT_EQ(FindQuote(row.document, row.quote, row.prefix, row.suffix),
              row.expected)
        << "line " << row.line;
  }
}

class ClaimFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    // One directory per test and process: ctest runs tests in parallel.
    dir_ =
        fs::path(::testing::TempDir()) /
        ("claim_file_test_" +
         std::string(
             ::testing::UnitTest::GetInstance()->current_test_info()->name()) +
         "_" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    *file_.add_claim() = MakeClaim(
        "id: 'c1' source: 's1' subject { entity: 'kengir' attribute: 'deaths' "
        "qualifier { key: 'sex' value: 'female' } qualifier { key: 'place' "
        "value: 'Kengir' } } quantity { low: 500 high: 700 } status: "
        "EXTRACTED");
    file_.add_source()->set_id("s1");
  }
  void TearDown() override {
    fs::permissions(dir_, fs::perms::owner_all);
    fs::remove_all(dir_);
  }

  fs::path dir_;
  ClaimBaseFile file_;
};

TEST_F(ClaimFileTest, WriteThenReadRoundTripsWithHeader) {
  std::string path = (dir_ / "c.textproto").string();
  ASSERT_TRUE(
      WriteClaimFile(path, file_, "Made by checker extract.\nEdit freely.")
          .ok());
  absl::StatusOr<std::string> text = ReadFile(path);
  ASSERT_TRUE(text.ok());
  EXPECT_EQ(text->rfind(
                "# Made by checker extract.\n# Edit freely.\n\nsource {\n", 0),
            0u)
      << *text;
  IssueList issues;
  absl::StatusOr<ClaimBaseFile> read = ReadClaimFile(path, &issues);
  ASSERT_TRUE(read.ok()) << read.status() << issues.ToDisplayString();
  EXPECT_TRUE(MessageDifferencer::Equals(*read, file_)) << read->DebugString();
  // Deterministic: writing what was read gives the same bytes.
  ASSERT_TRUE(
      WriteClaimFile(path, *read, "Made by checker extract.\nEdit freely.")
          .ok());
  EXPECT_EQ(ReadFile(path).value_or(""), *text);
}

TEST_F(ClaimFileTest, FailedWriteLeavesTheExistingFileUntouched) {
  std::string path = (dir_ / "c.textproto").string();
  ASSERT_TRUE(WriteFileAtomically(path, "# reviewed by hand\n").ok());
  fs::permissions(dir_, fs::perms::owner_read | fs::perms::owner_exec);
  if (::access(dir_.c_str(), W_OK) == 0) {
    // Running as root: permissions do not stop us, so block the temporary
    // file's name instead (the write cannot create it).
    fs::permissions(dir_, fs::perms::owner_all);
    fs::create_directory(path + ".tmp." + std::to_string(::getpid()));
  }
  absl::Status status = WriteClaimFile(path, file_, "new");
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find(path), absl::string_view::npos) << status;
  EXPECT_EQ(ReadFile(path).value_or(""), "# reviewed by hand\n");
}

TEST_F(ClaimFileTest, ReadReportsSyntaxErrorsAndMissingFiles) {
  std::string path = (dir_ / "bad.textproto").string();
  ASSERT_TRUE(WriteFileAtomically(path, "claim { id: 1 2 }\n").ok());
  IssueList issues;
  absl::Status bad = ReadClaimFile(path, &issues).status();
  EXPECT_EQ(bad.code(), absl::StatusCode::kInvalidArgument);
  ASSERT_EQ(issues.issues().size(), 1u);
  EXPECT_EQ(issues.issues()[0].location.line, 1);
  // The message names the file and carries the issue itself.
  EXPECT_EQ(bad.message(), absl::StrCat(path, ": cannot be parsed: ",
                                        issues.issues()[0].ToString()));
  // The editor's read of the same file fails the same way.
  IssueList edit_issues;
  EXPECT_EQ(ReadClaimFileSnapshot(path, &edit_issues).status(), bad);
  EXPECT_EQ(edit_issues.issues().size(), 1u);
  EXPECT_EQ(ReadClaimFile((dir_ / "none.textproto").string(), &issues)
                .status()
                .code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace checker
