// Editing claim files as text, so a person's comments, formatting and UTF-8
// survive every write by a tool (`checker extract`, `checker review`).
//
// A claim file is a textproto ClaimBaseFile. The functions here never
// re-print a whole file from the message: they locate the top-level
// `claim { ... }` / `source { ... }` blocks in the text and replace, insert
// or remove only the block being written. Every other byte stays as it was.
//
// Writes are guarded against lost updates: the caller passes the
// fingerprint of the file as it read it; the write is refused with
// FailedPrecondition when the file on disk no longer has that fingerprint
// (a person's editor, another `review` tab or an `extract` run wrote it in
// between). The caller then re-reads the file and decides again. Cooperating
// writers (everything in this file) also hold an exclusive flock(2) on the
// file's directory from the check to the rename, so two of them can never
// both pass the check.
//
// Typical use (one review decision):
//   absl::StatusOr<ClaimFileSnapshot> snap =
//       ReadClaimFileSnapshot(path, &issues);
//   ... show snap->file.claim(i), take the decision ...
//   absl::StatusOr<FileFingerprint> now =
//       UpsertClaimInFile(path, decided_claim, snap->fingerprint);
//   if (absl::IsFailedPrecondition(now.status())) { re-read, ask again }
//   // `*now` is the fingerprint to pass with the next write to `path`.
#ifndef CHECKER_STORE_CLAIM_FILE_EDIT_H_
#define CHECKER_STORE_CLAIM_FILE_EDIT_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "absl/strings/string_view.h"
#include "checker/base/issue.h"
#include "proto/claim.pb.h"
#include "proto/claim_base.pb.h"
#include "proto/source.pb.h"

namespace checker {

// What a file looked like when it was read. Two fingerprints are equal when
// the file did not exist both times, or had the same size, modification time
// (nanoseconds) and SHA-256 of its bytes.
struct FileFingerprint {
  bool exists = false;
  uint64_t size = 0;
  int64_t mtime_ns = 0;
  std::string sha256;  // lowercase hex of the contents

