// CRC-32C (Castagnoli), the checksum leveldb's log and iSCSI use, for the
// binary claim base's records. Abseil 20220623 (Debian 12) has no absl/crc,
// so this is our own: the SSE 4.2 instruction where the CPU has it, else a
// table-driven loop; both give the same values.
//
//   uint32_t crc = Crc32c("123456789");          // 0xE3069283
//   uint32_t stored = MaskCrc32c(crc);           // as written to disk
//   crc = Crc32cExtend(crc, more);               // same as Crc32c(all)
#ifndef CHECKER_BASE_CRC32C_H_
#define CHECKER_BASE_CRC32C_H_

#include <cstdint>

#include "absl/strings/string_view.h"

namespace checker {

// The CRC-32C of `data`.
uint32_t Crc32c(absl::string_view data);
// The CRC-32C of A + `data`, given `crc` = Crc32c(A).
uint32_t Crc32cExtend(uint32_t crc, absl::string_view data);

namespace internal_crc32c {
// The table-driven form, whatever the CPU (for tests against the fast one).
uint32_t PortableExtend(uint32_t crc, absl::string_view data);
}  // namespace internal_crc32c

// leveldb's masking: a CRC stored next to data whose own CRC is taken later
// (a record holding CRCs) would otherwise make those CRCs degenerate.
inline uint32_t MaskCrc32c(uint32_t crc) {
  return ((crc >> 15) | (crc << 17)) + 0xa282ead8u;
}
inline uint32_t UnmaskCrc32c(uint32_t masked) {
  uint32_t rotated = masked - 0xa282ead8u;
  return (rotated >> 17) | (rotated << 15);
}

}  // namespace checker

#endif  // CHECKER_BASE_CRC32C_H_
