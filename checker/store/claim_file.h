// Reading and writing single claim files, and merging fresh candidates into
// reviewed claims without losing a person's work.
//
// Human review is sacred: a claim whose status is CONFIRMED, CORRECTED or
// REJECTED is never changed by a merge. Writes are atomic.
#ifndef CHECKER_STORE_CLAIM_FILE_H_
#define CHECKER_STORE_CLAIM_FILE_H_

#include <optional>
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
// InvalidArgument if it could not be parsed (after recording the issue; the
// status message repeats the issues, so printing it alone shows where).
absl::StatusOr<ClaimBaseFile> ReadClaimFile(const std::string& path,
                                            IssueList* issues);
// The same through `reader`.
absl::StatusOr<ClaimBaseFile> ReadClaimFile(const FileReader& reader,
                                            const std::string& path,
                                            IssueList* issues);

// Re-prints a whole file from the message, so it drops every comment and
// hand formatting: for a file a person may have edited, write through
// claim_file_edit.h instead (extract and review do).
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
  // EXTRACTED ones refreshed from their candidate, re-anchored ones with
  // their new offsets; dropped ones left out), then new candidates in their
  // order.
  std::vector<Claim> claims;
  int added = 0;      // candidates no existing claim matches
  int refreshed = 0;  // EXTRACTED claims replaced by their candidate
  int kept_reviewed =
      0;  // CONFIRMED/CORRECTED/REJECTED or hand claims kept as they are
  // Ids of claims whose text moved in the changed document and that were
  // found again by their quote, prefix and suffix: their review is kept,
  // with the new offsets.
  std::vector<std::string> reanchored;
  // Ids of reviewed, hand-written or annotated claims whose quote is no
  // longer in the document (or occurs there several times, equally well
  // placed): kept as they are, for a person to look at.
  std::vector<std::string> vanished;
  // Ids of EXTRACTED claims nobody touched (no note) that no candidate
  // matches any more: machine output the extractor no longer proposes,
  // left out so stale copies are not counted.
  std::vector<std::string> dropped;
};

// Merges fresh `candidates` (from a new `checker extract` run over
// `document`, the text the claims' offsets point into) into the `existing`
// claims of a file. A candidate matches an existing claim with the same
// span (begin, end) or the same id, and the same quote; then:
//   - CONFIRMED/CORRECTED/REJECTED existing claims and claims with no status
//     (written by hand) are kept byte for byte (kept_reviewed);
//   - EXTRACTED existing claims are replaced by their candidate, keeping a
//     note a person added (refreshed).
// An existing claim no candidate matches:
//   - EXTRACTED without a note: dropped;
//   - whose quote is still at its offsets in `document`, or that has no
//     quote: kept as it is (a hand-added claim is not "vanished");
//   - else re-anchored W3C text-quote style: the occurrence of its quote in
//     `document` whose surroundings best agree with its prefix and suffix
//     (ties: not re-anchored) gives new begin/end/quote_begin (and a
//     candidate at that place is taken as its match, not added twice);
//   - else kept as it is and listed in `vanished`.
// Candidates no existing claim matches are appended (added); one whose id
// an existing claim already has gets "_2" (or the next free number) so ids
// stay unique.
// Example:
//   MergeResult merged = MergeClaims({file.claim().begin(),
//   file.claim().end()}, fresh, document_text);
MergeResult MergeClaims(const std::vector<Claim>& existing,
                        const std::vector<Claim>& candidates,
                        absl::string_view document);

// Where `quote` stands in `document`, judged by `prefix` (text expected just
// before it) and `suffix` (just after): the byte offset of the occurrence
// whose neighbourhood agrees with them over the most bytes; nullopt when the
// quote is absent or two occurrences agree equally well.
std::optional<size_t> FindQuote(absl::string_view document,
                                absl::string_view quote,
                                absl::string_view prefix,
                                absl::string_view suffix);

}  // namespace checker

#endif  // CHECKER_STORE_CLAIM_FILE_H_
