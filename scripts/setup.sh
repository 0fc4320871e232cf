#!/usr/bin/env bash
# Installs every build, test and tool dependency of checker from Debian 12
# packages. Idempotent: when everything is present it only checks (well under
# a second) and installs nothing. Safe to run twice. See BUILD_NOTES.md for
# why each package is here.
set -euo pipefail

packages=(
  # build
  cmake ninja-build g++ pkg-config ccache
  # libraries
  libabsl-dev libprotobuf-dev protobuf-compiler libhowardhinnant-date-dev
  libcli11-dev nlohmann-json3-dev libjemalloc-dev libpoppler-cpp-dev
  libcpp-httplib-dev
  # tests and benchmarks
  libgtest-dev libgmock-dev libbenchmark-dev
  # fuzzing (clang's libFuzzer and sanitizer runtimes)
  clang-14 libfuzzer-14-dev libclang-rt-14-dev
  # style check of the sources (scripts/format.sh --check)
  clang-format
  # tools used by tests: footnote rendering, headless browser
  pandoc chromium
  # the review page's browser tests: Selenium driving headless Chromium
  chromium-driver python3-selenium
)

missing=()
for p in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$p")
done

if ((${#missing[@]} == 0)); then
  echo "setup: all ${#packages[@]} packages already installed"
  exit 0
fi

sudo=""
if [[ $(id -u) -ne 0 ]]; then sudo="sudo"; fi
echo "setup: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
echo "setup: done"
