#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (ASan + UBSan) into build-fuzz/ and
# runs each for a bounded time. Fails on any crash, leak or sanitizer report.
#   scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 60)
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
launcher=()
if command -v ccache >/dev/null; then launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache); fi
CC=clang-14 CXX=clang++-14 cmake -S . -B build-fuzz -G Ninja "${launcher[@]}" \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCHECKER_BUILD_FUZZERS=ON \
  -DCHECKER_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build-fuzz --parallel "$(nproc)" --target checker_fuzzers
mapfile -t fuzzers < <(find build-fuzz/tests/fuzz -maxdepth 1 -type f -name '*_fuzzer' -perm -u+x | sort)
if ((${#fuzzers[@]} == 0)); then
  echo "fuzz: no fuzz targets were built" >&2
  exit 1
fi
for fuzzer in "${fuzzers[@]}"; do
  name=$(basename "$fuzzer")
  seeds="tests/fuzz/corpus/${name%_fuzzer}"
  work=$(mktemp -d)
  [[ -d "$seeds" ]] && cp -r "$seeds"/. "$work"/
  echo "fuzz: $name for ${seconds}s"
  "$fuzzer" -max_total_time="$seconds" -print_final_stats=1 -rss_limit_mb=4096 \
    -timeout=10 "$work" 2>&1 | tail -n 12
  rc=${PIPESTATUS[0]}
  rm -rf "$work"
  if ((rc != 0)); then
    echo "fuzz: $name failed (exit $rc)" >&2
    exit 1
  fi
done
echo "fuzz: ${#fuzzers[@]} targets ran ${seconds}s each without a crash"
