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
#ifndef CHECKER_STORE_CLAIM_BASE_H_
#define CHECKER_STORE_CLAIM_BASE_H_

#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/base/issue.h"
#include "proto/claim.pb.h"
#include "proto/gazetteer.pb.h"
#include "proto/rules.pb.h"
#include "proto/source.pb.h"

namespace checker {

struct ClaimBase {
  std::vector<Source> sources;
  std::vector<Entity> entities;
  std::vector<Attribute> attributes;
  std::vector<Claim> claims;
  // Where each claim was read from (parallel to `claims`).
  std::vector<SourceLocation> claim_locations;
  // From rules.textproto in the directory, or defaults when absent.
  RulesConfig rules;

  // Lookups by id; null when absent. Valid until the vectors change:
  // call BuildIndex() after filling or editing them.
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

struct LoadOptions {
  // Root that Source.document paths are relative to; "" skips every check
  // that needs the documents.
  std::string docs_root;
};

// Loads a claim base directory (every *.textproto below it, recursively, in
// sorted path order) or a binary claim base file (by its extension, .binpb).
absl::StatusOr<ClaimBase> LoadClaimBase(const std::string& path,
                                        const LoadOptions& options,
                                        IssueList* issues);

}  // namespace checker

#endif  // CHECKER_STORE_CLAIM_BASE_H_
