// The claim base in memory, and loading it.
//
// A claim base is a directory of textproto files, each a ClaimBaseFile
// (proto/claim_base.proto), plus an optional rules.textproto (RulesConfig),
// or the same content in the compact binary form (see binary_form.h).
//
//   IssueList issues;
//   absl::StatusOr<ClaimBase> base = LoadClaimBase("claims/", {}, &issues);
//
// Problems in the files (syntax, unknown ids, bad spans) are collected in
// `issues`, and loading goes on with what could be read; a Status error means
// the tool could not run at all (directory missing, unreadable).
//
// Schema of a claim base directory (see proto/claim_base.proto), one
// example item per file:
//   claims/sources.textproto
//     source { id: "heller1986" title: "..."
//              document { path: "seeds/x.txt" sha256: "..." } }
//   claims/gazetteer.textproto
//     entity { id: "kengir_uprising" name: "Kengir" }
//     attribute { id: "deaths" value_kind: VALUE_QUANTITY }
//   claims/x/claims.textproto
//     claim { id: "c1" source: "heller1986"
//             subject { entity: "kengir_uprising" attribute: "deaths" }
//             quantity { value: 500 } }
//   claims/rules.textproto
//     a RulesConfig (proto/rules.proto); optional
// Every *.textproto is read in sorted path order; any file may hold any mix of
// sources, entities, attributes and claims. Ids must be unique across the
// whole base. Unknown fields are errors. A file with a syntax error is
// skipped (one issue naming its line and column); the others still load.
#ifndef CHECKER_STORE_CLAIM_BASE_H_
#define CHECKER_STORE_CLAIM_BASE_H_

#include <cstdint>
#include <string>
#include <tuple>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/base/issue.h"
#include "checker/store/file_reader.h"
#include "checker/store/packed_claims.h"
#include "google/protobuf/text_format.h"
#include "proto/claim.pb.h"
#include "proto/claim_base.pb.h"
#include "proto/gazetteer.pb.h"
#include "proto/rules.pb.h"
#include "proto/source.pb.h"

namespace checker {

// The kinds of item a claim base holds, for LocationOf().
enum class ItemKind { kSource, kEntity, kAttribute, kClaim };

struct ClaimBase {
  std::vector<Source> sources;
  std::vector<Entity> entities;
  std::vector<Attribute> attributes;
  std::vector<Claim> claims;
  // The claims of a binary base loaded with LoadOptions::keep_claims_packed,
  // still serialized; `claims` is then empty. Only the rules engine reads
  // this form (it is what lets `checker check` hold 10M claims): every
  // other consumer loads without the option.
  PackedClaims packed_claims;
  // Where each claim was read from (parallel to `claims`).
  std::vector<SourceLocation> claim_locations;
  // From rules.textproto in the directory, or defaults when absent.
  RulesConfig rules;

  // The path LoadClaimBase was given, and every file it read (sorted).
  std::string origin;
  std::vector<std::string> files;
  // Where each source, entity and attribute was read from (parallel to
  // their vectors, like `claim_locations`).
  std::vector<SourceLocation> source_locations;
  std::vector<SourceLocation> entity_locations;
  std::vector<SourceLocation> attribute_locations;
  // 1-based line and column of every field set inside an item read from
  // textproto, keyed by (kind, index, field path). Paths are dotted field
  // names with [i] for repeated elements: "provenance.begin",
  // "document[0].segment[1].end", "cites[2]", "date.earliest".
  absl::flat_hash_map<std::tuple<ItemKind, uint32_t, std::string>,
                      std::pair<int, int>>
      field_positions;

  // Where item `index` of `kind` (or its field `field_path`, when that was
  // recorded) was read from; falls back to the item, then to `origin`.
  // The binary form keeps no locations: the *_locations vectors are empty
  // and this returns {origin}.
  SourceLocation LocationOf(ItemKind kind, size_t index,
                            absl::string_view field_path = "") const;

  // Claims in either form.
  size_t claim_count() const { return claims.size() + packed_claims.size(); }

  // Lookups by id; null when absent (FindClaim sees only `claims`). Valid
  // until the vectors change: call BuildIndex() after filling or editing
  // them.
  const Source* FindSource(absl::string_view id) const;
  const Entity* FindEntity(absl::string_view id) const;
  const Attribute* FindAttribute(absl::string_view id) const;
  const Claim* FindClaim(absl::string_view id) const;
  void BuildIndex();

 private:
  absl::flat_hash_map<std::string, size_t> source_index_;
  absl::flat_hash_map<std::string, size_t> entity_index_;
  absl::flat_hash_map<std::string, size_t> attribute_index_;
  absl::flat_hash_map<std::string, size_t> claim_index_;
};

// Loading reads only the claim base; the documents its sources name are
// checked by LintClaimBase (lint.h) with LintOptions::docs_root.
struct LoadOptions {
  // For a binary (.binpb) base: keep the claims serialized in
  // ClaimBase::packed_claims (a fifth of the memory) instead of parsing
  // them into ClaimBase::claims. For consumers that can read that form
  // (the rules engine); ignored for textproto bases.
  bool keep_claims_packed = false;
};

// True for the rules file of a claim base directory: "rules.textproto"
// at any depth.
bool IsRulesFile(absl::string_view path);

// Loads a claim base directory (every *.textproto below it, recursively, in
// sorted path order) or a binary claim base file (by its extension, .binpb).
// A single *.textproto file may also be given. Returns NotFound when `path`
// does not exist, InvalidArgument when it is neither, and the error of a
// binary file that is not a claim base; problems inside textproto files are
// issues. The result is indexed (BuildIndex() has run). Nothing is linted
// here beyond syntax: run LintClaimBase (lint.h) for the rest.
absl::StatusOr<ClaimBase> LoadClaimBase(const std::string& path,
                                        const LoadOptions& options,
                                        IssueList* issues);
// The same, reading through `reader` (tests use a MemoryFileReader).
absl::StatusOr<ClaimBase> LoadClaimBase(const FileReader& reader,
                                        const std::string& path,
                                        const LoadOptions& options,
                                        IssueList* issues);

// Appends the items of `file` to `base`, moving them out of `file`; with
// `tree` (from parsing `file_path`) their locations are recorded too.
// Does not rebuild the index.
void AppendClaimBaseFile(
    ClaimBaseFile&& file, const std::string& file_path,
    const google::protobuf::TextFormat::ParseInfoTree* tree, ClaimBase* base);

}  // namespace checker

#endif  // CHECKER_STORE_CLAIM_BASE_H_
