// A review session over one textproto claim base: the queue, the decisions a
// reviewer takes on it, and the live verdicts of the subject under review.
//
//   IssueList issues;
//   absl::StatusOr<std::unique_ptr<ReviewSession>> session =
//       ReviewSession::Open("mybase/", "docs/", &issues);
//   const Claim* next = (*session)->Current(QueueFilter{});
//   (*session)->Decide({.kind = DecisionKind::kAccept, .claim_id = next->id(),
//                       .version = ClaimVersion(*next)});
//
// Every decision is written at once into the claim file it was read from
// (claim_writer.h), before memory changes: if the write fails, nothing
// changed. A decision names the version of the claim it was taken on; a
// claim changed since (by another tab or another reviewer's server) is
// refused with FailedPrecondition and the session re-reads it from disk.
// Skips and the undo history are kept in a journal beside the claims
// (review_journal.h): a restart, even after kill -9, still skips what was
// skipped and can undo what was decided before it.
// Not thread-safe: callers serialize every call.
#ifndef CHECKER_REVIEW_REVIEW_SESSION_H_
#define CHECKER_REVIEW_REVIEW_SESSION_H_

#include <cstddef>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/container/flat_hash_set.h"
#include "absl/status/statusor.h"
#include "checker/base/issue.h"
#include "checker/extract/mention.h"
#include "checker/review/claim_context.h"
#include "checker/review/review_journal.h"
#include "checker/review/review_queue.h"
#include "checker/rules/engine.h"
#include "checker/store/claim_base.h"

namespace checker {

// Which claims the queue offers; empty fields match everything.
struct QueueFilter {
  std::string document;
  std::string entity;
  std::string attribute;
  // A CurationStatus name; "EXTRACTED" (unreviewed) unless set, "" any.
  std::string status = "EXTRACTED";
  // A Verdict name, or "NONE" for claims in no finding.
  std::string verdict;

  friend bool operator==(const QueueFilter&, const QueueFilter&) = default;
};

struct Progress {
  int done = 0;     // reviewed (not EXTRACTED), among the filter's claims
  int left = 0;     // still EXTRACTED
  int skipped = 0;  // skipped in this session, among `left`
};

enum class DecisionKind { kAccept, kReject, kSkip, kEdit, kNote };

struct Decision {
  DecisionKind kind = DecisionKind::kAccept;
  std::string claim_id;
  // ClaimVersion() of the claim as the reviewer saw it.
  std::string version;
  // kEdit: gazetteer ids, and the value as written (re-parsed by the
  // extractor; "" keeps the value).
  std::string entity;
  std::string attribute;
  std::string value_text;
  std::optional<std::map<std::string, std::string>> qualifiers;
  // Any kind but kSkip: replaces the note when set.
  std::optional<std::string> note;
};

// A claim the extractor missed, from a selection in the context shown for
// `near_claim_id` (same document, source and claim file).
struct NewClaim {
  std::string near_claim_id;
  // Byte range of the selection in the document.
  uint32_t begin = 0;
  uint32_t end = 0;
  std::string entity;
  std::string attribute;
  std::map<std::string, std::string> qualifiers;
  std::string note;
};

struct Outcome {
  std::string claim_id;
  std::string message;
  // How the verdicts of the affected entities changed, one line each
  // ("deaths: CONFLICT -> CONSISTENT"); empty when none did.
  std::vector<std::string> changes;
};

class ReviewSession {
 public:
  // Loads `dir` (a textproto claim base directory). Problems in its files
  // go to `issues`; any error there makes Open fail, since a file that did
  // not load could not be written safely.
  static absl::StatusOr<std::unique_ptr<ReviewSession>> Open(
      const std::string& dir, const std::string& docs_root, IssueList* issues);

  absl::StatusOr<Outcome> Decide(const Decision& decision);
  absl::StatusOr<Outcome> Add(const NewClaim& claim);
  // Reverts the last decision, skip or addition not yet undone, also one
  // taken before a restart. FailedPrecondition when there is none, or when
  // the claim changed elsewhere since (that step is then dropped, and the
  // next undo reverts the one before).
  absl::StatusOr<Outcome> Undo();

