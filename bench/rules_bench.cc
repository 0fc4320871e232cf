// Speed and memory of `checker check` on a synthetic claim base.
//
//   build/bench/rules_bench                       # 100k and 1M in memory
//   build/bench/rules_bench --benchmark_filter=Big # 1M, 10M via binary form
//
// The generated base has N claims over N/10 subjects (10 claims each, one
// attribute per entity) from 1,000 sources in five reliability tiers, with
// hedges, ranges and dates mixed in so every rule has work: most groups
// agree, about one in eight varies and one in sixteen conflicts. Nothing is
// committed; BM_BigLoadAndCheck writes /tmp/checker_bench_big.binpb (from a
// child process) and removes it afterwards.
// Reports claims/s, load and check seconds and, at exit, the peak resident
// set size. Environment: CHECKER_BENCH_PARSED=1 loads the claims parsed
// (ClaimBase::claims) instead of packed, to compare the two forms;
// CHECKER_BENCH_KEEP=1 keeps the generated .binpb for `checker check`.
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "checker/rules/engine.h"
#include "checker/store/binary_form.h"
#include "checker/store/claim_base.h"
#include "checker/store/claim_base_set.h"

namespace checker {
namespace {

constexpr int kClaimsPerSubject = 10;
constexpr int kSources = 1000;

// Deterministic pseudo-random numbers (SplitMix64).
uint64_t Mix(uint64_t x) {
  x += 0x9e3779b97f4a7c15ULL;
  x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
  x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
  return x ^ (x >> 31);
}

void FillClaim(int64_t subject, int k, Claim* claim) {
  uint64_t r = Mix(subject * 131 + k);
  claim->set_id(absl::StrCat("c", subject, "_", k));
  claim->set_source(absl::StrCat("s", r % kSources));
  claim->set_status(CONFIRMED);
  Subject* s = claim->mutable_subject();
  s->set_entity(absl::StrCat("e", subject));
  int kind = subject % 4;  // 0,1 quantity; 2 date; 3 duration
  bool conflict = subject % 16 == 5 && k == 0;
  bool varying = subject % 8 == 3;
  if (kind <= 1) {
    s->set_attribute("deaths");
    Quantity* q = claim->mutable_quantity();
    double base = 1000 + static_cast<double>(subject % 997) * 100;
    if (conflict) base *= 3;
    if (varying) base *= 1 + 0.03 * k;
    switch (r % 4) {
      case 0:
        q->set_value(base);
        break;
      case 1:
        q->set_value(base);
        claim->set_hedge("about");
        break;
      case 2:
        q->set_low(base * 0.95);
        q->set_high(base * 1.05);
        break;
      default:
        q->set_value(base * 1.02);
        claim->set_hedge("nearly");
        break;
    }
  } else if (kind == 2) {
    s->set_attribute("date_of_death");
    DateValue* d = claim->mutable_date();
    int day = 1 + static_cast<int>(subject % 28) + (conflict ? 1 : 0);
    std::string iso = absl::StrCat("1953-03-", day < 10 ? "0" : "", day);
    d->set_earliest(r % 3 == 0 ? "1953-03-01" : iso);
    d->set_latest(r % 3 == 0 ? "1953-03-31" : iso);
    d->set_precision(r % 3 == 0 ? PRECISION_MONTH : PRECISION_DAY);
  } else {
    s->set_attribute("duration");
    Duration* d = claim->mutable_duration();
    d->set_amount(40 + (conflict ? 5 : 0) + (varying ? k % 2 : 0));
    d->set_unit(UNIT_DAY);
  }
}

ClaimBase SyntheticBase(int64_t claims) {
  ClaimBase base;
  for (int i = 0; i < kSources; ++i) {
    Source source;
    source.set_id(absl::StrCat("s", i));
    source.set_title(source.id());
    source.set_tier(static_cast<ReliabilityTier>(1 + i % 5));
    if (i % 50 == 1) source.add_cites(absl::StrCat("s", i - 1));
    base.sources.push_back(std::move(source));
  }
  for (auto [id, kind] : {std::pair{"deaths", VALUE_QUANTITY},
                          std::pair{"date_of_death", VALUE_DATE},
                          std::pair{"duration", VALUE_DURATION}}) {
    Attribute attribute;
    attribute.set_id(id);
    attribute.set_value_kind(kind);
    base.attributes.push_back(attribute);
  }
  int64_t subjects = claims / kClaimsPerSubject;
  base.claims.resize(subjects * kClaimsPerSubject);
  // Interleave subjects so the engine has to sort.
  for (int64_t i = 0; i < subjects * kClaimsPerSubject; ++i) {
    int64_t subject = (i * 7919) % subjects;
    FillClaim(subject, static_cast<int>(i / subjects), &base.claims[i]);
  }
  return base;
}

long PeakRssMb() {
  rusage usage;
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss / 1024;
}

void BM_Check(benchmark::State& state) {
  ClaimBase base = SyntheticBase(state.range(0));
  absl::StatusOr<RuleEngine> engine = RuleEngine::Create(RulesConfig());
  Report report;
  for (auto _ : state) {
    IssueList issues;
    report = engine->Run(ClaimBaseSet(base), &issues);
    benchmark::DoNotOptimize(report);
  }
  state.SetItemsProcessed(state.iterations() * base.claims.size());
  state.counters["findings"] = report.finding_size();
  state.counters["conflicts"] = report.summary().conflicts();
  state.counters["peak_rss_mb"] = PeakRssMb();
}
BENCHMARK(BM_Check)
    ->Arg(10000)
    ->Arg(100000)
    ->Arg(1000000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

// Counts what a streaming run emits, as `checker check` prints it.
class CountingSink : public FindingSink {
 public:
  void Summary(const ReportSummary& summary) override { summary_ = summary; }
  void Add(Finding finding) override {
    ++findings_;
    bytes_ += finding.ByteSizeLong();
  }
  int64_t findings_ = 0;
  int64_t bytes_ = 0;
  ReportSummary summary_;
};

// Writes the binary form of a synthetic base in a child process, so the
// generator's memory does not count towards this process's peak RSS.
bool WriteInChild(int64_t claims, const std::string& path) {
  pid_t child = fork();
  if (child == 0) {
    ClaimBase base = SyntheticBase(claims);
    _exit(WriteClaimBaseBinary(base, path).ok() ? 0 : 1);
  }
  int status = 0;
  return child > 0 && waitpid(child, &status, 0) == child &&
         WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

// Load + check through the binary form, streaming the findings: the path
// `checker check big.binpb` takes. Run it alone (--benchmark_filter=Big)
// for a clean peak RSS.
void BM_BigLoadAndCheck(benchmark::State& state) {
  const std::string path = "/tmp/checker_bench_big.binpb";
  int64_t claims = state.range(0);
  if (!WriteInChild(claims, path)) {
    state.SkipWithError("could not write the synthetic binary claim base");
    return;
  }
  CountingSink sink;
  double load_seconds = 0, check_seconds = 0;
  for (auto _ : state) {
    auto start = std::chrono::steady_clock::now();
    IssueList issues;
    LoadOptions options;
    // As `checker check` loads it, unless asked for the parsed form.
    options.keep_claims_packed = std::getenv("CHECKER_BENCH_PARSED") == nullptr;
    absl::StatusOr<ClaimBase> base = LoadClaimBase(path, options, &issues);
    if (!base.ok()) {
      state.SkipWithError(std::string(base.status().message()).c_str());
      return;
    }
    auto loaded = std::chrono::steady_clock::now();
    absl::StatusOr<RuleEngine> engine = RuleEngine::Create(base->rules);
    absl::Status run =
        engine->RunStreaming(ClaimBaseSet(*base), &issues, &sink);
    if (!run.ok()) {
      state.SkipWithError(std::string(run.message()).c_str());
      return;
    }
    auto checked = std::chrono::steady_clock::now();
    load_seconds += std::chrono::duration<double>(loaded - start).count();
    check_seconds += std::chrono::duration<double>(checked - loaded).count();
  }
  state.counters["load_s"] = load_seconds;
  state.counters["check_s"] = check_seconds;
  state.SetItemsProcessed(state.iterations() * claims);
  state.counters["findings"] = sink.findings_;
  state.counters["conflicts"] = sink.summary_.conflicts();
  state.counters["peak_rss_mb"] = PeakRssMb();
  if (std::getenv("CHECKER_BENCH_KEEP") == nullptr) std::remove(path.c_str());
}
BENCHMARK(BM_BigLoadAndCheck)
    ->Arg(1000000)
    ->Arg(10000000)
    ->Unit(benchmark::kMillisecond)
    ->Iterations(1);

}  // namespace
}  // namespace checker

int main(int argc, char** argv) {
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  std::printf("peak RSS: %ld MB\n", checker::PeakRssMb());
  return 0;
}
