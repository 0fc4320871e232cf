#include "checker/base/crc32c.h"

#include <array>
#include <cstring>

namespace checker {
namespace {

// The reflected Castagnoli polynomial 0x1EDC6F41.
constexpr uint32_t kPolynomial = 0x82f63b78u;

constexpr std::array<uint32_t, 256> MakeTable() {
  std::array<uint32_t, 256> table{};
  for (uint32_t n = 0; n < 256; ++n) {
    uint32_t crc = n;
    for (int k = 0; k < 8; ++k) {
      crc = (crc & 1) != 0 ? (crc >> 1) ^ kPolynomial : crc >> 1;
    }
    table[n] = crc;
  }
  return table;
}

constexpr std::array<uint32_t, 256> kTable = MakeTable();

#if defined(__x86_64__)
// SSE 4.2 has a CRC-32C instruction: 8 bytes a step, about 20 times the
// table's speed, which keeps loading a 10M-claim base (1.4 GB) cheap.
__attribute__((target("sse4.2"))) uint32_t HardwareExtend(
    uint32_t crc, absl::string_view data) {
  uint64_t state = ~crc;
  const char* p = data.data();
  size_t n = data.size();
  for (; n >= 8; p += 8, n -= 8) {
    uint64_t word;
    std::memcpy(&word, p, 8);
    state = __builtin_ia32_crc32di(state, word);
  }
  uint32_t state32 = static_cast<uint32_t>(state);
  for (; n > 0; ++p, --n) {
    state32 = __builtin_ia32_crc32qi(state32, static_cast<unsigned char>(*p));
  }
  return ~state32;
}

bool HasHardwareCrc() {
  static const bool has = __builtin_cpu_supports("sse4.2");
  return has;
}
#endif

}  // namespace

namespace internal_crc32c {
uint32_t PortableExtend(uint32_t crc, absl::string_view data) {
  uint32_t state = ~crc;
  for (char c : data) {
    state =
        kTable[(state ^ static_cast<unsigned char>(c)) & 0xff] ^ (state >> 8);
  }
  return ~state;
}
}  // namespace internal_crc32c

uint32_t Crc32cExtend(uint32_t crc, absl::string_view data) {
#if defined(__x86_64__)
  if (HasHardwareCrc()) return HardwareExtend(crc, data);
#endif
  return internal_crc32c::PortableExtend(crc, data);
}

uint32_t Crc32c(absl::string_view data) { return Crc32cExtend(0, data); }

}  // namespace checker
