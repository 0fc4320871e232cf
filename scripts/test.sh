#!/usr/bin/env bash
# Builds checker and runs every test with CTest.
#   scripts/test.sh              normal build in build/
#   scripts/test.sh --sanitize   AddressSanitizer + UBSan build in build-asan/
# With CHECKER_REQUIRE_ALL=1 (CI) a test that skipped (GTEST_SKIP: the seed
# corpus, Chromium or pandoc absent) fails the run: CI has all of them, so a
# skip there means a test silently stopped testing.
set -euo pipefail
cd "$(dirname "$0")/.."
if [[ "${1:-}" == "--sanitize" ]]; then
  export BUILD_DIR=build-asan
  scripts/build.sh -DCHECKER_SANITIZE=ON -DCHECKER_BUILD_BENCHMARKS=OFF
  export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
  export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
else
  export BUILD_DIR=build
  scripts/build.sh
fi
log=$(mktemp)
trap 'rm -f "$log"' EXIT
rc=0
ctest --test-dir "$BUILD_DIR" --output-on-failure --parallel "$(nproc)" \
  | tee "$log" || rc=$?
if ((rc != 0)); then exit "$rc"; fi
if [[ "${CHECKER_REQUIRE_ALL:-0}" == 1 ]] && grep -q '(Skipped)' "$log"; then
  echo "test: CHECKER_REQUIRE_ALL=1 and these tests skipped:" >&2
  grep '(Skipped)' "$log" >&2
  exit 1
fi
