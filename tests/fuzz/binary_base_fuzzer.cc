// Feeds arbitrary bytes to the binary claim base reader, both ways (parsed
// and packed). Must never crash, leak or hang. Up to four of the bytes also
// overwrite a valid base: a burst of at most 32 bits, which CRC-32C always
// detects, so a file that still loads must give the base that was written.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>

#include "checker/store/binary_form.h"
#include "checker/store/claim_base.h"
#include "checker/store/file_reader.h"

namespace {

// A small valid base, written once to a temporary file and read back.
const std::string& ValidPacked() {
  static const std::string* bytes = [] {
    checker::ClaimBase base;
    checker::Source source;
    source.set_id("s1");
    base.sources.push_back(source);
    for (int i = 0; i < 3; ++i) {
      checker::Claim claim;
      claim.set_id("c" + std::to_string(i));
      claim.set_source("s1");
      claim.mutable_quantity()->set_value(100 * i);
      base.claims.push_back(claim);
    }
    std::string path =
        "/tmp/binary_base_fuzzer_" + std::to_string(::getpid()) + ".binpb";
    if (!checker::WriteClaimBaseBinary(base, path).ok()) std::abort();
    checker::RealFileReader disk;
    auto* read = new std::string(disk.Read(path).value());
    ::unlink(path.c_str());
    return read;
  }();
  return *bytes;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size > (1 << 16)) return 0;
  std::string input(reinterpret_cast<const char*>(data), size);
  checker::MemoryFileReader files;
  files.Add("any.binpb", input);
  for (bool packed : {false, true}) {
    checker::ClaimBase base;
    (void)checker::ReadClaimBaseBinary(files, "any.binpb", &base, packed);
  }
  // Overwrite bytes of the valid file with the input, from an offset the
  // first input byte picks: the result loads as the original or fails.
  const std::string& valid = ValidPacked();
  if (size < 2) return 0;
  std::string damaged = valid;
  size_t at = static_cast<unsigned char>(input[0]) % damaged.size();
  for (size_t k = 1; k < size && k <= 4 && at < damaged.size(); ++k, ++at) {
    damaged[at] = input[k];
  }
  if (damaged == valid) return 0;
  files.Add("damaged.binpb", damaged);
  checker::ClaimBase base;
  if (checker::ReadClaimBaseBinary(files, "damaged.binpb", &base).ok()) {
    if (base.claims.size() != 3 || base.sources.size() != 1) __builtin_trap();
    for (int i = 0; i < 3; ++i) {
      if (base.claims[i].quantity().value() != 100 * i ||
          base.claims[i].id() != "c" + std::to_string(i)) {
        __builtin_trap();
      }
    }
  }
  return 0;
}
