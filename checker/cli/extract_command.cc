// checker extract --gazetteer G [--sources S] DOCS... --out DIR
//                 [--jobs N] [--shard I/N] [--reference-date D] [--docs-root R]
//
// Extracts mentions from each document, links them to the gazetteer, and
// merges the candidates into DIR/<document stem>.textproto, keeping every
// reviewed claim, comment and note as it is (see ExtractDocument). Documents
// run in parallel (std::thread workers sharing one const Linker); output is
// deterministic. Progress on stderr when it is a terminal; a one-line summary
// always. Exit 0, or 2 when any document could not be read (after processing
// the rest) or flags/inputs are unusable.
#include <unistd.h>

#include <atomic>
#include <chrono>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "CLI/CLI.hpp"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_format.h"
#include "absl/strings/str_split.h"
#include "checker/base/iso_day.h"
#include "checker/cli/commands.h"
#include "checker/cli/exit_code.h"
#include "checker/pipeline/extract_batch.h"
#include "checker/store/claim_base.h"
#include "checker/store/claim_file_edit.h"

namespace checker {
namespace {

constexpr int kMaxJobs = 256;

struct ExtractFlags {
  std::string gazetteer;
  std::string sources;
  std::vector<std::string> docs;
  std::string out;
  int jobs = 0;
  std::string shard;
  std::string reference_date;
  std::string docs_root;
};

// "I/N" with 0 <= I < N.
bool ParseShard(const std::string& text, int* index, int* count) {
  std::vector<std::string> parts = absl::StrSplit(text, '/');
  return parts.size() == 2 && absl::SimpleAtoi(parts[0], index) &&
         absl::SimpleAtoi(parts[1], count) && *count >= 1 && *index >= 0 &&
         *index < *count;
}

// Loads a claim base file or directory; prints its issues; null when it
// cannot be loaded at all.
std::unique_ptr<ClaimBase> LoadBase(const std::string& path, const char* what,
                                    std::ostream& err) {
  IssueList issues;
  absl::StatusOr<ClaimBase> base = LoadClaimBase(path, {}, &issues);
  if (!base.ok()) {
    // The message names the path already.
    err << "checker extract: " << what << " " << base.status().message()
        << "\n";
    return nullptr;
  }
  if (!issues.empty()) {
    // Problems elsewhere in a claim base (a claim's span, a lint error) do
    // not stop extraction; they are shown so they are not lost.
    err << issues.ToDisplayString();
    err << "checker extract: " << what << " " << path << ": "
        << issues.error_count() << " errors above; going on with the "
        << base->entities.size() << " entities, " << base->attributes.size()
        << " attributes and " << base->sources.size() << " sources read\n";
  }
  return std::make_unique<ClaimBase>(*std::move(base));
}

// Runs `jobs` on `threads` workers; shows progress while they run.
std::vector<DocumentOutcome> RunAll(const std::vector<DocumentJob>& jobs,
                                    const BatchConfig& config, int threads,
                                    bool progress, std::ostream& err) {
  std::vector<DocumentOutcome> outcomes(jobs.size());
  std::atomic<size_t> next{0};
  std::atomic<size_t> done{0};
  std::atomic<uint64_t> claims{0};
  std::atomic<uint64_t> bytes{0};
  const auto work = [&] {
    for (size_t i = next++; i < jobs.size(); i = next++) {
      outcomes[i] = ExtractDocument(jobs[i], config);
      claims += outcomes[i].claims;
      bytes += outcomes[i].bytes;
      ++done;
    }
  };
  std::vector<std::thread> workers;
  for (int t = 0; t < threads; ++t) workers.emplace_back(work);
  const auto start = std::chrono::steady_clock::now();
  while (progress && done < jobs.size()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start)
            .count();
    err << absl::StrFormat("\rextract: %d/%d documents, %d claims, %.1f MB/s ",
                           done.load(), jobs.size(), claims.load(),
                           bytes.load() / 1e6 / std::max(seconds, 1e-3))
        << std::flush;
  }
  for (std::thread& w : workers) w.join();
  if (progress) err << "\n";
  return outcomes;
}

int RunExtract(const ExtractFlags& flags, std::ostream& err) {
  int shard_index = 0;
  int shard_count = 1;
  if (!flags.shard.empty() &&
      !ParseShard(flags.shard, &shard_index, &shard_count)) {
    err << "checker extract: --shard wants I/N with 0 <= I < N, got '"
        << flags.shard << "'\n";
    return kExitUsage;
  }
  BatchConfig config;
  config.out_dir = flags.out;
  if (!flags.reference_date.empty()) {
    absl::StatusOr<int64_t> day = ParseIsoDay(flags.reference_date);
    if (!day.ok()) {
      err << "checker extract: --reference-date: " << day.status().message()
          << "\n";
      return kExitUsage;
    }
    config.reference_date = date::sys_days{date::days{*day}};
  }
  std::unique_ptr<ClaimBase> gazetteer =
      LoadBase(flags.gazetteer, "gazetteer", err);
  if (gazetteer == nullptr) return kExitUsage;
  if (!flags.sources.empty()) {
    std::unique_ptr<ClaimBase> sources =
        LoadBase(flags.sources, "sources", err);
    if (sources == nullptr) return kExitUsage;
    config.sources = sources->sources;
  }
  absl::StatusOr<Linker> linker =
      Linker::Create(gazetteer->entities, gazetteer->attributes);
  if (!linker.ok()) {
    err << "checker extract: gazetteer " << flags.gazetteer << ": "
        << linker.status().message() << "\n";
    return kExitUsage;
  }
  config.linker = &*linker;
  IssueList issues;
  std::vector<DocumentJob> all =
      CollectDocuments(flags.docs, flags.docs_root, &issues);
  RejectClaimFileCollisions(flags.out, &all, &issues);
  if (const int removed = RemoveStaleTempFiles(flags.out); removed > 0) {
    err << "extract: removed " << removed
        << " temporary files left by killed runs in " << flags.out << "\n";
  }
  std::vector<DocumentJob> jobs;
  for (DocumentJob& job : all) {
    if (InShard(job.document, shard_index, shard_count))
      jobs.push_back(std::move(job));
  }
  int threads = flags.jobs > 0
                    ? flags.jobs
                    : static_cast<int>(std::thread::hardware_concurrency());
  threads = std::max(1, std::min<int>(threads, static_cast<int>(jobs.size())));
  std::vector<DocumentOutcome> outcomes =
      RunAll(jobs, config, threads, isatty(STDERR_FILENO) != 0, err);

  err << issues.ToDisplayString();
  int errors = issues.error_count();
  int claims = 0, linked = 0, unlinked = 0, added = 0, vanished = 0;
  int reanchored = 0, dropped = 0;
  for (const DocumentOutcome& o : outcomes) {
    for (const std::string& w : o.warnings) {
      err << "WARNING: " << o.document << ": " << w << "\n";
    }
    if (!o.status.ok()) {
      err << "ERROR: " << o.status.message() << " (skipped)\n";
      ++errors;
      continue;
    }
    for (const std::string& id : o.reanchored) {
      err << "RE-ANCHORED: " << o.out_path << ": claim " << id
          << ": its text moved in the changed document and was found again "
             "by its quote; the review is kept with the new offsets\n";
    }
    for (const std::string& id : o.vanished) {
      err << "VANISHED: " << o.out_path << ": claim " << id
          << ": its quote is no longer in the document and could not be "
             "re-anchored; kept — review or delete it\n";
    }
    reanchored += static_cast<int>(o.reanchored.size());
    dropped += static_cast<int>(o.dropped.size());
    claims += o.claims;
    linked += o.linked;
    unlinked += o.unlinked;
    added += o.added;
    vanished += static_cast<int>(o.vanished.size());
  }
  err << "extract: " << outcomes.size() << " documents"
      << (shard_count > 1
              ? absl::StrCat(" (shard ", shard_index, "/", shard_count, ")")
              : "")
      << ", " << claims << " claims (" << linked << " linked, " << unlinked
      << " unlinked), " << added << " new, " << reanchored << " re-anchored, "
      << dropped << " dropped, " << vanished << " vanished, " << errors
      << " errors\n";
  return errors > 0 ? kExitUsage : kExitOk;
}

}  // namespace

