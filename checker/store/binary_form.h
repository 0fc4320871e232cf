// The compact binary form of a claim base: one file, fast to load.
//
// Layout: one text line, the magic header
//   checker claim base v2 sources=S entities=E attributes=A claims=C\n
// then ClaimBaseFile records, each: varint size N, the masked CRC-32C of the
// N bytes (fixed32, little-endian; checker/base/crc32c.h, as leveldb's log),
// then the N bytes of the message. First records holding the sources,
// entities and attributes, then records of up to kClaimsPerRecord claims
// each, in the base's order. The header's counts reserve memory and must
// equal what the records hold, so a file cut after a whole record is caught
// too. Version 1 (no checksums) is refused with a request to re-pack.
//
// The binary form keeps no file/line locations and no rules: lint messages
// about a packed base name only the .binpb file, and the rules come from
// --rules or the defaults.
//
//   CHECKER_RETURN_IF_ERROR(WriteClaimBaseBinary(base, "claims.binpb"));
//   ClaimBase loaded;
//   CHECKER_RETURN_IF_ERROR(ReadClaimBaseBinary(RealFileReader(),
//   "claims.binpb", &loaded));
#ifndef CHECKER_STORE_BINARY_FORM_H_
#define CHECKER_STORE_BINARY_FORM_H_

#include <string>

#include "absl/status/status.h"
#include "checker/store/claim_base.h"
#include "checker/store/file_reader.h"

namespace checker {

inline constexpr int kClaimsPerRecord = 10000;
inline constexpr char kBinaryMagic[] = "checker claim base v2";

// Writes `base` (sources, entities, attributes, claims; not the rules or
// locations) to `path` atomically: a temporary file in the same directory,
// fsync, then rename, so an existing file is replaced only by a complete one.
// Serializes straight from `base` without copying the claims.
absl::Status WriteClaimBaseBinary(const ClaimBase& base,
                                  const std::string& path);

// Appends the items of the binary file `path` to `base` (moving them out of
// the parsed records; memory reserved from the header). Does not build the
// index. With `keep_claims_packed` the claims go to base->packed_claims in
// their serialized form (each is still parsed once, to catch corruption
// here) and base->claims is left as it was. InvalidArgument if the file
// does not start with the magic line (not a binary claim base) or has
// another version (version 1: "re-pack"); DataLoss if the header is damaged,
// a record is truncated, its checksum does not match or it does not parse
// (the message gives the record number and its byte offset), or the counts
// differ from the header's.
absl::Status ReadClaimBaseBinary(const FileReader& reader,
                                 const std::string& path, ClaimBase* base,
                                 bool keep_claims_packed = false);

}  // namespace checker

#endif  // CHECKER_STORE_BINARY_FORM_H_
