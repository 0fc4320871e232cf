#!/usr/bin/env bash
# clang-format over the project's own C++ sources (git-tracked *.h, *.cc
# under checker/, tests/ and bench/; never generated code), with .clang-format.
#   scripts/format.sh           reformat them in place
#   scripts/format.sh --check   change nothing; list every file that does not
#                               follow the style and exit 1 if there is one
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files -- 'checker/*.h' 'checker/*.cc' \
  'tests/*.h' 'tests/*.cc' 'bench/*.h' 'bench/*.cc')
if ((${#files[@]} == 0)); then
  echo "format: no sources found" >&2
  exit 1
fi
if [[ "${1:-}" == "--check" ]]; then
  bad=()
  for f in "${files[@]}"; do
    clang-format --dry-run --Werror "$f" >/dev/null 2>&1 || bad+=("$f")
  done
  if ((${#bad[@]} > 0)); then
    printf 'format: not clang-formatted (run scripts/format.sh): %s\n' "${bad[@]}" >&2
    echo "format: ${#bad[@]} of ${#files[@]} files need formatting" >&2
    exit 1
  fi
  echo "format: all ${#files[@]} files follow .clang-format"
elif [[ -z "${1:-}" ]]; then
  clang-format -i "${files[@]}"
else
  echo "usage: scripts/format.sh [--check]" >&2
  exit 2
fi
