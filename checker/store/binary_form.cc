#include "checker/store/binary_form.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <climits>
#include <cstring>
#include <vector>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "checker/base/crc32c.h"
#include "checker/base/file_io.h"
#include "google/protobuf/arena.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"
#include "google/protobuf/wire_format_lite.h"

namespace checker {
namespace {

using google::protobuf::internal::WireFormatLite;
using google::protobuf::io::CodedInputStream;
using google::protobuf::io::CodedOutputStream;
using google::protobuf::io::ZeroCopyInputStream;

// Field tags of ClaimBaseFile (proto/claim_base.proto), length-delimited.
constexpr uint32_t kSourceTag = (1 << 3) | 2;
constexpr uint32_t kEntityTag = (2 << 3) | 2;
constexpr uint32_t kAttributeTag = (3 << 3) | 2;
constexpr uint32_t kClaimTag = (4 << 3) | 2;

// Caps the memory reserved from a header's counts (a corrupt header must
// not make us reserve terabytes).
constexpr size_t kMaxReserve = size_t{1} << 24;

// Writes items [begin, end) of `items` as one ClaimBaseFile record holding
// them in field `tag`: varint size, masked CRC-32C of the bytes (fixed32),
// then the bytes (see the header comment).
template <typename T>
void WriteRecord(const std::vector<T>& items, size_t begin, size_t end,
                 uint32_t tag, CodedOutputStream* out) {
  std::string record;
  {
    google::protobuf::io::StringOutputStream stream(&record);
    CodedOutputStream coded(&stream);
    for (size_t i = begin; i < end; ++i) {
      coded.WriteVarint32(tag);
      coded.WriteVarint64(items[i].ByteSizeLong());
      items[i].SerializeWithCachedSizes(&coded);
    }
  }
  out->WriteVarint64(record.size());
  out->WriteLittleEndian32(MaskCrc32c(Crc32c(record)));
  out->WriteRaw(record.data(), static_cast<int>(record.size()));
}

template <typename T>
void WriteChunked(const std::vector<T>& items, uint32_t tag,
                  CodedOutputStream* out) {
  for (size_t begin = 0; begin < items.size(); begin += kClaimsPerRecord) {
    WriteRecord(items, begin,
                std::min(items.size(), begin + size_t{kClaimsPerRecord}), tag,
                out);
  }
}

std::string HeaderLine(const ClaimBase& base) {
  return absl::StrCat(kBinaryMagic, " sources=", base.sources.size(),
                      " entities=", base.entities.size(),
                      " attributes=", base.attributes.size(),
                      " claims=", base.claims.size(), "\n");
}

// Reads the header line off `in`; fills the four counts it names (sources,
// entities, attributes, claims), each of which must be there.
absl::Status ReadHeader(const std::string& path, ZeroCopyInputStream* in,
                        uint64_t counts[4]) {
  const void* data = nullptr;
  int size = 0;
  while (size == 0) {
    if (!in->Next(&data, &size)) size = -1;
  }
  absl::string_view chunk;
  if (size > 0) chunk = absl::string_view(static_cast<const char*>(data), size);
  size_t newline = chunk.find('\n');
  if (newline == absl::string_view::npos || newline > 200 ||
      !absl::StartsWith(chunk, "checker claim base ")) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": not a binary claim base (it must start with \"", kBinaryMagic,
        "\"); make one with `checker lint DIR --pack FILE`"));
  }
  absl::string_view header = chunk.substr(0, newline);
  in->BackUp(size - static_cast<int>(newline + 1));
  if (absl::StartsWith(header, "checker claim base v1 ") ||
      header == "checker claim base v1") {
    return absl::InvalidArgumentError(
        absl::StrCat(path,
                     ": a version 1 binary claim base, which has no "
                     "checksums; re-pack it with `checker lint DIR --pack "
                     "FILE`"));
  }
  if (!absl::StartsWith(header, absl::StrCat(kBinaryMagic, " "))) {
    return absl::InvalidArgumentError(
        absl::StrCat(path, ": unsupported binary claim base version (\"",
                     header.substr(0, 40),
                     "\"); re-pack it with this checker's `lint --pack`"));
  }
  const char* keys[4] = {"sources=", "entities=", "attributes=", "claims="};
  std::vector<absl::string_view> words =
      absl::StrSplit(header.substr(sizeof(kBinaryMagic)), ' ');
  bool ok = words.size() == 4;
  for (int k = 0; ok && k < 4; ++k) {
    ok = absl::ConsumePrefix(&words[k], keys[k]) && !words[k].empty() &&
         absl::SimpleAtoi(words[k], &counts[k]) &&
         words[k].find_first_not_of("0123456789") == absl::string_view::npos;
  }
  if (!ok) {
    return absl::DataLossError(absl::StrCat(
        path, ": the header line is damaged (it must read \"", kBinaryMagic,
        " sources=S entities=E attributes=A claims=C\"); re-pack the claim "
        "base"));
  }
  return absl::OkStatus();
}

