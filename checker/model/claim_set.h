// Read access to a loaded claim base, whatever form its claims are held in
// (parsed messages, or packed wire bytes parsed on demand). The rules
// engine and the report writers read claims only through this interface;
// store/ implements it for its ClaimBase (store/claim_base_set.h), so the
// stages above the claim base do not depend on how store loads or keeps it.
//
//   const ClaimSet& claims = ...;
//   claims.ForEachKey([&](uint32_t i, const ClaimKey& key) { ... });
//   std::unique_ptr<ClaimReader> reader = claims.NewReader();
//   const Claim* claim = reader->Read(i);  // null if its bytes are damaged
//
// Immutable use of a ClaimSet is thread-safe; a ClaimReader is one thread's.
#ifndef CHECKER_MODEL_CLAIM_SET_H_
#define CHECKER_MODEL_CLAIM_SET_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

#include "absl/functional/function_ref.h"
#include "absl/strings/string_view.h"
#include "checker/base/issue.h"
#include "proto/claim.pb.h"
#include "proto/gazetteer.pb.h"
#include "proto/source.pb.h"

namespace checker {

// What places a claim in the claim base, read without parsing the whole
// claim: views into the claim's storage (its bytes, or a parsed Claim), valid
// while the claim set lives.
struct ClaimKey {
  absl::string_view id;
  absl::string_view entity;
  absl::string_view attribute;
  // The Subject, to read qualifiers from when has_qualifiers: parsed, or
  // its bytes.
  const Subject* parsed_subject = nullptr;
  absl::string_view subject;
  bool has_qualifiers = false;
  // Claim.value_case(): the field number of the value (4..7), 0 when unset.
  int value_case = 0;
  absl::string_view quantity_unit;  // Quantity.unit, for a quantity
  int status = 0;                   // Claim.status (a CurationStatus)
};

// The key of a parsed claim (views into `claim`).
ClaimKey ClaimKeyOf(const Claim& claim);

// The Subject of `key`: its parsed_subject, or its bytes parsed into
// `scratch` (what could be read, should the bytes not parse). Readers of a
// key never parse wire bytes themselves.
const Subject& SubjectOf(const ClaimKey& key, Subject* scratch);

// Claims of one ClaimSet, parsed on demand for one thread.
class ClaimReader {
 public:
  virtual ~ClaimReader() = default;
  // Claim `i`; null when its stored bytes are not a Claim. Valid until
  // Clear() or the reader's end; reading `i` again before Clear() gives the
  // same claim without parsing it again.
  virtual const Claim* Read(size_t i) = 0;
  // Frees what was parsed so far (nothing, for claims held parsed).
  virtual void Clear() = 0;
};

class ClaimSet {
 public:
  virtual ~ClaimSet() = default;
  // Number of claims; they are numbered 0..size()-1 in storage order.
  virtual size_t size() const = 0;
  // Claim `i`'s id, without parsing it.
  virtual absl::string_view Id(size_t i) const = 0;
  // Calls visit(i, key) for every claim, in order. A claim whose key cannot
  // be read without parsing is parsed (its key's views then last only for
  // the call); one whose bytes no longer parse is skipped.
  virtual void ForEachKey(
      absl::FunctionRef<void(uint32_t, const ClaimKey&)> visit) const = 0;
  virtual std::unique_ptr<ClaimReader> NewReader() const = 0;
  // Where claim `i` was read from (file, line and column, or just the
  // base's path when that was not kept).
  virtual SourceLocation LocationOf(size_t i) const = 0;

  virtual const std::vector<Source>& sources() const = 0;
  virtual const std::vector<Entity>& entities() const = 0;
  virtual const std::vector<Attribute>& attributes() const = 0;
};

}  // namespace checker

#endif  // CHECKER_MODEL_CLAIM_SET_H_
