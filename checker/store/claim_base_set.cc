#include "checker/store/claim_base_set.h"

#include "absl/container/flat_hash_map.h"
#include "checker/store/packed_claims.h"

namespace checker {
namespace {

// Claims held parsed: nothing to parse or free.
class ParsedReader final : public ClaimReader {
 public:
  explicit ParsedReader(const std::vector<Claim>& claims) : claims_(claims) {}
  const Claim* Read(size_t i) override { return &claims_[i]; }
  void Clear() override {}

 private:
  const std::vector<Claim>& claims_;
};

// Packed claims, parsed into the reader's arena once each until Clear().
class PackedReader final : public ClaimReader {
 public:
  explicit PackedReader(const PackedClaims& packed) : parser_(packed) {}
  const Claim* Read(size_t i) override {
    auto [it, added] = parsed_.try_emplace(i, nullptr);
    if (added) it->second = parser_.Parse(i);
    return it->second;
  }
  void Clear() override {
    parsed_.clear();
    parser_.Clear();
  }

 private:
  PackedClaimParser parser_;
  absl::flat_hash_map<size_t, const Claim*> parsed_;  // by index, this entity
};

}  // namespace

absl::string_view ClaimBaseSet::Id(size_t i) const {
  return base_.claims.empty() ? base_.packed_claims.Id(i)
                              : absl::string_view(base_.claims[i].id());
}

void ClaimBaseSet::ForEachKey(
    absl::FunctionRef<void(uint32_t, const ClaimKey&)> visit) const {
  for (uint32_t i = 0; i < base_.claims.size(); ++i) {
    visit(i, ClaimKeyOf(base_.claims[i]));
  }
  // Packed claims are scanned without parsing; the rare one the scanner
  // does not take is parsed, and one that no longer parses (the loader
  // parsed it once) is skipped, not trusted.
  const PackedClaims& packed = base_.packed_claims;
  Claim scratch;
  ClaimKey key;
  for (uint32_t i = 0; i < packed.size(); ++i) {
    if (packed.ReadKey(i, &key)) {
      visit(i, key);
    } else if (packed.Parse(i, &scratch)) {
      visit(i, ClaimKeyOf(scratch));
    }
  }
}

std::unique_ptr<ClaimReader> ClaimBaseSet::NewReader() const {
  if (base_.packed_claims.empty()) {
    return std::make_unique<ParsedReader>(base_.claims);
  }
  return std::make_unique<PackedReader>(base_.packed_claims);
}

SourceLocation ClaimBaseSet::LocationOf(size_t i) const {
  return i < base_.claim_locations.size() ? base_.claim_locations[i]
                                          : SourceLocation{};
}

}  // namespace checker
