#include "checker/review/claim_writer.h"

#include <string>

#include "absl/strings/str_replace.h"
#include "checker/base/file_io.h"
#include "checker/review/review_test_base.h"
#include "checker/store/claim_file_edit.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

class ClaimWriterTest : public ::testing::Test {
 protected:
  void SetUp() override { path_ = WriteFloodBase() + "/base/flood.textproto"; }
  std::string Text() { return ReadFile(path_).value(); }
  std::string path_;
};

TEST_F(ClaimWriterTest, ReplacingOneClaimKeepsEveryOtherByteOfTheFile) {
  Claim claim = ReadClaimFromFile(path_, "flood_55").value();
  const std::string version = ClaimVersion(claim);
  claim.set_status(REJECTED);
  ASSERT_TRUE(WriteReviewedClaim(path_, "flood_55", version, &claim).ok());

  const std::string text = Text();
  // The comments a person wrote, and the untouched claims, stay as written.
  EXPECT_THAT(text, HasSubstr("# This comment must survive every write.\n"));
  EXPECT_THAT(text, HasSubstr("# A second voice, from the almanac.\n"));
  EXPECT_THAT(
      text,
      HasSubstr(
          R"(  evidence { confidence: 0.9 reasons: "entity by name in the same sentence" })"));
  const std::string before(kFloodClaims);
  const size_t block = before.find("claim {\n  id: \"flood_55\"");
  EXPECT_EQ(text.substr(0, block), before.substr(0, block));
  const size_t next = before.find("claim {\n  id: \"flood_deaths\"");
  EXPECT_EQ(text.substr(text.find("claim {\n  id: \"flood_deaths\"")),
            before.substr(next));
  EXPECT_EQ(ReadClaimFromFile(path_, "flood_55")->status(), REJECTED);
}

TEST_F(ClaimWriterTest, RefusesAClaimChangedSinceItWasRead) {
  const Claim seen = ReadClaimFromFile(path_, "flood_40").value();
  // Someone else confirms it meanwhile.
  Claim theirs = seen;
  theirs.set_status(CONFIRMED);
  ASSERT_TRUE(
      WriteReviewedClaim(path_, "flood_40", ClaimVersion(seen), &theirs).ok());
  const std::string after_theirs = Text();

  Claim mine = seen;
  mine.set_status(REJECTED);
  absl::Status status =
      WriteReviewedClaim(path_, "flood_40", ClaimVersion(seen), &mine);
  EXPECT_TRUE(absl::IsFailedPrecondition(status)) << status;
  EXPECT_THAT(status.message(), HasSubstr("changed by someone else"));
  EXPECT_THAT(status.message(), HasSubstr("flood.textproto"));
  EXPECT_EQ(Text(), after_theirs);
}

TEST_F(ClaimWriterTest, AppendsANewClaimAndRemovesIt) {
  Claim added;
  added.set_id("flood_new");
  added.set_source("report");
  added.set_status(CORRECTED);
  ASSERT_TRUE(WriteReviewedClaim(path_, "", "", &added).ok());
  EXPECT_THAT(Text(), HasSubstr("claim {\n  id: \"flood_new\"\n"));
  // The same id twice is refused.
  EXPECT_TRUE(
      absl::IsFailedPrecondition(WriteReviewedClaim(path_, "", "", &added)));

  ASSERT_TRUE(
      WriteReviewedClaim(path_, "flood_new", ClaimVersion(added), nullptr)
          .ok());
  EXPECT_EQ(Text(), std::string(kFloodClaims));
}

TEST_F(ClaimWriterTest, BracesInsideStringsAndCommentsDoNotConfuseTheScan) {
  const std::string tricky = absl::StrReplaceAll(
      kFloodClaims,
      {{"status: EXTRACTED\n  evidence { confidence: 0.95 }",
        "status: EXTRACTED  # not a } brace\n  note: \"a } "
        "and a \\\" claim {\"\n  evidence { confidence: 0.95 }"}});
  ASSERT_TRUE(WriteFileAtomically(path_, tricky).ok());
  Claim claim = ReadClaimFromFile(path_, "flood_55").value();
  EXPECT_EQ(claim.note(), "a } and a \" claim {");
  const std::string version = ClaimVersion(claim);
  claim.set_status(CONFIRMED);
  ASSERT_TRUE(WriteReviewedClaim(path_, "flood_55", version, &claim).ok());
  EXPECT_EQ(ReadClaimFromFile(path_, "flood_deaths")->status(), EXTRACTED);
  EXPECT_EQ(ReadClaimFromFile(path_, "flood_55")->status(), CONFIRMED);
  // The comment inside the rewritten block is kept (moved to its top).
  EXPECT_THAT(Text(), HasSubstr("# not a } brace\n"));
}

