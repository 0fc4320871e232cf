#include "checker/store/binary_form.h"

#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <random>

#include "absl/strings/str_cat.h"
#include "checker/store/lint_test_util.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using google::protobuf::util::MessageDifferencer;

// A path unique to this process (ctest runs tests in parallel).
std::string TempPath(const std::string& name) {
  return (std::filesystem::path(::testing::TempDir()) /
          (std::to_string(::getpid()) + "_" + name))
      .string();
}

template <typename T>
void ExpectSameProtos(const std::vector<T>& a, const std::vector<T>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_TRUE(MessageDifferencer::Equals(a[i], b[i]))
        << "item " << i << ":\n"
        << a[i].DebugString() << "vs\n"
        << b[i].DebugString();
  }
}

// A textproto base with more claims than one binary record holds.
ClaimBase TextprotoBase(int claims) {
  MemoryFileReader files;
  files.Add("claims/gazetteer.textproto", testing::kGazetteer);
  files.Add("claims/sources.textproto", testing::kSources);
  std::string text;
  for (int i = 0; i < claims; ++i) {
    absl::StrAppend(
        &text, "claim { id: \"c", i,
        "\" source: \"s1\" subject { entity: \"kengir\" "
        "attribute: \"deaths\" qualifier { key: \"sex\" value: "
        "\"female\" } } quantity { value: ",
        i,
        " } hedge: \"about\" provenance { document: "
        "\"seeds/a.txt\" begin: 14 end: 17 quote: \"some 500\" } }\n");
  }
  files.Add("claims/c.textproto", text);
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(files, "claims", {}, &issues);
  EXPECT_TRUE(base.ok() && issues.empty()) << issues.ToDisplayString();
  return *std::move(base);
}

TEST(BinaryFormTest, RoundTripGivesEqualProtos) {
  ClaimBase original = TextprotoBase(2 * kClaimsPerRecord + 7);
  std::string path = TempPath("round_trip.binpb");
  ASSERT_TRUE(WriteClaimBaseBinary(original, path).ok());
  IssueList issues;
  absl::StatusOr<ClaimBase> loaded = LoadClaimBase(path, {}, &issues);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_TRUE(issues.empty());
  ExpectSameProtos(original.sources, loaded->sources);
  ExpectSameProtos(original.entities, loaded->entities);
  ExpectSameProtos(original.attributes, loaded->attributes);
  ExpectSameProtos(original.claims, loaded->claims);
  EXPECT_NE(loaded->FindClaim("c20006"), nullptr);
  EXPECT_TRUE(loaded->claim_locations.empty());
  EXPECT_EQ(loaded->LocationOf(ItemKind::kClaim, 5, "quantity").file, path);
  std::filesystem::remove(path);
}

TEST(BinaryFormTest, EmptyBaseRoundTrips) {
  std::string path = TempPath("empty.binpb");
  ASSERT_TRUE(WriteClaimBaseBinary(ClaimBase(), path).ok());
  IssueList issues;
  absl::StatusOr<ClaimBase> loaded = LoadClaimBase(path, {}, &issues);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_TRUE(loaded->claims.empty());
  std::filesystem::remove(path);
}

TEST(BinaryFormTest, FileWithoutMagicLineIsAClearError) {
  MemoryFileReader files;
  files.Add("wrong.binpb", "claim { id: \"x\" }\n");
  ClaimBase base;
  absl::Status status = ReadClaimBaseBinary(files, "wrong.binpb", &base);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(),
            "wrong.binpb: not a binary claim base (it must start with "
            "\"checker claim base v2\"); make one with `checker lint DIR "
            "--pack FILE`");
}

TEST(BinaryFormTest, OtherVersionIsRejected) {
  MemoryFileReader files;
  files.Add("new.binpb", "checker claim base v9 claims=0\n");
  ClaimBase base;
  EXPECT_EQ(ReadClaimBaseBinary(files, "new.binpb", &base).code(),
            absl::StatusCode::kInvalidArgument);
}

TEST(BinaryFormTest, VersionOneWithoutChecksumsAsksForARepack) {
  MemoryFileReader files;
  files.Add("old.binpb", "checker claim base v1 sources=0 claims=0\n");
  ClaimBase base;
  absl::Status status = ReadClaimBaseBinary(files, "old.binpb", &base);
  EXPECT_EQ(status.code(), absl::StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(),
            "old.binpb: a version 1 binary claim base, which has no "
            "checksums; re-pack it with `checker lint DIR --pack FILE`");
}

// Every record carries a CRC32C: a flipped bit anywhere in the file is
// either reported or harmless (the loaded base is exactly the original);
// it never silently changes a claim, source or entity.
TEST(BinaryFormTest, EveryRandomBitFlipIsDetectedOrHarmless) {
  ClaimBase original = TextprotoBase(40);
  std::string path = TempPath("flips.binpb");
  ASSERT_TRUE(WriteClaimBaseBinary(original, path).ok());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  std::mt19937 random(20261201);  // fixed seed: the same flips every run
  std::uniform_int_distribution<size_t> byte(0, bytes.size() - 1);
  std::uniform_int_distribution<int> bit(0, 7);
  int detected = 0;
  for (int flip = 0; flip < 400; ++flip) {
    size_t at = byte(random);
    int which = bit(random);
    MemoryFileReader files;
    std::string damaged = bytes;
    damaged[at] = static_cast<char>(damaged[at] ^ (1 << which));
    files.Add("d.binpb", damaged);
    for (bool packed : {false, true}) {
      ClaimBase loaded;
      absl::Status status =
          ReadClaimBaseBinary(files, "d.binpb", &loaded, packed);
      if (!status.ok()) {
        ++detected;
        EXPECT_TRUE(status.code() == absl::StatusCode::kDataLoss ||
                    status.code() == absl::StatusCode::kInvalidArgument)
            << status;
        continue;
      }
      std::string where = absl::StrCat("bit ", which, " of byte ", at);
      ExpectSameProtos(original.sources, loaded.sources);
      ExpectSameProtos(original.entities, loaded.entities);
      ExpectSameProtos(original.attributes, loaded.attributes);
      if (packed) {
        ASSERT_EQ(loaded.packed_claims.size(), original.claims.size()) << where;
        for (size_t i = 0; i < original.claims.size(); ++i) {
          Claim claim;
          ASSERT_TRUE(loaded.packed_claims.Parse(i, &claim)) << where;
          EXPECT_TRUE(MessageDifferencer::Equals(original.claims[i], claim))
              << where;
        }
      } else {
        ExpectSameProtos(original.claims, loaded.claims);
      }
    }
  }
  EXPECT_GT(detected, 700);  // nearly every flip lands in checked bytes
  std::filesystem::remove(path);
}

