// The one place `checker review` writes a claim file. Every decision goes
// through WriteReviewedClaim, which adds review's own check (the claim is
// still the version the reviewer saw) to the store's claim-file editor
// (checker/store/claim_file_edit.h), which does the reading and writing.
//
//   CHECKER_RETURN_IF_ERROR(WriteReviewedClaim(
//       "base/seeds_000.textproto", "s000_x", ClaimVersion(old), &updated));
//
// Only the text of the one claim block changes: comments (those inside the
// rewritten block move to its top), blank lines and the formatting of every
// other item in the file stay byte for byte. Rewriting an existing claim
// parses only its own block (found by the store's scan, LocateClaimBlocks),
// so a decision costs a read, a scan and a write of the file, not a parse
// of its thousands of other claims; adding or removing a claim, and any
// file the fast path is unsure of, go through the store's whole-file editor.
// The write is atomic (temporary file + fsync + rename, under the store's
// directory lock), so after a crash the file holds either the old or the new
// claim.
#ifndef CHECKER_REVIEW_CLAIM_WRITER_H_
#define CHECKER_REVIEW_CLAIM_WRITER_H_

#include <string>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "proto/claim.pb.h"

namespace checker {

// A short fingerprint of a claim's content (hex of a SHA-256 over its
// deterministic serialization): equal claims, equal versions.
std::string ClaimVersion(const Claim& claim);

// Replaces the top-level `claim { ... }` block whose id is `claim_id` in the
// textproto file `path` by `updated`, or removes it when `updated` is null.
// With an empty `claim_id`, appends `updated` as a new block at the end.
// Refuses (FailedPrecondition, naming the file and claim) when the claim on
// disk is not at `expected_version` — someone else changed it since it was
// read — when appending an id the file already has, and when the file
// changed on disk between this function's read and its write. NotFound when
// the file or the claim is missing; InvalidArgument when the claim's block
// (or, adding and removing, the file) does not parse, when two blocks have
// the id, or when `updated` has an id other than a non-empty `claim_id`; a
// syntax error elsewhere in the file is left to `checker lint`. File errors
// name the path.
absl::Status WriteReviewedClaim(const std::string& path,
                                absl::string_view claim_id,
                                absl::string_view expected_version,
                                const Claim* updated);

// The claim `claim_id` as it is now in the file `path` (NotFound if absent).
absl::StatusOr<Claim> ReadClaimFromFile(const std::string& path,
                                        absl::string_view claim_id);

}  // namespace checker

#endif  // CHECKER_REVIEW_CLAIM_WRITER_H_
