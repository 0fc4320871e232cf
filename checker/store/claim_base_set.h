// A ClaimBase as the ClaimSet that the rules engine and the report writers
// read (model/claim_set.h): its parsed claims, or its packed ones parsed on
// demand into an arena per reader.
//
//   ClaimBase base = *LoadClaimBase("claims/");
//   ClaimBaseSet claims(base);
//   Report report = engine.Run(claims, &issues);
#ifndef CHECKER_STORE_CLAIM_BASE_SET_H_
#define CHECKER_STORE_CLAIM_BASE_SET_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "checker/model/claim_set.h"
#include "checker/store/claim_base.h"

namespace checker {

class ClaimBaseSet final : public ClaimSet {
 public:
  // `base` must outlive this and not change while it is read.
  explicit ClaimBaseSet(const ClaimBase& base) : base_(base) {}

  size_t size() const override { return base_.claim_count(); }
  absl::string_view Id(size_t i) const override;
  void ForEachKey(
      absl::FunctionRef<void(uint32_t, const ClaimKey&)> visit) const override;
  std::unique_ptr<ClaimReader> NewReader() const override;
  SourceLocation LocationOf(size_t i) const override;
  const std::vector<Source>& sources() const override { return base_.sources; }
  const std::vector<Entity>& entities() const override {
    return base_.entities;
  }
  const std::vector<Attribute>& attributes() const override {
    return base_.attributes;
  }

 private:
  const ClaimBase& base_;
};

}  // namespace checker

#endif  // CHECKER_STORE_CLAIM_BASE_SET_H_
