// A large English benchmark corpus built from the seed documents.
//
// The seeds' paragraphs are repeated in a deterministic shuffled order until
// the corpus reaches the requested size, so throughput is measured on real
// historical prose without committing a 100 MB file.
#ifndef CHECKER_BENCH_BENCH_CORPUS_H_
#define CHECKER_BENCH_BENCH_CORPUS_H_

#include <cstddef>
#include <string>

#include "absl/status/statusor.h"

namespace checker {

// At least `min_bytes` of shuffled seed paragraphs separated by blank lines,
// from the seeds folder of testing::SeedCorpusDir (tests/testing/
// seed_corpus.h). Same output for the same inputs. NotFound when no seed
// documents exist.
absl::StatusOr<std::string> BuildBenchCorpus(size_t min_bytes);

}  // namespace checker

#endif  // CHECKER_BENCH_BENCH_CORPUS_H_
