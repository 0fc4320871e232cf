#include "checker/store/binary_form.h"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "absl/strings/match.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_split.h"
#include "google/protobuf/arena.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl.h"
#include "google/protobuf/util/delimited_message_util.h"
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

// Writes items [begin, end) of `items` as one length-delimited ClaimBaseFile
// record holding them in field `tag`, serializing each item in place.
template <typename T>
void WriteRecord(const std::vector<T>& items, size_t begin, size_t end,
                 uint32_t tag, CodedOutputStream* out) {
  size_t record_size = 0;
  for (size_t i = begin; i < end; ++i) {
    size_t size = items[i].ByteSizeLong();  // caches sizes for the write
    record_size += CodedOutputStream::VarintSize32(tag) +
                   CodedOutputStream::VarintSize64(size) + size;
  }
  out->WriteVarint64(record_size);
  for (size_t i = begin; i < end; ++i) {
    out->WriteVarint32(tag);
    out->WriteVarint64(items[i].GetCachedSize());
    items[i].SerializeWithCachedSizes(out);
  }
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

// Reads the header line off `in`; fills the counts it names.
absl::Status ReadHeader(const std::string& path, ZeroCopyInputStream* in,
                        size_t counts[4]) {
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
  if (!absl::StartsWith(header, absl::StrCat(kBinaryMagic, " ")) &&
      header != kBinaryMagic) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": unsupported binary claim base version (\"", header,
        "\"); re-pack it with this checker's `lint --pack`"));
  }
  const char* keys[4] = {"sources=", "entities=", "attributes=", "claims="};
  for (absl::string_view word : absl::StrSplit(header, ' ')) {
    for (int k = 0; k < 4; ++k) {
      if (!absl::ConsumePrefix(&word, keys[k])) continue;
      uint64_t count = 0;
      if (absl::SimpleAtoi(word, &count)) {
        counts[k] = static_cast<size_t>(std::min<uint64_t>(count, kMaxReserve));
      }
    }
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

// Reads one length-delimited record's bytes into `bytes`. False at the end
// of the stream (`clean_eof` set when it ended between records) or on a
// truncated record.
bool ReadRecordBytes(ZeroCopyInputStream* in, std::string* bytes,
                     bool* clean_eof) {
  CodedInputStream coded(in);
  int start = coded.CurrentPosition();
  uint32_t size = 0;
  *clean_eof = false;
  if (!coded.ReadVarint32(&size)) {
    *clean_eof = coded.CurrentPosition() == start;
    return false;
  }
  return coded.ReadString(bytes, static_cast<int>(size));
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
        parsed = claim->ParseFromArray(item.data(),
                                       static_cast<int>(item.size()));
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
  std::string temp = absl::StrCat(path, ".tmp.", ::getpid());
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
  if (error == 0 && ::rename(temp.c_str(), path.c_str()) != 0) error = errno;
  if (error != 0) {
    ::unlink(temp.c_str());
    return absl::DataLossError(
        absl::StrCat(path, ": cannot write: ", std::strerror(error)));
  }
  return absl::OkStatus();
}

absl::Status ReadClaimBaseBinary(const FileReader& reader,
                                 const std::string& path, ClaimBase* base,
                                 bool keep_claims_packed) {
  absl::StatusOr<std::unique_ptr<ZeroCopyInputStream>> in =
      reader.OpenStream(path);
  if (!in.ok()) return in.status();
  size_t counts[4] = {0, 0, 0, 0};
  absl::Status header = ReadHeader(path, in->get(), counts);
  if (!header.ok()) return header;
  base->sources.reserve(base->sources.size() + counts[0]);
  base->entities.reserve(base->entities.size() + counts[1]);
  base->attributes.reserve(base->attributes.size() + counts[2]);
  if (keep_claims_packed) {
    base->packed_claims.reserve(base->packed_claims.size() + counts[3]);
  } else {
    base->claims.reserve(base->claims.size() + counts[3]);
  }
  ClaimBaseFile record;
  std::string bytes;
  google::protobuf::Arena arena;  // the claims of one record, parsed
  for (int number = 1;; ++number) {
    int64_t offset = (*in)->ByteCount();
    auto corrupt = [&] {
      return absl::DataLossError(
          absl::StrCat(path, ": record ", number, " at byte ", offset,
                       " is truncated or corrupt; re-pack the claim base"));
    };
    if (keep_claims_packed) {
      bool clean_eof = false;
      if (!ReadRecordBytes(in->get(), &bytes, &clean_eof)) {
        if (clean_eof) break;
        return corrupt();
      }
      arena.Reset();
      if (!SplitRecord(bytes, base, &arena)) return corrupt();
      continue;
    }
    bool clean_eof = false;
    record.Clear();  // the delimited parse merges into what is there
    if (!google::protobuf::util::ParseDelimitedFromZeroCopyStream(
            &record, in->get(), &clean_eof)) {
      if (clean_eof) break;
      return corrupt();
    }
    MoveAll(record.mutable_source(), &base->sources);
    MoveAll(record.mutable_entity(), &base->entities);
    MoveAll(record.mutable_attribute(), &base->attributes);
    MoveAll(record.mutable_claim(), &base->claims);
  }
  return absl::OkStatus();
}

}  // namespace checker
