#include "checker/store/packed_claims.h"

#include <string>
#include <vector>

#include "absl/strings/str_cat.h"
#include "google/protobuf/util/message_differencer.h"
#include "gtest/gtest.h"

namespace checker {
namespace {

using google::protobuf::util::MessageDifferencer;

Claim MakeClaim(int i) {
  Claim claim;
  claim.set_id(absl::StrCat("claim-", i));
  claim.set_source("s1");
  claim.mutable_subject()->set_entity("kengir_uprising");
  claim.mutable_subject()->set_attribute("duration");
  claim.mutable_duration()->set_amount(40 + i % 3);
  claim.mutable_duration()->set_unit(UNIT_DAY);
  claim.mutable_provenance()->set_quote(std::string(i % 50, 'q'));
  return claim;
}

TEST(PackedClaimsTest, ParsesBackWhatWasAppended) {
  PackedClaims packed;
  for (int i = 0; i < 1000; ++i) {
    Claim claim = MakeClaim(i);
    packed.Append(claim.SerializeAsString(), claim.id());
  }
  ASSERT_EQ(packed.size(), 1000u);
  Claim parsed;
  for (int i = 0; i < 1000; ++i) {
    ASSERT_TRUE(packed.Parse(i, &parsed));
    EXPECT_TRUE(MessageDifferencer::Equals(parsed, MakeClaim(i))) << i;
    EXPECT_EQ(packed.Id(i), absl::StrCat("claim-", i));
  }
}

TEST(PackedClaimsTest, ViewsStayValidAcrossBlocks) {
  PackedClaims packed;
  // Each claim is ~1 MiB, so 70 of them span several blocks.
  Claim big = MakeClaim(0);
  big.mutable_provenance()->set_quote(std::string(1 << 20, 'x'));
  for (int i = 0; i < 70; ++i) {
    big.set_id(absl::StrCat("big-", i));
    packed.Append(big.SerializeAsString(), big.id());
  }
  absl::string_view first_id = packed.Id(0);
  for (int i = 0; i < 70; ++i) {
    EXPECT_EQ(packed.Id(i), absl::StrCat("big-", i));
  }
  EXPECT_EQ(first_id, "big-0");
  EXPECT_GE(packed.MemoryBytes(), size_t{70} << 20);
}

TEST(PackedClaimsTest, AClaimLargerThanABlockGetsItsOwn) {
  PackedClaims packed;
  Claim huge = MakeClaim(1);
  huge.mutable_provenance()->set_quote(std::string(40 << 20, 'y'));
  packed.Append(huge.SerializeAsString(), huge.id());
  Claim parsed;
  ASSERT_TRUE(packed.Parse(0, &parsed));
  EXPECT_EQ(parsed.provenance().quote().size(), size_t{40} << 20);
}

TEST(PackedClaimsTest, IdOfBytesNotStartingWithFieldOneIsStillFound) {
  // Another serializer may put fields in any order: write `source` (2)
  // before `id` (1) by hand.
  std::string bytes = "\x12\x02s1\x0a\x03odd";
  PackedClaims packed;
  packed.Append(bytes, "odd");
  EXPECT_EQ(packed.Id(0), "odd");
  Claim parsed;
  ASSERT_TRUE(packed.Parse(0, &parsed));
  EXPECT_EQ(parsed.id(), "odd");
  EXPECT_EQ(parsed.source(), "s1");
}

TEST(PackedClaimsTest, ClaimWithoutIdHasEmptyId) {
  Claim claim = MakeClaim(2);
  claim.clear_id();
  PackedClaims packed;
  packed.Append(claim.SerializeAsString(), "");
  EXPECT_EQ(packed.Id(0), "");
}

void ExpectSameKey(const ClaimKey& got, const ClaimKey& want) {
  EXPECT_EQ(got.id, want.id);
  EXPECT_EQ(got.entity, want.entity);
  EXPECT_EQ(got.attribute, want.attribute);
  EXPECT_EQ(got.has_qualifiers, want.has_qualifiers);
  EXPECT_EQ(got.value_case, want.value_case);
  EXPECT_EQ(got.quantity_unit, want.quantity_unit);
  EXPECT_EQ(got.status, want.status);
}

TEST(PackedClaimsTest, KeyScanAgreesWithTheParsedClaim) {
  std::vector<Claim> claims(5, MakeClaim(3));
  claims[1].mutable_quantity()->set_value(14);
  claims[1].mutable_quantity()->set_unit("percent");
  claims[1].set_status(REJECTED);
  (*claims[2].mutable_subject()->mutable_qualifier())["sex"] = "female";
  claims[3].clear_duration();  // no value
  claims[4].clear_subject();
  claims[4].set_status(EXTRACTED);
  PackedClaims packed;
  for (size_t i = 0; i < claims.size(); ++i) {
    claims[i].set_id(absl::StrCat("k", i));
    packed.Append(claims[i].SerializeAsString(), claims[i].id());
  }
  for (size_t i = 0; i < claims.size(); ++i) {
    SCOPED_TRACE(i);
    ClaimKey key;
    ASSERT_TRUE(packed.ReadKey(i, &key));
    ExpectSameKey(key, ClaimKeyOf(claims[i]));
  }
  ClaimKey key;
  ASSERT_TRUE(packed.ReadKey(2, &key));
  Subject subject;
  ASSERT_TRUE(subject.ParseFromArray(key.subject.data(),
                                     static_cast<int>(key.subject.size())));
  EXPECT_EQ(subject.qualifier().at("sex"), "female");
}

TEST(PackedClaimsTest, KeyScanLeavesIrregularBytesToTheParser) {
  // A subject written twice (protobuf merges the two) and a truncated
  // claim: the scan declines both.
  Claim claim = MakeClaim(4);
  std::string twice = claim.SerializeAsString();
  Subject extra;
  extra.set_attribute("deaths");
  twice += "\x1a" + std::string(1, static_cast<char>(extra.ByteSizeLong())) +
           extra.SerializeAsString();
  PackedClaims packed;
  packed.Append(twice, claim.id());
  std::string whole = claim.SerializeAsString();
  packed.Append(whole.substr(0, whole.size() - 3), claim.id());
  ClaimKey key;
  EXPECT_FALSE(packed.ReadKey(0, &key));
  EXPECT_FALSE(packed.ReadKey(1, &key));
  Claim parsed;
  ASSERT_TRUE(packed.Parse(0, &parsed));
  EXPECT_EQ(parsed.subject().attribute(), "deaths");  // the merge
}

TEST(PackedClaimsTest, GarbageDoesNotParse) {
  PackedClaims packed;
  packed.Append("\xff\xff\xff", "");
  Claim parsed;
  EXPECT_FALSE(packed.Parse(0, &parsed));
}

}  // namespace
}  // namespace checker
