#include "checker/base/crc32c.h"

#include <string>

#include "gtest/gtest.h"

namespace checker {
namespace {

// Test vectors from RFC 3720 (iSCSI), appendix B.4, and the usual check
// value of "123456789".
TEST(Crc32cTest, MatchesPublishedVectors) {
  EXPECT_EQ(Crc32c(""), 0x00000000u);
  EXPECT_EQ(Crc32c("123456789"), 0xe3069283u);
  EXPECT_EQ(Crc32c(std::string(32, '\0')), 0x8a9136aau);
  EXPECT_EQ(Crc32c(std::string(32, '\xff')), 0x62a8ab43u);
  std::string ascending, descending;
  for (int i = 0; i < 32; ++i) {
    ascending += static_cast<char>(i);
    descending += static_cast<char>(31 - i);
  }
  EXPECT_EQ(Crc32c(ascending), 0x46dd794eu);
  EXPECT_EQ(Crc32c(descending), 0x113fdb5cu);
}

TEST(Crc32cTest, FastAndPortableFormsAgree) {
  std::string data;
  uint32_t seed = 12345;
  for (int length = 0; length < 300; ++length) {
    EXPECT_EQ(Crc32c(data), internal_crc32c::PortableExtend(0, data))
        << "length " << length;
    seed = seed * 1103515245u + 12345u;
    data += static_cast<char>(seed >> 24);
  }
  EXPECT_EQ(internal_crc32c::PortableExtend(0, "123456789"), 0xe3069283u);
}

TEST(Crc32cTest, ExtendEqualsTheWhole) {
  EXPECT_EQ(Crc32cExtend(Crc32c("hello "), "world"), Crc32c("hello world"));
}

TEST(Crc32cTest, MaskRoundTripsAndDiffers) {
  uint32_t crc = Crc32c("foo");
  EXPECT_NE(MaskCrc32c(crc), crc);
  EXPECT_NE(MaskCrc32c(MaskCrc32c(crc)), crc);
  EXPECT_EQ(UnmaskCrc32c(MaskCrc32c(crc)), crc);
}

}  // namespace
}  // namespace checker
