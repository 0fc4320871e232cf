// RunEngine: the two passes of a run, spread over worker threads.
//
// Pass 1 checks every entity (workers take contiguous ranges of entities,
// so issues keep entity order), places each finding and counts the summary.
// The placements are sorted into report order. Pass 2 emits: held findings
// are moved out in that order; when streaming, placements are taken in
// chunks, the workers re-check their share of each chunk's entities in
// parallel, and each chunk is emitted in order while the next is built.
#include <algorithm>
#include <thread>
#include <tuple>
#include <vector>

#include "absl/status/status.h"
#include "absl/strings/str_cat.h"
#include "checker/rules/engine_run.h"

namespace checker {
namespace {

// Findings re-built per chunk: ~8k findings of ~10 claims stay in tens of MB.
constexpr size_t kEmitChunk = 1 << 13;

void Count(const Finding& finding, ReportSummary* summary) {
  switch (finding.verdict()) {
    case CONFLICT:
      summary->set_conflicts(summary->conflicts() + 1);
      break;
    case VARYING:
      summary->set_varying(summary->varying() + 1);
      break;
    case SINGLE_SOURCE:
      summary->set_single_source(summary->single_source() + 1);
      break;
    case NEEDS_REVIEW:
      summary->set_needs_review(summary->needs_review() + 1);
      break;
    case CONSISTENT:
      summary->set_consistent(summary->consistent() + 1);
      if (finding.independent_sources() >= 2) {
        summary->set_corroborated(summary->corroborated() + 1);
      }
      break;
    default:
      break;
  }
  if (finding.waived()) summary->set_waived(summary->waived() + 1);
}

void AddSummary(const ReportSummary& from, ReportSummary* to) {
  to->set_conflicts(to->conflicts() + from.conflicts());
  to->set_varying(to->varying() + from.varying());
  to->set_single_source(to->single_source() + from.single_source());
  to->set_consistent(to->consistent() + from.consistent());
  to->set_corroborated(to->corroborated() + from.corroborated());
  to->set_waived(to->waived() + from.waived());
  to->set_needs_review(to->needs_review() + from.needs_review());
}

// Runs work(w) for w in [0, workers) on as many threads, the last on the
// calling thread.
template <typename Fn>
void ForEachWorker(int workers, const Fn& work) {
  std::vector<std::thread> threads;
  for (int w = 0; w + 1 < workers; ++w) threads.emplace_back(work, w);
  work(workers - 1);
  for (std::thread& t : threads) t.join();
}

// What one worker produced in pass 1.
struct WorkerResult {
  IssueList issues;
  std::vector<Placement> placements;
  std::vector<Finding> kept;
  ReportSummary summary;
  int eligible_claims = 0;
  size_t subjects = 0;
};

}  // namespace

absl::Status RunEngine(const EngineSetup& setup, const ClaimSet& claims,
                       IssueList* issues, bool streaming, int threads,
                       FindingSink* sink) {
  const RunIndex index(claims, setup.config);
  const size_t entities = index.entity_count();
  const int workers = static_cast<int>(
      std::max<size_t>(1, std::min<size_t>(std::max(threads, 1), entities)));
  std::vector<WorkerResult> results(workers);
  ForEachWorker(workers, [&](int w) {
    WorkerResult& out = results[w];
    EntityChecker checker(setup, index, &out.issues);
    size_t begin = entities * w / workers;
    size_t end = entities * (w + 1) / workers;
    for (size_t e = begin; e < end; ++e) {
      checker.Check(e, /*first_pass=*/true, /*placement_only=*/streaming);
      std::vector<Finding>& found = checker.findings();
      for (size_t i = 0; i < found.size(); ++i) {
        Placement p = checker.Place(e, i);
        Count(found[i], &out.summary);
        if (!streaming) {
          p.kept = out.kept.size();
          out.kept.push_back(std::move(found[i]));
        }
        out.placements.push_back(p);
      }
    }
    out.eligible_claims = checker.eligible_claims();
    out.subjects = checker.subjects();
  });

  ReportSummary summary;
  std::vector<Placement> placements;
  std::vector<Finding> kept;
  for (WorkerResult& r : results) {
    for (const Issue& issue : r.issues.issues()) issues->Add(issue);
    uint64_t offset = kept.size();
    for (Placement p : r.placements) {
      p.kept += offset;
      placements.push_back(p);
    }
    for (Finding& f : r.kept) kept.push_back(std::move(f));
    AddSummary(r.summary, &summary);
    summary.set_claims(summary.claims() + r.eligible_claims);
    summary.set_subjects(summary.subjects() + static_cast<int>(r.subjects));
    r = WorkerResult();
  }
  std::sort(placements.begin(), placements.end(),
            [](const Placement& a, const Placement& b) {
              return std::tie(a.rank, a.entity, a.group, a.ordinal) <
                     std::tie(b.rank, b.entity, b.group, b.ordinal);
            });
  sink->Summary(summary);
  if (!streaming) {
    for (const Placement& p : placements) sink->Add(std::move(kept[p.kept]));
    return absl::OkStatus();
  }
  // Chunk k is handed to the sink on its own thread while the workers
  // build chunk k+1, so neither waits for the other; the sink still sees
  // one finding at a time, in order.
  // Each placement is checked against the rebuilt finding it names
  // (FindingFingerprint): the order was computed from pass one's findings,
  // and is only right if the re-check reproduces them.
  std::vector<Finding> building, emitting;
  std::thread emitter;
  std::vector<absl::Status> worker_status(workers);
  for (size_t begin = 0; begin < placements.size(); begin += kEmitChunk) {
    size_t end = std::min(placements.size(), begin + kEmitChunk);
    building.assign(end - begin, Finding());
    ForEachWorker(workers, [&](int w) {
      IssueList ignored;
      EntityChecker checker(setup, index, &ignored);
      size_t from = begin + (end - begin) * w / workers;
      size_t to = begin + (end - begin) * (w + 1) / workers;
      size_t checked = entities;  // none yet
      for (size_t i = from; i < to; ++i) {
        const Placement& p = placements[i];
        if (p.entity != checked) {
          checker.Check(p.entity, /*first_pass=*/false,
                        /*placement_only=*/false);
          checked = p.entity;
        }
        std::vector<Finding>& rebuilt = checker.findings();
        if (p.ordinal >= rebuilt.size() ||
            FindingFingerprint(rebuilt[p.ordinal]) != p.fingerprint) {
          worker_status[w] = absl::InternalError(absl::StrCat(
              "the second check of entity \"",
              checker.ClaimAt(index.order[index.groups[p.group].begin])
                  .subject()
                  .entity(),
              "\" did not reproduce finding ", p.ordinal + 1, " of its ",
              "first check (a rule whose findings are not a pure function ",
              "of its input); its findings cannot be placed"));
          return;
        }
        building[i - begin] = std::move(rebuilt[p.ordinal]);
      }
    });
    if (emitter.joinable()) emitter.join();
    for (const absl::Status& status : worker_status) {
      if (!status.ok()) return status;
    }
    std::swap(building, emitting);
    emitter = std::thread([&emitting, sink] {
      for (Finding& finding : emitting) sink->Add(std::move(finding));
    });
  }
  if (emitter.joinable()) emitter.join();
  return absl::OkStatus();
}

}  // namespace checker