TEST_F(ClaimWriterTest,
       AChangeToAnotherClaimOfTheFileDoesNotRefuseTheDecision) {
  const Claim seen = ReadClaimFromFile(path_, "flood_40").value();
  // A second reviewer decides another claim of the same file meanwhile.
  Claim other = ReadClaimFromFile(path_, "flood_55").value();
  const std::string other_version = ClaimVersion(other);
  other.set_status(CONFIRMED);
  ASSERT_TRUE(
      WriteReviewedClaim(path_, "flood_55", other_version, &other).ok());

  Claim mine = seen;
  mine.set_status(REJECTED);
  ASSERT_TRUE(
      WriteReviewedClaim(path_, "flood_40", ClaimVersion(seen), &mine).ok());
  EXPECT_EQ(ReadClaimFromFile(path_, "flood_40")->status(), REJECTED);
  EXPECT_EQ(ReadClaimFromFile(path_, "flood_55")->status(), CONFIRMED);
}

TEST_F(ClaimWriterTest, AWriteToTheFileDuringTheDecisionIsRefusedAndKept) {
  Claim claim = ReadClaimFromFile(path_, "flood_deaths").value();
  const std::string version = ClaimVersion(claim);
  claim.set_status(CONFIRMED);
  // A person's editor saves the file between the decision's read and its
  // rename.
  const std::string theirs =
      std::string(kFloodClaims) + "# Added in an editor.\n";
  SetBeforeReplaceHookForTesting([&](const std::string& path) {
    ASSERT_TRUE(WriteFileAtomically(path, theirs).ok());
  });
  absl::Status status =
      WriteReviewedClaim(path_, "flood_deaths", version, &claim);
  SetBeforeReplaceHookForTesting({});
  EXPECT_TRUE(absl::IsFailedPrecondition(status)) << status;
  EXPECT_THAT(status.message(), HasSubstr("flood.textproto"));
  EXPECT_EQ(Text(), theirs);
}

TEST_F(ClaimWriterTest, AFileThatDoesNotParseIsNamedAndLeftAlone) {
  const std::string broken = absl::StrReplaceAll(
      kFloodClaims, {{"status: EXTRACTED\n}\n", "status: EXTRACTED\n\n"}});
  ASSERT_NE(broken, std::string(kFloodClaims));
  ASSERT_TRUE(WriteFileAtomically(path_, broken).ok());
  Claim claim;
  claim.set_id("flood_40");
  absl::Status status = WriteReviewedClaim(path_, "flood_40", "0000", &claim);
  EXPECT_TRUE(absl::IsInvalidArgument(status)) << status;
  EXPECT_THAT(status.message(), HasSubstr("flood.textproto"));
  EXPECT_EQ(Text(), broken);
}

TEST_F(ClaimWriterTest, AnIdWrittenTwiceIsRefusedHoweverTheSecondIsSpelled) {
  // A person pasted flood_40 again, its id spelled with an escape ("\x5f"
  // is "_"): the same id, so no block may be picked over the other.
  const std::string doubled = std::string(kFloodClaims) +
                              "claim { id: \"flood\\x5f40\" status: "
                              "REJECTED }\n";
  ASSERT_TRUE(WriteFileAtomically(path_, doubled).ok());
  Claim claim = ReadClaimFromFile(path_, "flood_40").value();
  const std::string version = ClaimVersion(claim);
  claim.set_status(CONFIRMED);
  absl::Status status = WriteReviewedClaim(path_, "flood_40", version, &claim);
  EXPECT_TRUE(absl::IsInvalidArgument(status)) << status;
  EXPECT_THAT(status.message(), HasSubstr("flood.textproto"));
  EXPECT_EQ(Text(), doubled);
}

TEST_F(ClaimWriterTest, AnIdInSingleQuotesIsFoundAndOnlyItsBlockChanges) {
  const std::string quoted = absl::StrReplaceAll(
      kFloodClaims, {{"id: \"flood_deaths\"", "id: 'flood_deaths'"}});
  ASSERT_TRUE(WriteFileAtomically(path_, quoted).ok());
  Claim claim = ReadClaimFromFile(path_, "flood_deaths").value();
  const std::string version = ClaimVersion(claim);
  claim.set_status(REJECTED);
  ASSERT_TRUE(WriteReviewedClaim(path_, "flood_deaths", version, &claim).ok());
  EXPECT_EQ(ReadClaimFromFile(path_, "flood_deaths")->status(), REJECTED);
  // Every byte before the block is as it was.
  const size_t block = quoted.find("claim {\n  id: 'flood_deaths'");
  EXPECT_EQ(Text().substr(0, block), quoted.substr(0, block));
}

TEST_F(ClaimWriterTest, ADecisionCannotRenameTheClaim) {
  Claim claim = ReadClaimFromFile(path_, "flood_40").value();
  const std::string version = ClaimVersion(claim);
  claim.set_id("flood_40_renamed");
  EXPECT_TRUE(absl::IsInvalidArgument(
      WriteReviewedClaim(path_, "flood_40", version, &claim)));
  EXPECT_EQ(Text(), std::string(kFloodClaims));
}

TEST_F(ClaimWriterTest, AMissingClaimIsNotFoundAndTheFileIsUntouched) {
  Claim claim;
  claim.set_id("nowhere");
  EXPECT_TRUE(
      absl::IsNotFound(WriteReviewedClaim(path_, "nowhere", "0000", &claim)));
  EXPECT_EQ(Text(), std::string(kFloodClaims));
  EXPECT_THAT(Text(), Not(HasSubstr("nowhere")));
}

}  // namespace
}  // namespace checker
