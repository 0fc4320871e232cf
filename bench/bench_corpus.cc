#include "bench/bench_corpus.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <random>
#include <vector>

#include "absl/strings/str_split.h"
#include "absl/strings/strip.h"
#include "checker/base/file_io.h"
#include "tests/testing/seed_corpus.h"

namespace checker {

absl::StatusOr<std::string> BuildBenchCorpus(size_t min_bytes) {
  const std::string dir = testing::SeedCorpusDir();
  if (dir.empty()) {
    return absl::NotFoundError(
        "seed corpus not found: set CHECKER_CORPUS_DIR to the seeds folder");
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir)) {
    if (entry.is_regular_file()) files.push_back(entry.path());
  }
  std::sort(files.begin(), files.end());
  std::vector<std::string> paragraphs;
  for (const auto& file : files) {
    absl::StatusOr<std::string> text = ReadFile(file.string());
    if (!text.ok()) return text.status();
    for (absl::string_view line : absl::StrSplit(*text, '\n')) {
      line = absl::StripAsciiWhitespace(line);
      if (line.size() >= 40) paragraphs.emplace_back(line);
    }
  }
  if (paragraphs.empty()) {
    return absl::NotFoundError("seed corpus has no paragraphs: " + dir);
  }
  std::mt19937_64 rng(20261123);
  std::string corpus;
  corpus.reserve(min_bytes + (1 << 16));
  std::vector<size_t> order(paragraphs.size());
  while (corpus.size() < min_bytes) {
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::shuffle(order.begin(), order.end(), rng);
    for (size_t i : order) {
      corpus += paragraphs[i];
      corpus += "\n\n";
      if (corpus.size() >= min_bytes) break;
    }
  }
  return corpus;
}

}  // namespace checker
