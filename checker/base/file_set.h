// Replacing a whole set of files in a directory at once (`checker report
// --out DIR`): a reader, or a run killed at any instant, sees DIR holding
// either every old file or every new one, never a mix of the two runs.
//
//   CHECKER_RETURN_IF_ERROR(
//       WriteFileSetAtomically("reports", {{"report.md", md}}, &kept));
//
// How: the files are written (and fsynced) into a fresh sibling directory
// ".DIR.tmp.PID"; the regular files already in DIR that this run does not
// write (a person's notes, a format left out this time) are hard-linked
// into it, so they stay; then one renameat2(RENAME_EXCHANGE) swaps the two
// directories, and the old one is emptied and removed.
//
// Nothing a person put in DIR is deleted: a subdirectory, symlink or other
// non-regular entry in DIR makes the call fail before anything is written
// (FailedPrecondition naming it). Removing the old directory deletes only
// entries whose content is still reachable in DIR (the same inode under
// the same name) or that this run rewrote; anything else found there (a
// file saved into the old directory during the swap) is left in place and
// named in `kept_aside`. Sibling directories of killed runs (whose PID is
// no longer running) are cleaned the same way at the start of the next call.
//
// Not thread-safe against another writer of the same DIR in this process;
// two processes each produce a complete set, the last rename wins.
#ifndef CHECKER_BASE_FILE_SET_H_
#define CHECKER_BASE_FILE_SET_H_

#include <string>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/string_view.h"

namespace checker {

// One file of the set: its name inside the directory (no '/') and its
// bytes, which must outlive the call.
using NamedContents = std::pair<std::string, absl::string_view>;

// Makes `dir` (created with its parents if missing) hold `files`, all at
// once, as described above. `kept_aside` (may be null) receives the paths
// of entries that could not be removed safely and were left where they are.
absl::Status WriteFileSetAtomically(const std::string& dir,
                                    const std::vector<NamedContents>& files,
                                    std::vector<std::string>* kept_aside);

}  // namespace checker

#endif  // CHECKER_BASE_FILE_SET_H_
