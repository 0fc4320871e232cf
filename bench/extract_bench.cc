// Extraction throughput: MB/s of English prose per thread, single-threaded.
//
//   build/bench/extract_bench                       # 100 MB corpus
//   CHECKER_BENCH_MB=20 build/bench/extract_bench   # smaller, quicker
//
// The corpus is the seed documents' paragraphs, shuffled and repeated (see
// bench_corpus.h). Reports bytes/s, mentions found and peak RSS.
#include <sys/resource.h>

#include <cstdlib>
#include <iostream>
#include <string>

#include "bench/bench_corpus.h"
#include "benchmark/benchmark.h"
#include "checker/extract/extractor.h"

namespace checker {
namespace {

const std::string& Corpus() {
  static const std::string* corpus = [] {
    size_t mb = 100;
    if (const char* env = std::getenv("CHECKER_BENCH_MB")) mb = std::atoi(env);
    absl::StatusOr<std::string> built = BuildBenchCorpus(mb << 20);
    if (!built.ok()) {
      std::cerr << built.status() << "\n";
      std::exit(2);
    }
    return new std::string(*std::move(built));
  }();
  return *corpus;
}

double PeakRssMb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return static_cast<double>(usage.ru_maxrss) / 1024.0;
}

void BM_ExtractMentions(benchmark::State& state) {
  const std::string& corpus = Corpus();
  size_t mentions = 0;
  for (auto _ : state) {
    absl::StatusOr<std::vector<Mention>> result =
        ExtractMentions(corpus, ExtractOptions{});
    if (!result.ok()) {
      state.SkipWithError(std::string(result.status().message()).c_str());
      return;
    }
    mentions = result->size();
    benchmark::DoNotOptimize(result->data());
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations()) *
                          static_cast<int64_t>(corpus.size()));
  state.counters["corpus_MB"] = static_cast<double>(corpus.size()) / (1 << 20);
  state.counters["mentions"] = static_cast<double>(mentions);
  state.counters["peak_rss_MB"] = PeakRssMb();
}
BENCHMARK(BM_ExtractMentions)->Unit(benchmark::kMillisecond)->MinTime(2.0);

}  // namespace
}  // namespace checker

BENCHMARK_MAIN();
