#include "checker/store/packed_claims.h"

#include <algorithm>
#include <cstring>

namespace checker {
namespace {

// A minimal reader of the protobuf wire format: the key scan runs once per
// claim over millions of claims, and CodedInputStream's setup costs more
// than the scan itself.

// Reads a varint at *p; false when it runs past `end` or over 10 bytes.
bool ReadVarint(const char** p, const char* end, uint64_t* value) {
  uint64_t result = 0;
  for (int shift = 0; shift < 70 && *p < end; shift += 7) {
    auto byte = static_cast<uint8_t>(*(*p)++);
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      *value = result;
      return true;
    }
  }
  return false;
}

// Walks the top-level fields of `bytes`, calling on_field(number, payload,
// varint): for a length-delimited field `payload` views its bytes; for a
// varint field `payload` is null (data() == nullptr) and `varint` holds the
// value. Fixed-width fields are skipped. False on malformed bytes, on
// groups (deprecated; left to the parser) or when on_field returns false.
template <typename Fn>
bool ForEachField(absl::string_view bytes, const Fn& on_field) {
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  while (p < end) {
    uint64_t tag = 0;
    if (!ReadVarint(&p, end, &tag) || (tag >> 3) == 0 ||
        (tag >> 3) > (uint64_t{1} << 29)) {
      return false;
    }
    int number = static_cast<int>(tag >> 3);
    uint64_t value = 0;
    switch (tag & 7) {
      case 0:  // varint
        if (!ReadVarint(&p, end, &value) ||
            !on_field(number, absl::string_view(), value)) {
          return false;
        }
        break;
      case 1:  // fixed64
        if (end - p < 8) return false;
        p += 8;
        break;
      case 2:  // length-delimited
        if (!ReadVarint(&p, end, &value) ||
            value > static_cast<uint64_t>(end - p) ||
            !on_field(number, absl::string_view(p, value), uint64_t{0})) {
          return false;
        }
        p += value;
        break;
      case 5:  // fixed32
        if (end - p < 4) return false;
        p += 4;
        break;
      default:
        return false;
    }
  }
  return true;
}

constexpr uint64_t kIdTag = (1 << 3) | 2;  // Claim.id, length-delimited

// The id at the start of `bytes`, when they start with field 1.
bool LeadingId(absl::string_view bytes, absl::string_view* id) {
  const char* p = bytes.data();
  const char* end = p + bytes.size();
  uint64_t tag = 0;
  uint64_t length = 0;
  if (!ReadVarint(&p, end, &tag) || tag != kIdTag ||
      !ReadVarint(&p, end, &length) ||
      length > static_cast<uint64_t>(end - p)) {
    return false;
  }
  *id = absl::string_view(p, length);
  return true;
}

// Sets *field to `value`, refusing a second occurrence (protobuf would
// merge or overwrite; such bytes are parsed instead).
bool SetOnce(absl::string_view value, bool* seen, absl::string_view* field) {
  if (*seen) return false;
  *seen = true;
  *field = value;
  return true;
}

}  // namespace

char* PackedClaims::Reserve(size_t size) {
  if (blocks_.empty() || block_used_ + size > block_sizes_.back()) {
    // Blocks double from 4 KiB up to kBlockSize, so a small base does not
    // pay for a large block; left uninitialized, as every byte handed out
    // is written by Append.
    size_t block = blocks_.empty()
                       ? kFirstBlockSize
                       : std::min(kBlockSize, 2 * block_sizes_.back());
    block = std::max(block, size);
    blocks_.push_back(std::unique_ptr<char[]>(new char[block]));
    block_sizes_.push_back(block);
    block_used_ = 0;
  }
  char* at = blocks_.back().get() + block_used_;
  block_used_ += size;
  return at;
}

void PackedClaims::Append(absl::string_view serialized, absl::string_view id) {
  char* at = Reserve(serialized.size());
  if (!serialized.empty())
    std::memcpy(at, serialized.data(), serialized.size());
  absl::string_view leading;
  if (!id.empty() && (!LeadingId(serialized, &leading) || leading != id)) {
    odd_ids_.emplace(static_cast<uint32_t>(begins_.size()), id);
  }
  begins_.push_back(at);
  sizes_.push_back(static_cast<uint32_t>(serialized.size()));
}

absl::string_view PackedClaims::Id(size_t i) const {
  if (!odd_ids_.empty()) {
    auto it = odd_ids_.find(static_cast<uint32_t>(i));
    if (it != odd_ids_.end()) return it->second;
  }
  absl::string_view id;
  return LeadingId(Serialized(i), &id) ? id : absl::string_view();
}

bool PackedClaims::ReadKey(size_t i, ClaimKey* key) const {
  *key = ClaimKey();
  bool seen[16] = {};
  bool ok = ForEachField(
      Serialized(i),
      [&](int number, absl::string_view payload, uint64_t varint) {
        // A known field in an unexpected wire type: leave it to the parser.
        bool delimited = payload.data() != nullptr;
        if (delimited != (number != 12) && number <= 12) return false;
        switch (number) {
          case 1:  // id
            return SetOnce(payload, &seen[1], &key->id);
          case 3:  // subject
            if (!SetOnce(payload, &seen[3], &key->subject)) return false;
            return ForEachField(
                payload, [&](int sub, absl::string_view text, uint64_t) {
                  if (sub <= 3 && text.data() == nullptr) return false;
                  if (sub == 1) return SetOnce(text, &seen[13], &key->entity);
                  if (sub == 2)
                    return SetOnce(text, &seen[14], &key->attribute);
                  if (sub == 3) key->has_qualifiers = true;
                  return true;
                });
          case 4:                                    // quantity
          case 5:                                    // date
          case 6:                                    // duration
          case 7:                                    // relative_date
            if (key->value_case != 0) return false;  // oneof written twice
            key->value_case = number;
            if (number != 4) return true;
            return ForEachField(
                payload, [&](int sub, absl::string_view text, uint64_t) {
                  return sub != 6 ||
                         (text.data() != nullptr &&
                          SetOnce(text, &seen[15], &key->quantity_unit));
                });
          case 12:  // status
            if (seen[12]) return false;
            seen[12] = true;
            key->status = static_cast<int>(varint);
            return true;
          default:
            return true;
        }
      });
  return ok;
}

bool PackedClaims::Parse(size_t i, Claim* claim) const {
  absl::string_view bytes = Serialized(i);
  return claim->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()));
}

size_t PackedClaims::MemoryBytes() const {
  size_t bytes = 0;
  for (size_t size : block_sizes_) bytes += size;
  return bytes + begins_.capacity() * sizeof(const char*) +
         sizes_.capacity() * sizeof(uint32_t);
}

PackedClaimParser::PackedClaimParser(const PackedClaims& packed)
    : packed_(packed), initial_block_(new char[kInitialBlock]) {
  google::protobuf::ArenaOptions options;
  options.initial_block = initial_block_.get();
  options.initial_block_size = kInitialBlock;
  options.start_block_size = kInitialBlock;
  options.max_block_size = size_t{4} << 20;
  arena_ = std::make_unique<google::protobuf::Arena>(options);
}

const Claim* PackedClaimParser::Parse(size_t i) {
  Claim* claim = google::protobuf::Arena::CreateMessage<Claim>(arena_.get());
  absl::string_view bytes = packed_.Serialized(i);
  if (!claim->ParseFromArray(bytes.data(), static_cast<int>(bytes.size()))) {
    return nullptr;
  }
  return claim;
}

void PackedClaimParser::Clear() { arena_->Reset(); }

}  // namespace checker
