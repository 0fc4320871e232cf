// `checker extract` without the terminal: finding documents, sharding, and
// extracting + linking + merging one document into its claims file.
//
// Orchestration above the stages (checker_pipeline): it walks, loads (text/),
// links (link/) and merges into claim files (store/), so no stage library
// depends on another stage's I/O.
//
//   std::vector<DocumentJob> jobs = CollectDocuments(args, "", &issues);
//   DocumentOutcome out = ExtractDocument(jobs[0], config);
//
// ExtractDocument is thread-safe for distinct jobs sharing one config.
#ifndef CHECKER_PIPELINE_EXTRACT_BATCH_H_
#define CHECKER_PIPELINE_EXTRACT_BATCH_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "checker/base/issue.h"
#include "checker/link/linker.h"
#include "date/date.h"
#include "proto/source.pb.h"

namespace checker {

struct DocumentJob {
  std::string path;      // where to read it
  std::string document;  // Provenance.document: relative to the docs root
};

// Documents named by `args` (files, or directories walked recursively for
// .txt/.md/.html/.pdf files), sorted by `document`. The same file named
// twice is taken once; two files with the same `document` path are an error
// in `issues` (the second is skipped).
// `document` is relative to `docs_root` when given (and the file is under
// it), else to the directory argument it was found in, else the file name.
// Missing arguments are reported in `issues` and skipped.
std::vector<DocumentJob> CollectDocuments(const std::vector<std::string>& args,
                                          const std::string& docs_root,
                                          IssueList* issues);

// Stable across runs and machines (FNV-1a of `document`).
uint64_t StableHash(absl::string_view document);

// Whether `document` belongs to shard `index` of `count` (hash mod count).
bool InShard(absl::string_view document, int index, int count);

struct BatchConfig {
  const Linker* linker = nullptr;
  // Sources from --sources; empty: each document becomes its own source,
  // named after its file stem.
  std::vector<Source> sources;
  std::string out_dir;
  std::optional<date::sys_days> reference_date;  // --reference-date
};

struct DocumentOutcome {
  std::string document;
  std::string out_path;
  absl::Status status;  // not OK: the document was skipped
  uint64_t bytes = 0;
  int claims = 0;
  int linked = 0;
  int unlinked = 0;
  int added = 0;
  int refreshed = 0;
  int kept_reviewed = 0;
  // Claims whose text is gone from the document (see MergeResult).
  std::vector<std::string> vanished;
  // Reviewed claims found again at a new place in a changed document.
  std::vector<std::string> reanchored;
  // Untouched EXTRACTED claims the extractor no longer proposes (removed).
  std::vector<std::string> dropped;
  // Whether the claim file's bytes changed (a no-op run rewrites nothing).
  bool rewritten = false;
  std::vector<std::string> warnings;  // e.g. no source lists the document
};

// The claims file for `document` in `out_dir`: <out_dir>/<stem>.textproto.
// Several documents can map to one name ("a/x.txt", "a_x.txt", "a_x.md");
// see RejectClaimFileCollisions.
std::string ClaimFilePath(const std::string& out_dir,
                          absl::string_view document);

// Keeps, of the `jobs` whose claim files would have the same path, only the
// first (jobs are sorted by document); each other one is an error in
// `issues` naming both documents. Run it on all documents before sharding,
// so shards agree.
void RejectClaimFileCollisions(const std::string& out_dir,
                               std::vector<DocumentJob>* jobs,
                               IssueList* issues);

// Extracts, links and merges one document into its claim file. The file is
// edited as text (see claim_file_edit.h): comments, formatting and UTF-8
// outside the refreshed candidates stay byte for byte, a run that changes
// nothing leaves the file untouched, and a write by somebody else between
// reading and replacing the file is merged into, never lost. A claim file
// holding another document's claims (a name collision) is an error, not
// overwritten.
DocumentOutcome ExtractDocument(const DocumentJob& job,
                                const BatchConfig& config);

}  // namespace checker

#endif  // CHECKER_PIPELINE_EXTRACT_BATCH_H_
