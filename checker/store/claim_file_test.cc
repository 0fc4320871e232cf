#include "checker/store/claim_file.h"

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "checker/base/file_io.h"
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

TEST(MergeClaimsTest, KeepsReviewedRefreshesExtractedAddsNewListsVanished) {
  std::vector<Claim> existing = {
      MakeClaim(
          "id: 'c1' status: CONFIRMED quantity { value: 500 } note: 'checked'"),
      MakeClaim("id: 'c2' status: CORRECTED quantity { value: 600 } text: "
                "'fixed by hand'"),
      MakeClaim("id: 'c3' status: REJECTED quantity { value: 1 }"),
      MakeClaim("id: 'c4' status: EXTRACTED quantity { value: 7 }"),
      MakeClaim("id: 'c5' status: EXTRACTED quantity { value: 8 }"),
      MakeClaim("id: 'c6' status: CONFIRMED quantity { value: 9 }"),
  };
  std::vector<Claim> candidates = {
      MakeClaim("id: 'c6x' status: EXTRACTED quantity { value: 10 }"),
      MakeClaim("id: 'c1' status: EXTRACTED quantity { value: 501 }"),
      MakeClaim("id: 'c2' status: EXTRACTED quantity { value: 601 }"),
      MakeClaim("id: 'c3' status: EXTRACTED quantity { value: 2 }"),
      MakeClaim("id: 'c4' status: EXTRACTED quantity { value: 70 }"),
  };
  MergeResult merged = MergeClaims(existing, candidates);
  std::vector<Claim> expected = {existing[0],   existing[1], existing[2],
                                 candidates[4], existing[4], existing[5],
                                 candidates[0]};
  EXPECT_EQ(Serialized(merged.claims), Serialized(expected));
  EXPECT_EQ(merged.added, 1);
  EXPECT_EQ(merged.refreshed, 1);
  EXPECT_EQ(merged.kept_reviewed, 4);  // c1, c2, c3 and vanished c6
  EXPECT_EQ(merged.vanished, (std::vector<std::string>{"c5", "c6"}));
}

TEST(MergeClaimsTest, ClaimWithoutStatusIsKeptAsWritten) {
  std::vector<Claim> existing = {MakeClaim("id: 'h' quantity { value: 3 }")};
  std::vector<Claim> candidates = {
      MakeClaim("id: 'h' status: EXTRACTED quantity { value: 4 }")};
  MergeResult merged = MergeClaims(existing, candidates);
  EXPECT_EQ(Serialized(merged.claims), Serialized(existing));
  EXPECT_EQ(merged.refreshed, 0);
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
  EXPECT_EQ(ReadClaimFile(path, &issues).status().code(),
            absl::StatusCode::kInvalidArgument);
  ASSERT_EQ(issues.issues().size(), 1u);
  EXPECT_EQ(issues.issues()[0].location.line, 1);
  EXPECT_EQ(ReadClaimFile((dir_ / "none.textproto").string(), &issues)
                .status()
                .code(),
            absl::StatusCode::kNotFound);
}

}  // namespace
}  // namespace checker
