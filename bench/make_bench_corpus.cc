// Writes the benchmark corpus to a file, so other tools (chrono-node) can be
// measured on exactly the same text: make_bench_corpus OUT [MB]
#include <cstdlib>
#include <iostream>

#include "bench/bench_corpus.h"
#include "checker/base/file_io.h"

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: make_bench_corpus OUT [MB]\n";
    return 2;
  }
  size_t mb = argc > 2 ? static_cast<size_t>(std::atoi(argv[2])) : 100;
  absl::StatusOr<std::string> corpus = checker::BuildBenchCorpus(mb << 20);
  if (!corpus.ok()) {
    std::cerr << corpus.status() << "\n";
    return 2;
  }
  absl::Status written = checker::WriteFileAtomically(argv[1], *corpus);
  if (!written.ok()) {
    std::cerr << written << "\n";
    return 2;
  }
  std::cout << argv[1] << ": " << corpus->size() << " bytes\n";
  return 0;
}