TEST(BinaryFormTest, CorruptRecordNamesItsOffset) {
  ClaimBase original = TextprotoBase(3);
  std::string path = TempPath("offset.binpb");
  ASSERT_TRUE(WriteClaimBaseBinary(original, path).ok());
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  size_t quote = bytes.rfind("some 500");
  bytes[quote] = 'S';  // still parses as a claim; only the checksum knows
  MemoryFileReader files;
  files.Add("d.binpb", bytes);
  size_t header = bytes.find('\n') + 1;
  ClaimBase base;
  absl::Status status = ReadClaimBaseBinary(files, "d.binpb", &base);
  EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss);
  EXPECT_NE(status.message().find("checksum"), absl::string_view::npos)
      << status;
  EXPECT_NE(status.message().find(absl::StrCat("at byte ")),
            absl::string_view::npos);
  EXPECT_GT(quote, header);
  std::filesystem::remove(path);
}

TEST(BinaryFormTest, TruncatedRecordIsDataLoss) {
  ClaimBase original = TextprotoBase(3);
  std::string path = TempPath("truncated.binpb");
  ASSERT_TRUE(WriteClaimBaseBinary(original, path).ok());
  std::filesystem::resize_file(path, std::filesystem::file_size(path) - 5);
  ClaimBase base;
  absl::Status status = ReadClaimBaseBinary(RealFileReader(), path, &base);
  EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss) << status;
  EXPECT_NE(status.message().find("record 4 at byte"), absl::string_view::npos)
      << status;
  std::filesystem::remove(path);
}

TEST(BinaryFormTest, HeaderCountsMustMatchTheRecords) {
  // A base cut after a whole record, or a damaged count, is not silently
  // smaller: the header's counts are checked against what was read.
  MemoryFileReader files;
  files.Add("short.binpb",
            "checker claim base v2 sources=0 entities=0 attributes=0 "
            "claims=20000\n");
  ClaimBase base;
  absl::Status status = ReadClaimBaseBinary(files, "short.binpb", &base);
  EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss);
  EXPECT_EQ(status.message(),
            "short.binpb: the header promises 0 sources, 0 entities, 0 "
            "attributes and 20000 claims but the records hold 0, 0, 0 and 0; "
            "the file is truncated or corrupt; re-pack the claim base");
}

TEST(BinaryFormTest, PackedLoadKeepsEveryClaimSerialized) {
  ClaimBase original = TextprotoBase(kClaimsPerRecord + 3);
  std::string path = TempPath("packed.binpb");
  ASSERT_TRUE(WriteClaimBaseBinary(original, path).ok());
  IssueList issues;
  LoadOptions options;
  options.keep_claims_packed = true;
  absl::StatusOr<ClaimBase> loaded = LoadClaimBase(path, options, &issues);
  ASSERT_TRUE(loaded.ok()) << loaded.status();
  EXPECT_TRUE(loaded->claims.empty());
  ASSERT_EQ(loaded->packed_claims.size(), original.claims.size());
  EXPECT_EQ(loaded->claim_count(), original.claims.size());
  ExpectSameProtos(original.sources, loaded->sources);
  ExpectSameProtos(original.attributes, loaded->attributes);
  Claim parsed;
  for (size_t i = 0; i < original.claims.size(); i += 997) {
    ASSERT_TRUE(loaded->packed_claims.Parse(i, &parsed));
    EXPECT_TRUE(MessageDifferencer::Equals(original.claims[i], parsed)) << i;
    EXPECT_EQ(loaded->packed_claims.Id(i), original.claims[i].id());
  }
  std::filesystem::remove(path);
}

TEST(BinaryFormTest, PackedLoadRejectsACorruptClaim) {
  ClaimBase original = TextprotoBase(2);
  std::string path = TempPath("corrupt_claim.binpb");
  ASSERT_TRUE(WriteClaimBaseBinary(original, path).ok());
  // Damage a byte inside the last claim's quantity so the record still
  // splits but the claim no longer parses: 0xFF is not a valid tag there.
  std::string bytes;
  {
    std::ifstream in(path, std::ios::binary);
    bytes.assign(std::istreambuf_iterator<char>(in), {});
  }
  size_t quote = bytes.rfind("some 500");
  ASSERT_NE(quote, std::string::npos);
  bytes[quote - 2] = '\xff';  // the quote's tag
  {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out << bytes;
  }
  ClaimBase base;
  absl::Status status = ReadClaimBaseBinary(RealFileReader(), path, &base,
                                            /*keep_claims_packed=*/true);
  EXPECT_EQ(status.code(), absl::StatusCode::kDataLoss) << status;
  EXPECT_NE(status.message().find("re-pack"), absl::string_view::npos);
  std::filesystem::remove(path);
}

}  // namespace
}  // namespace checker
