// `checker extract` without the terminal: finding documents, sharding, and
// extracting + linking + merging one document into its claims file.
//
// Separate library (checker_link_batch) because it writes claim files via
// checker/store; checker_link itself stays free of I/O on the claim base.
//
//   std::vector<DocumentJob> jobs = CollectDocuments(args, "", &issues);
//   DocumentOutcome out = ExtractDocument(jobs[0], config);
//
// ExtractDocument is thread-safe for distinct jobs sharing one config.
#ifndef CHECKER_LINK_EXTRACT_BATCH_H_
#define CHECKER_LINK_EXTRACT_BATCH_H_

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
  std::vector<std::string> vanished;
  std::vector<std::string> warnings;  // e.g. no source lists the document
};

// The claims file for `document` in `out_dir`: <out_dir>/<stem>.textproto.
std::string ClaimFilePath(const std::string& out_dir,
                          absl::string_view document);

DocumentOutcome ExtractDocument(const DocumentJob& job,
                                const BatchConfig& config);

}  // namespace checker

#endif  // CHECKER_LINK_EXTRACT_BATCH_H_
