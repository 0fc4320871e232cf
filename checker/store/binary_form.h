// The compact binary form of a claim base: one file, fast to load.
//
// Layout: one text line, the magic header
//   checker claim base v1 sources=S entities=E attributes=A claims=C\n
// then length-delimited ClaimBaseFile records (varint size + message, as
// google::protobuf::util::SerializeDelimitedToOstream writes them): first
// records holding the sources, entities and attributes, then records of up
// to kClaimsPerRecord claims each, in the base's order. The counts in the
// header are hints for reserving memory; the records are the truth.
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
inline constexpr char kBinaryMagic[] = "checker claim base v1";

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
// here) and base->claims is left as it was. InvalidArgument if the file does not start with the magic line (not
// a binary claim base) or has another version; DataLoss if a record is
// truncated or corrupt (the message gives the record number and offset).
absl::Status ReadClaimBaseBinary(const FileReader& reader,
                                 const std::string& path, ClaimBase* base,
                                 bool keep_claims_packed = false);

}  // namespace checker

#endif  // CHECKER_STORE_BINARY_FORM_H_
