// `checker lint` on a claim file with many diagnostics: load, lint and the
// display with source lines and carets, as `checker lint` prints them.
//
//   build/bench/lint_bench
//
// The file holds N claims (5k to 160k), each a relative date without an
// anchor, which lint reports as one warning with its line. Linear means the
// time per warning stays flat as N grows; before the line index, every
// warning copied and scanned the whole file (39 s for 2,164 warnings in a
// 29 MB file).
#include <string>

#include "absl/strings/str_cat.h"
#include "benchmark/benchmark.h"
#include "checker/base/issue.h"
#include "checker/store/claim_base.h"
#include "checker/store/file_reader.h"
#include "checker/store/lint.h"

namespace checker {
namespace {

constexpr char kGazetteer[] =
    "entity { id: \"kengir\" name: \"Kengir uprising\" }\n"
    "attribute { id: \"start\" value_kind: VALUE_DATE }\n"
    "source { id: \"s1\" title: \"One\" }\n";

std::string ClaimsWithWarnings(int n) {
  std::string text;
  for (int i = 0; i < n; ++i) {
    absl::StrAppend(&text, "claim {\n  id: \"c", i,
                    "\"\n  source: \"s1\"\n  subject { entity: \"kengir\" "
                    "attribute: \"start\" }\n  relative_date {\n    "
                    "direction: AFTER\n    offset { amount: ",
                    i % 50 + 1, " unit: UNIT_DAY }\n  }\n}\n");
  }
  return text;
}

void BM_LintManyWarnings(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  MemoryFileReader files;
  files.Add("claims/gazetteer.textproto", kGazetteer);
  const std::string claims = ClaimsWithWarnings(n);
  files.Add("claims/c.textproto", claims);
  size_t shown = 0;
  int warnings = 0;
  for (auto _ : state) {
    IssueList issues;
    absl::StatusOr<ClaimBase> base =
        LoadClaimBase(files, "claims", {}, &issues);
    if (!base.ok()) {
      state.SkipWithError("load failed");
      return;
    }
    LintOptions options;
    options.reader = &files;
    LintClaimBase(*base, options, &issues);
    issues.Sort();
    // As lint_command.cc: the file text returned by value for each issue.
    std::string display = issues.ToDisplayString([&](const std::string& path) {
      return path == "claims/c.textproto" ? claims : std::string();
    });
    shown = display.size();
    warnings = issues.warning_count();
    benchmark::DoNotOptimize(display);
  }
  state.counters["warnings"] = warnings;
  state.counters["file_MB"] = static_cast<double>(claims.size()) / 1e6;
  state.counters["shown_MB"] = static_cast<double>(shown) / 1e6;
  state.counters["s_per_warning"] = benchmark::Counter(
      static_cast<double>(warnings) * static_cast<double>(state.iterations()),
      benchmark::Counter::kIsRate | benchmark::Counter::kInvert);
}
BENCHMARK(BM_LintManyWarnings)
    ->Arg(5000)
    ->Arg(10000)
    ->Arg(20000)
    ->Arg(40000)
    ->Arg(160000)
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace checker

BENCHMARK_MAIN();