void AddExtractCommand(CLI::App& app, CommandContext* context) {
  auto flags = std::make_shared<ExtractFlags>();
  CLI::App* cmd = app.add_subcommand(
      "extract",
      "Extract candidate claims from documents (text, Markdown, HTML, PDF), "
      "linked to a gazetteer, into one textproto per document; re-runs keep "
      "reviewed claims. Exit 2 if any document could not be read.");
  cmd->add_option("--gazetteer", flags->gazetteer,
                  "Claim base file or directory giving entities and attributes")
      ->required();
  cmd->add_option("--sources", flags->sources,
                  "Claim base file or directory giving sources (default: each "
                  "document is its own source, named after its file)");
  cmd->add_option("DOCS", flags->docs, "Documents, or directories to walk")
      ->required();
  cmd->add_option("--out", flags->out, "Directory for the claim files")
      ->required();
  // Bounded: 0 or a negative count means nothing, and thousands of threads
  // only exhaust memory; past the cores there is no gain.
  cmd->add_option("--jobs", flags->jobs,
                  absl::StrCat("Worker threads, 1 to ", kMaxJobs,
                               " (default: all cores)"))
      ->check(CLI::Range(1, kMaxJobs));
  cmd->add_option("--shard", flags->shard,
                  "Process only shard I of N (I/N): documents whose path hash "
                  "mod N is I");
  cmd->add_option("--reference-date", flags->reference_date,
                  "YYYY-MM-DD that deictic dates ('yesterday') resolve "
                  "against (default: the source's document_date)");
  cmd->add_option("--docs-root", flags->docs_root,
                  "Root that document paths are recorded relative to "
                  "(default: the directory argument, or the file's name)");
  cmd->callback([flags, context] {
    context->exit_code = RunExtract(*flags, *context->err);
  });
}

}  // namespace checker
