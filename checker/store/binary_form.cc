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
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl.h"
#include "google/protobuf/util/delimited_message_util.h"

namespace checker {
namespace {

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
void MoveAll(google::protobuf::RepeatedPtrField<T>* from, std::vector<T>* to) {
  for (T& item : *from) to->push_back(std::move(item));
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
                                 const std::string& path, ClaimBase* base) {
  absl::StatusOr<std::unique_ptr<ZeroCopyInputStream>> in =
      reader.OpenStream(path);
  if (!in.ok()) return in.status();
  size_t counts[4] = {0, 0, 0, 0};
  absl::Status header = ReadHeader(path, in->get(), counts);
  if (!header.ok()) return header;
  base->sources.reserve(base->sources.size() + counts[0]);
  base->entities.reserve(base->entities.size() + counts[1]);
  base->attributes.reserve(base->attributes.size() + counts[2]);
  base->claims.reserve(base->claims.size() + counts[3]);
  ClaimBaseFile record;
  for (int number = 1;; ++number) {
    int64_t offset = (*in)->ByteCount();
    bool clean_eof = false;
    record.Clear();  // the delimited parse merges into what is there
    if (!google::protobuf::util::ParseDelimitedFromZeroCopyStream(
            &record, in->get(), &clean_eof)) {
      if (clean_eof) break;
      return absl::DataLossError(
          absl::StrCat(path, ": record ", number, " at byte ", offset,
                       " is truncated or corrupt; re-pack the claim base"));
    }
    MoveAll(record.mutable_source(), &base->sources);
    MoveAll(record.mutable_entity(), &base->entities);
    MoveAll(record.mutable_attribute(), &base->attributes);
    MoveAll(record.mutable_claim(), &base->claims);
  }
  return absl::OkStatus();
}

}  // namespace checker
