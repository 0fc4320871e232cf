// What `checker review` must remember across a restart that is not in the
// claim files: the reviewer's skips and the undo history. Kept in a journal
// beside the claims (ReviewJournalPath), one JSON object per line:
//
//   {"op":"push","kind":"change","id":"c1","before":{...},"after":{...}}
//   {"op":"push","kind":"skip","id":"c2"}
//   {"op":"pop"}
//
// A decision appends its step (with fsync) *before* it writes the claim
// file, and an undo pops it *after*: so after a kill -9 at any moment the
// journal holds every step that reached a claim file, and at most one
// last step that did not, which Reconcile drops. A line cut short by the
// kill (the last one, without its newline) is ignored: it is a step whose
// claim write never started. Open rewrites the journal compacted
// (atomically: temporary file + rename), so it stays as long as the
// history, not as the session.
//
//   ReviewJournal journal = ReviewJournal::Open(path).value();
//   CHECKER_RETURN_IF_ERROR(journal.Push(step));   // then write the claim
//   CHECKER_RETURN_IF_ERROR(journal.Pop());        // after undoing it
//
// Not thread-safe.
#ifndef CHECKER_REVIEW_REVIEW_JOURNAL_H_
#define CHECKER_REVIEW_REVIEW_JOURNAL_H_

#include <functional>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "proto/claim.pb.h"

namespace checker {

// One step of the history.
struct ReviewStep {
  enum Kind { kChange, kSkip, kAdd };
  Kind kind = kChange;
  std::string claim_id;
  Claim before;  // kChange: the claim before the decision
  Claim after;   // kChange: after it; kAdd: the added claim
};

// The journal of the claim base `base` (a directory, or one .textproto
// file): `base/.review-journal` for a directory, `FILE.review-journal`
// beside a file.
std::string ReviewJournalPath(const std::string& base);

class ReviewJournal {
 public:
  ReviewJournal(ReviewJournal&& other) noexcept;
  ReviewJournal& operator=(ReviewJournal&& other) noexcept;
  ~ReviewJournal();

  // Reads the journal at `path` (none yet: an empty history) and rewrites
  // it compacted. A line that does not parse, other than a torn last one,
  // is InvalidArgument naming the path and line: the file was edited by
  // hand or damaged; moving it away starts a fresh history and touches no
  // claim. The journal stays locked (flock on `path.lock`) while the
  // object lives: Unavailable when another review server holds it.
  static absl::StatusOr<ReviewJournal> Open(const std::string& path);
  // The first journal of `base` no running server holds: the base's own
  // (ReviewJournalPath), else `.2`, `.3`, ... so two reviewers on one base
  // never share, nor garble, one history.
  static absl::StatusOr<ReviewJournal> OpenFree(const std::string& base);

  const std::string& path() const { return path_; }

  // The steps in order, oldest first.
  const std::vector<ReviewStep>& steps() const { return steps_; }

  // Drops the newest steps for which `reached_disk` is false (a kill
  // between the journal write and the claim write), then rewrites the
  // journal if any was dropped.
  absl::Status Reconcile(
      const std::function<bool(const ReviewStep&)>& reached_disk);

  // Appends `step` and flushes it to disk.
  absl::Status Push(const ReviewStep& step);
  // Removes the newest step (appends a pop) and flushes it to disk.
  absl::Status Pop();

 private:
  explicit ReviewJournal(std::string path) : path_(std::move(path)) {}
  absl::Status Append(const std::string& line);
  absl::Status Rewrite();

  std::string path_;
  std::vector<ReviewStep> steps_;
  int lock_fd_ = -1;
};

}  // namespace checker

#endif  // CHECKER_REVIEW_REVIEW_JOURNAL_H_
