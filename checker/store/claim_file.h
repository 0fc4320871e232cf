// Reading and writing single claim files, and merging fresh candidates into
// reviewed claims without losing a person's work.
//
// Human review is sacred: a claim whose status is CONFIRMED, CORRECTED or
// REJECTED is never changed by a merge. Writes are atomic.
#ifndef CHECKER_STORE_CLAIM_FILE_H_
#define CHECKER_STORE_CLAIM_FILE_H_

#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "checker/base/issue.h"
#include "checker/store/file_reader.h"
#include "proto/claim.pb.h"
#include "proto/claim_base.pb.h"

namespace checker {

// Parses one textproto ClaimBaseFile. Syntax errors go to `issues` with
// 1-based line and column; returns NotFound if the file does not exist,
// InvalidArgument if it could not be parsed (after recording the issue).
absl::StatusOr<ClaimBaseFile> ReadClaimFile(const std::string& path,
                                            IssueList* issues);
// The same through `reader`.
absl::StatusOr<ClaimBaseFile> ReadClaimFile(const FileReader& reader,
                                            const std::string& path,
                                            IssueList* issues);

// Writes `file` as textproto, deterministic, atomically (temp + rename),
// with a header comment saying how it was made: every line of
// `header_comment` is written as "# " + line, then a blank line. Fields print
// in field-number order, map entries sorted, so equal protos give equal
// bytes. Reading the file back gives `file` again. If the directory cannot
// be written, an existing file at `path` is left untouched and the error
// names the path.
absl::Status WriteClaimFile(const std::string& path, const ClaimBaseFile& file,
                            absl::string_view header_comment);

struct MergeResult {
  // Existing claims first in their order (reviewed ones untouched,
  // EXTRACTED ones refreshed from the candidate with the same id), then new
  // candidates in their order.
  std::vector<Claim> claims;
  int added = 0;      // candidates with a new id
  int refreshed = 0;  // EXTRACTED claims replaced by their candidate
  int kept_reviewed =
      0;  // CONFIRMED/CORRECTED/REJECTED claims kept as they are
  // Ids of existing claims with no candidate any more (their text vanished
  // or moved). Reviewed ones are kept in `claims`; EXTRACTED ones are kept
  // too, so nothing is lost silently; callers report these ids.
  std::vector<std::string> vanished;
};

// Merges fresh `candidates` (say, from a new `checker extract` run) into the
// `existing` claims of a file, matching by id:
//   - CONFIRMED/CORRECTED/REJECTED existing claims are kept byte for byte,
//     even when a candidate with the same id differs (kept_reviewed);
//   - EXTRACTED existing claims are replaced by their candidate (refreshed);
//   - existing claims with no status are kept as they are too (a person may
//     have written them by hand) and counted in kept_reviewed;
//   - candidates with an id no existing claim has are appended (added);
//   - existing claims no candidate matches are kept and listed in `vanished`.
// Example:
//   MergeResult merged = MergeClaims({file.claim().begin(),
//   file.claim().end()}, fresh);
MergeResult MergeClaims(const std::vector<Claim>& existing,
                        const std::vector<Claim>& candidates);

}  // namespace checker

#endif  // CHECKER_STORE_CLAIM_FILE_H_
