// Claims kept in their serialized (wire) form and parsed on demand.
//
// A parsed Claim message costs ~500 bytes even when its strings are short
// (one heap object per string and sub-message); its serialized form costs a
// fifth of that. Ten million claims fit in memory only this way, so a binary
// claim base loaded for checking (LoadOptions::keep_claims_packed) keeps its
// claims here and the rules engine parses each entity's claims while it
// checks them.
//
//   PackedClaims packed;
//   packed.Append(claim.SerializeAsString(), claim.id());
//   Claim parsed;
//   if (packed.Parse(0, &parsed)) ...
//
// Bytes live in blocks that are never moved or resized, so appending keeps
// views from Serialized() and Id() valid for the object's lifetime.
// Immutable use (Parse, Id, Serialized) is thread-safe.
#ifndef CHECKER_STORE_PACKED_CLAIMS_H_
#define CHECKER_STORE_PACKED_CLAIMS_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/strings/string_view.h"
#include "checker/model/claim_set.h"
#include "google/protobuf/arena.h"
#include "proto/claim.pb.h"

namespace checker {

class PackedClaims {
 public:
  PackedClaims() = default;
  PackedClaims(PackedClaims&&) noexcept = default;
  PackedClaims& operator=(PackedClaims&&) noexcept = default;

  size_t size() const { return begins_.size(); }
  bool empty() const { return begins_.empty(); }

  void reserve(size_t claims) {
    begins_.reserve(claims);
    sizes_.reserve(claims);
  }

  // Appends one serialized Claim (copied) whose parsed id is `id`. The
  // bytes are not checked here: the caller has parsed them once.
  void Append(absl::string_view serialized, absl::string_view id);

  absl::string_view Serialized(size_t i) const {
    return absl::string_view(begins_[i], sizes_[i]);
  }

  // The claim's id, read straight from its bytes (field 1, which protobuf
  // writes first; other layouts keep a copy from Append). "" when the
  // claim has none.
  absl::string_view Id(size_t i) const;

  // Reads claim `i`'s key fields from its bytes. False when the bytes are
  // laid out in a way the scanner does not take (a field written twice,
  // say, which protobuf merges): parse the claim instead.
  bool ReadKey(size_t i, ClaimKey* key) const;

  // Parses claim `i` into `claim`, replacing its contents (reusing its
  // memory). False when the bytes are not a Claim.
  bool Parse(size_t i, Claim* claim) const;

  // Bytes held: blocks plus the per-claim index.
  size_t MemoryBytes() const;

 private:
  // Blocks grow from 4 KiB to 32 MiB: large enough that the block list
  // stays short, small enough that the unused tail of the last block does
  // not matter.
  static constexpr size_t kFirstBlockSize = size_t{4} << 10;
  static constexpr size_t kBlockSize = size_t{32} << 20;

  char* Reserve(size_t size);

  std::vector<std::unique_ptr<char[]>> blocks_;
  std::vector<size_t> block_sizes_;
  size_t block_used_ = 0;  // in the last block
  std::vector<const char*> begins_;
  std::vector<uint32_t> sizes_;
  // Ids of claims whose bytes do not start with field 1 (rare: bytes from
  // another serializer), by claim index.
  absl::flat_hash_map<uint32_t, std::string> odd_ids_;
};

// Parses packed claims into an arena that is emptied in one step, so a run
// that parses millions of claims a few at a time does no allocation per
// claim once the arena's first block is warm (parsing into a reused heap
// Claim would still allocate each sub-message again). Not thread-safe: one
// per thread.
//
//   PackedClaimParser parser(base.packed_claims);
//   const Claim* claim = parser.Parse(i);  // valid until Clear()
class PackedClaimParser {
 public:
  explicit PackedClaimParser(const PackedClaims& packed);
  PackedClaimParser(const PackedClaimParser&) = delete;
  PackedClaimParser& operator=(const PackedClaimParser&) = delete;

  // Claim `i`, parsed; null when its bytes are not a Claim. Valid until
  // Clear() or the parser's end.
  const Claim* Parse(size_t i);
  // Frees every claim parsed so far (the first block is kept for reuse).
  void Clear();
  // Bytes the arena holds now.
  uint64_t SpaceUsed() const { return arena_->SpaceUsed(); }

 private:
  static constexpr size_t kInitialBlock = size_t{256} << 10;
  const PackedClaims& packed_;
  std::unique_ptr<char[]> initial_block_;
  std::unique_ptr<google::protobuf::Arena> arena_;
};

}  // namespace checker

#endif  // CHECKER_STORE_PACKED_CLAIMS_H_