template <typename T>
bool ParseInto(absl::string_view bytes, std::vector<T>* items) {
  items->emplace_back();
  return items->back().ParseFromArray(bytes.data(),
                                      static_cast<int>(bytes.size()));
}

template <typename T>
void MoveAll(google::protobuf::RepeatedPtrField<T>* from, std::vector<T>* to) {
  for (T& item : *from) to->push_back(std::move(item));
}

enum class RecordRead { kOk, kEnd, kTruncated, kBadChecksum };

// Reads one record's bytes (size, checksum, bytes) into `bytes` and checks
// its CRC-32C. kEnd when the stream ended cleanly between records.
RecordRead ReadRecordBytes(ZeroCopyInputStream* in, std::string* bytes) {
  CodedInputStream coded(in);
  coded.SetTotalBytesLimit(INT_MAX);
  int start = coded.CurrentPosition();
  uint64_t size = 0;
  if (!coded.ReadVarint64(&size)) {
    return coded.CurrentPosition() == start ? RecordRead::kEnd
                                            : RecordRead::kTruncated;
  }
  uint32_t masked = 0;
  if (size > static_cast<uint64_t>(INT_MAX) ||
      !coded.ReadLittleEndian32(&masked) ||
      !coded.ReadString(bytes, static_cast<int>(size))) {
    return RecordRead::kTruncated;
  }
  return Crc32c(*bytes) == UnmaskCrc32c(masked) ? RecordRead::kOk
                                                : RecordRead::kBadChecksum;
}

// Appends the items of one serialized ClaimBaseFile record to `base`,
// keeping its claims serialized (each parsed once, into `arena`, to reject
// corrupt bytes here rather than in the middle of a check). False when the
// record is not a well-formed ClaimBaseFile.
bool SplitRecord(absl::string_view record, ClaimBase* base,
                 google::protobuf::Arena* arena) {
  CodedInputStream in(reinterpret_cast<const uint8_t*>(record.data()),
                      static_cast<int>(record.size()));
  for (uint32_t tag = in.ReadTag(); tag != 0; tag = in.ReadTag()) {
    if (tag != kSourceTag && tag != kEntityTag && tag != kAttributeTag &&
        tag != kClaimTag) {
      if (!WireFormatLite::SkipField(&in, tag)) return false;
      continue;
    }
    uint32_t length = 0;
    if (!in.ReadVarint32(&length)) return false;
    size_t begin = static_cast<size_t>(in.CurrentPosition());
    if (length > record.size() - begin || !in.Skip(static_cast<int>(length))) {
      return false;
    }
    absl::string_view item = record.substr(begin, length);
    bool parsed = false;
    switch (tag) {
      case kSourceTag:
        parsed = ParseInto(item, &base->sources);
        break;
      case kEntityTag:
        parsed = ParseInto(item, &base->entities);
        break;
      case kAttributeTag:
        parsed = ParseInto(item, &base->attributes);
        break;
      default: {
        Claim* claim = google::protobuf::Arena::CreateMessage<Claim>(arena);
        parsed =
            claim->ParseFromArray(item.data(), static_cast<int>(item.size()));
        if (parsed) base->packed_claims.Append(item, claim->id());
        break;
      }
    }
    if (!parsed) return false;
  }
  return in.ConsumedEntireMessage();
}

}  // namespace