  // The first claim of the queue matching `filter` that was not skipped,
  // or null when none is left.
  const Claim* Current(const QueueFilter& filter);
  // Counted over the whole base the first time a filter is asked for, then
  // kept up to date decision by decision (a few recent filters are kept).
  Progress ProgressOf(const QueueFilter& filter);
  // Claim ids in queue order matching `filter` (skipped ones included).
  std::vector<std::string> QueueIds(const QueueFilter& filter);

  // The findings of `entity` now, by the same engine `checker check` runs.
  Report FindingsOf(const std::string& entity) const;
  ClaimContext ContextFor(const Claim& claim) {
    return ContextOf(claim, &docs_);
  }
  // The worst verdict `claim_id` takes part in; VERDICT_UNSPECIFIED if none.
  Verdict VerdictOf(const std::string& claim_id) const;
  // The claim file `claim` was read from.
  const std::string& FileOf(const Claim& claim) const;

  const ClaimBase& base() const { return base_; }
  const Claim* FindClaim(const std::string& id) const {
    return base_.FindClaim(id);
  }

 private:
  ReviewSession(ClaimBase base, RuleEngine engine, std::string docs_root,
                ReviewJournal journal);
  // Whether `step`, read back from the journal, reached the claim files
  // (false only when the claim is exactly as the step found it).
  bool ReachedDisk(const ReviewStep& step) const;
  size_t IndexOf(const Claim& claim) const;
  // `status` null matches any status.
  bool Matches(const Claim& claim, const QueueFilter& filter,
               const CurationStatus* status) const;
  // The queue in order, sorted again only when claims were inserted or
  // removed (indices moved).
  const std::vector<size_t>& Order();
  // Moves claims whose key changed to their new places in `order_`.
  void Reposition(const std::vector<size_t>& moved);
  // The subset of the base the engine needs for `entity`: its claims and
  // the claims their relative dates are anchored on.
  ClaimBase EntityBase(const std::string& entity) const;
  // Indices of the claims whose subject is `entity` (null when none).
  const std::vector<size_t>* ClaimsOf(const std::string& entity) const;
  // Rebuilds `entity_claims_` after claims were inserted or removed.
  void IndexEntities();
  // The claims whose progress a decision on `entities` can change: theirs
  // (status, and the verdicts Recheck gives them).
  std::vector<size_t> ClaimsOfEntities(
      const std::vector<std::string>& entities) const;
  // Takes `indices` out of (sign -1) or into (+1) every cached progress.
  void Account(const std::vector<size_t>& indices, int sign);
  // The engine's findings for `entity` over the claims in memory now.
  Report RunEntity(const std::string& entity) const;
  // Re-runs the engine on `entities` after a change, refreshes their
  // cached findings and returns how their verdicts changed.
  std::vector<std::string> Recheck(const std::vector<std::string>& entities);
  // Writes `after` over claim `index`, then updates memory.
  absl::Status Replace(size_t index, const Claim& after);
  absl::StatusOr<Claim> Apply(const Claim& claim,
                              const Decision& decision) const;

  ClaimBase base_;
  RuleEngine engine_;
  DocumentCache docs_;
  ClaimVerdicts verdicts_;
  // Findings per entity, from the full run at Open, then each Recheck:
  // showing an entity's verdicts costs no engine run.
  absl::flat_hash_map<std::string, Report> entity_findings_;
  // Claim indices by subject entity, in base order: what a decision
  // touches, so it costs the entity's claims, not the base's.
  absl::flat_hash_map<std::string, std::vector<size_t>> entity_claims_;
  struct CachedProgress {
    QueueFilter filter;
    Progress progress;
  };
  std::vector<CachedProgress> progress_cache_;  // most recent first
  std::vector<size_t> order_;
  bool order_stale_ = true;
  absl::flat_hash_set<std::string> skipped_;
  // The undo history, skips included, kept across restarts.
  ReviewJournal journal_;
};

}  // namespace checker

#endif  // CHECKER_REVIEW_REVIEW_SESSION_H_
