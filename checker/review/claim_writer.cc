#include "checker/review/claim_writer.h"

#include <string>

#include "absl/strings/str_cat.h"
#include "checker/base/file_io.h"
#include "checker/base/issue.h"
#include "checker/base/status_macros.h"
#include "checker/store/claim_file_edit.h"
#include "google/protobuf/io/coded_stream.h"
#include "google/protobuf/io/zero_copy_stream_impl_lite.h"

namespace checker {
namespace {

// The claim with `id` in `file`, null when there is none.
const Claim* FindClaim(const ClaimBaseFile& file, absl::string_view id) {
  for (const Claim& claim : file.claim()) {
    if (claim.id() == id) return &claim;
  }
  return nullptr;
}

absl::StatusOr<ClaimFileSnapshot> ReadSnapshot(const std::string& path) {
  IssueList issues;  // the status carries them too
  return ReadClaimFileSnapshot(path, &issues);
}

}  // namespace

std::string ClaimVersion(const Claim& claim) {
  std::string bytes;
  {
    google::protobuf::io::StringOutputStream stream(&bytes);
    google::protobuf::io::CodedOutputStream coded(&stream);
    coded.SetSerializationDeterministic(true);
    claim.SerializeToCodedStream(&coded);
  }
  return Sha256Hex(bytes).substr(0, 16);
}

absl::StatusOr<Claim> ReadClaimFromFile(const std::string& path,
                                        absl::string_view claim_id) {
  CHECKER_ASSIGN_OR_RETURN(ClaimFileSnapshot snapshot, ReadSnapshot(path));
  const Claim* claim = FindClaim(snapshot.file, claim_id);
  if (claim == nullptr) {
    return absl::NotFoundError(
        absl::StrCat(path, ": no claim with id \"", claim_id, "\""));
  }
  return *claim;
}

absl::Status WriteReviewedClaim(const std::string& path,
                                absl::string_view claim_id,
                                absl::string_view expected_version,
                                const Claim* updated) {
  if (claim_id.empty() && updated == nullptr) {
    return absl::InvalidArgumentError("nothing to append");
  }
  if (!claim_id.empty() && updated != nullptr && updated->id() != claim_id) {
    return absl::InvalidArgumentError(absl::StrCat(
        path, ": claim \"", claim_id,
        "\" cannot be rewritten under another id (\"", updated->id(), "\")"));
  }
  CHECKER_ASSIGN_OR_RETURN(ClaimFileSnapshot snapshot, ReadSnapshot(path));
  if (claim_id.empty()) {
    if (FindClaim(snapshot.file, updated->id()) != nullptr) {
      return absl::FailedPreconditionError(
          absl::StrCat(path, ": a claim with id \"", updated->id(),
                       "\" is already there; reload the page"));
    }
  } else {
    const Claim* on_disk = FindClaim(snapshot.file, claim_id);
    if (on_disk == nullptr) {
      return absl::NotFoundError(absl::StrCat(
          path, ": claim \"", claim_id,
          "\" is no longer in the file (someone else removed it); reload"));
    }
    // The file may have changed elsewhere (another claim decided); only a
    // change of this claim refuses the decision.
    if (ClaimVersion(*on_disk) != expected_version) {
      return absl::FailedPreconditionError(absl::StrCat(
          path, ": claim \"", claim_id,
          "\" was changed by someone else since you loaded it; your "
          "decision was not written. Reload to see their version."));
    }
  }
  // The edit reuses the snapshot's parse (the store parses only its output,
  // to check the splice), and the write is refused (FailedPrecondition) if
  // the file changed since the snapshot was read.
  ClaimFileEdits edits;
  if (updated != nullptr) {
    edits.upsert_claims.push_back(*updated);
  } else {
    edits.remove_claims.emplace_back(claim_id);
  }
  absl::StatusOr<std::string> edited = ApplyClaimFileEdits(snapshot, edits);
  if (!edited.ok()) {
    return absl::Status(edited.status().code(),
                        absl::StrCat(path, ": ", edited.status().message()));
  }
  return ReplaceFileIfUnchanged(path, *edited, snapshot.fingerprint).status();
}

}  // namespace checker