absl::Status WriteClaimBaseBinary(const ClaimBase& base,
                                  const std::string& path) {
  const std::string temp = TempPathFor(path);
  int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) {
    return absl::PermissionDeniedError(absl::StrCat(
        path, ": cannot create temporary file: ", std::strerror(errno)));
  }
  bool written = false;
  {
    google::protobuf::io::FileOutputStream file(fd, /*block_size=*/1 << 20);
    {
      CodedOutputStream out(&file);
      std::string header = HeaderLine(base);
      out.WriteRaw(header.data(), static_cast<int>(header.size()));
      WriteChunked(base.sources, kSourceTag, &out);
      WriteChunked(base.entities, kEntityTag, &out);
      WriteChunked(base.attributes, kAttributeTag, &out);
      WriteChunked(base.claims, kClaimTag, &out);
      written = !out.HadError();
    }
    written = file.Flush() && written;
  }
  int error = written ? 0 : EIO;
  if (written && ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error != 0) {
    ::unlink(temp.c_str());
    return absl::DataLossError(
        absl::StrCat(path, ": cannot write: ", std::strerror(error)));
  }
  return RenameOver(temp, path);
}

absl::Status ReadClaimBaseBinary(const FileReader& reader,
                                 const std::string& path, ClaimBase* base,
                                 bool keep_claims_packed) {
  absl::StatusOr<std::unique_ptr<ZeroCopyInputStream>> in =
      reader.OpenStream(path);
  if (!in.ok()) return in.status();
  uint64_t counts[4] = {0, 0, 0, 0};
  absl::Status header = ReadHeader(path, in->get(), counts);
  if (!header.ok()) return header;
  auto reserve = [](uint64_t count) {
    return static_cast<size_t>(std::min<uint64_t>(count, kMaxReserve));
  };
  const size_t before[4] = {
      base->sources.size(), base->entities.size(), base->attributes.size(),
      keep_claims_packed ? base->packed_claims.size() : base->claims.size()};
  base->sources.reserve(before[0] + reserve(counts[0]));
  base->entities.reserve(before[1] + reserve(counts[1]));
  base->attributes.reserve(before[2] + reserve(counts[2]));
  if (keep_claims_packed) {
    base->packed_claims.reserve(before[3] + reserve(counts[3]));
  } else {
    base->claims.reserve(before[3] + reserve(counts[3]));
  }
  ClaimBaseFile record;
  std::string bytes;
  google::protobuf::Arena arena;  // the claims of one record, parsed
  for (int number = 1;; ++number) {
    int64_t offset = (*in)->ByteCount();
    auto corrupt = [&](absl::string_view what) {
      return absl::DataLossError(absl::StrCat(path, ": record ", number,
                                              " at byte ", offset, " ", what,
                                              "; re-pack the claim base"));
    };
    RecordRead read = ReadRecordBytes(in->get(), &bytes);
    if (read == RecordRead::kEnd) break;
    if (read == RecordRead::kTruncated) return corrupt("is truncated");
    if (read == RecordRead::kBadChecksum) {
      return corrupt("is corrupt (its checksum does not match its bytes)");
    }
    if (keep_claims_packed) {
      arena.Reset();
      if (!SplitRecord(bytes, base, &arena)) return corrupt("is corrupt");
      continue;
    }
    record.Clear();
    if (!record.ParseFromString(bytes)) return corrupt("is corrupt");
    MoveAll(record.mutable_source(), &base->sources);
    MoveAll(record.mutable_entity(), &base->entities);
    MoveAll(record.mutable_attribute(), &base->attributes);
    MoveAll(record.mutable_claim(), &base->claims);
  }
  const uint64_t read[4] = {
      base->sources.size() - before[0], base->entities.size() - before[1],
      base->attributes.size() - before[2],
      (keep_claims_packed ? base->packed_claims.size() : base->claims.size()) -
          before[3]};
  if (!std::equal(read, read + 4, counts)) {
    return absl::DataLossError(absl::StrCat(
        path, ": the header promises ", counts[0], " sources, ", counts[1],
        " entities, ", counts[2], " attributes and ", counts[3],
        " claims but the records hold ", read[0], ", ", read[1], ", ", read[2],
        " and ", read[3],
        "; the file is truncated or corrupt; re-pack the claim base"));
  }
  return absl::OkStatus();
}

}  // namespace checker