  friend bool operator==(const FileFingerprint&,
                         const FileFingerprint&) = default;
};

// The fingerprint of `path` now; {exists = false} when there is no file.
// Errors (other than the file being absent) name the path.
absl::StatusOr<FileFingerprint> FingerprintFile(const std::string& path);

// Reads the file at `path` into `text` and returns the fingerprint of
// exactly those bytes (one read, one hash; {exists = false} and "" when
// there is no file): what a caller that edits the text itself passes to
// ReplaceFileIfUnchanged.
absl::StatusOr<FileFingerprint> ReadFileWithFingerprint(const std::string& path,
                                                        std::string* text);

// A claim file as read: its bytes, their fingerprint and the parsed message.
struct ClaimFileSnapshot {
  std::string text;
  FileFingerprint fingerprint;  // of exactly `text`
  ClaimBaseFile file;
};

// Reads and parses the claim file at `path`. NotFound when there is none.
// When it cannot be parsed, the syntax errors go to `issues` (with line and
// column) and the InvalidArgument status also carries them in its message,
// so a caller that prints only the status still shows where the file is
// broken.
absl::StatusOr<ClaimFileSnapshot> ReadClaimFileSnapshot(const std::string& path,
                                                        IssueList* issues);

// Writes `claim` into the claim file at `path`: the top-level `claim` block
// whose id equals claim.id() is replaced by `claim` printed as textproto
// (UTF-8 kept as UTF-8), at the same place; with no such block, the claim
// is appended at the end of the file. A missing file (expected.exists ==
// false) is created holding just the claim. Comments inside a replaced
// block are kept, moved to the top of the new block. Nothing else in the
// file changes. Returns the fingerprint of the file after the write.
// Errors:
//   FailedPrecondition: the file changed since `expected` (nothing written);
//   InvalidArgument: the file cannot be parsed, claim.id() is empty, or two
//     blocks have the id (the message names them and what to do).
absl::StatusOr<FileFingerprint> UpsertClaimInFile(
    const std::string& path, const Claim& claim,
    const FileFingerprint& expected);

// Removes the top-level `claim` block with `id` (and the line it stood on,
// when nothing else is on it) from the claim file at `path`; comments
// before it stay. NotFound when no claim has the id. Otherwise as
// UpsertClaimInFile.
absl::StatusOr<FileFingerprint> RemoveClaimFromFile(
    const std::string& path, absl::string_view id,
    const FileFingerprint& expected);

// Replaces the whole file with `contents`, atomically (temporary file in the
// same directory + fsync + rename + fsync of the directory) and only if it
// still has the fingerprint `expected` (else FailedPrecondition, nothing
// written). When `contents` equals the bytes already there, the file is not
// touched at all (its mtime does not change). Returns the new fingerprint.
absl::StatusOr<FileFingerprint> ReplaceFileIfUnchanged(
    const std::string& path, absl::string_view contents,
    const FileFingerprint& expected);

// Several edits of one claim file, applied in one pass (extract refreshes
// many candidates in one write).
struct ClaimFileEdits {
  // Each replaces the claim block with its id in place, or is appended at
  // the end (in this order) when no block has the id.
  std::vector<Claim> upsert_claims;
  // Ids of claim blocks to remove (NotFound if one has no block).
  std::vector<std::string> remove_claims;
  // Each replaces the source block with its id, or goes before the first
  // claim block (at the end when there is none).
  std::vector<Source> upsert_sources;
  // Ids of source blocks to remove (NotFound if one has no block).
  std::vector<std::string> remove_sources;
};

// Applies `edits` to `text` (which must parse as a ClaimBaseFile) as text:
// an upsert equal to the block already there leaves its bytes alone, a
// replaced block keeps its comments, and nothing outside the edited blocks
// changes. Errors as UpsertClaimInFile; an id both upserted and removed is
// InvalidArgument.
absl::StatusOr<std::string> ApplyClaimFileEdits(absl::string_view text,
                                                const ClaimFileEdits& edits);
// The same on a snapshot's text, reusing its parsed message.
absl::StatusOr<std::string> ApplyClaimFileEdits(const ClaimFileSnapshot& file,
                                                const ClaimFileEdits& edits);
// The same with `parsed` = `text` parsed already (null: parse it here).
absl::StatusOr<std::string> ApplyClaimFileEdits(absl::string_view text,
                                                const ClaimBaseFile* parsed,
                                                const ClaimFileEdits& edits);

// Single edits, the same as ApplyClaimFileEdits with one entry.
absl::StatusOr<std::string> UpsertClaimText(absl::string_view text,
                                            const Claim& claim);
absl::StatusOr<std::string> RemoveClaimText(absl::string_view text,
                                            absl::string_view id);
// Replaces the top-level `source` block with source.id(), or appends it.
absl::StatusOr<std::string> UpsertSourceText(absl::string_view text,
                                             const Source& source);

// Where a top-level `claim` block and its `id` field lie in a claim file's
// text, as byte ranges [begin, end).
struct ClaimBlockSpan {
  size_t begin = 0;  // the first byte of `claim`
  size_t end = 0;    // one past its closing brace
  // The whole `id: "..."` field inside it; both 0 when the block has none.
  size_t id_begin = 0;
  size_t id_end = 0;
};

// Every top-level claim block of `text`, in order, found by the same scan
// the edits above use, without parsing the file: for a caller that edits
// one block of a large file (review) and parses only that block.
// InvalidArgument when the scan fails or claims are written as a list.
absl::StatusOr<std::vector<ClaimBlockSpan>> LocateClaimBlocks(
    absl::string_view text);

// "claim {\n  id: ...\n}\n": how this file prints a new claim block
// (fields in number order, UTF-8 unescaped, two-space indent).
std::string PrintClaimBlock(const Claim& claim);

// Removes the temporary files (`<name>.tmp.<pid>`) that a killed writer left
// in `dir`, when process <pid> no longer runs. Returns how many it removed.
int RemoveStaleTempFiles(const std::string& dir);

// Test hook: called with the path after ReplaceFileIfUnchanged has written
// its temporary file and before it checks the fingerprint and renames, so a
// test can inject a concurrent write. Not for production use; pass {} to
// clear.
void SetBeforeReplaceHookForTesting(std::function<void(const std::string&)>);

}  // namespace checker

#endif  // CHECKER_STORE_CLAIM_FILE_EDIT_H_
