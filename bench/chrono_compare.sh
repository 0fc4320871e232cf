#!/usr/bin/env bash
# Measures chrono-node (the popular date parser for JavaScript) and checker's
# extractor on the same generated corpus, in the same run, single-threaded.
#
#   bench/chrono_compare.sh [MB]      (default 20; needs node and npm)
#
# chrono-node is installed from npm into a scratch folder that is removed
# afterwards; nothing is added to the project.
set -euo pipefail
cd "$(dirname "$0")/.."
mb=${1:-20}
build=${BUILD_DIR:-build}
for tool in "$build/bench/make_bench_corpus" "$build/bench/extract_bench"; do
  [[ -x "$tool" ]] || { echo "missing $tool: run scripts/build.sh first" >&2; exit 2; }
done
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
corpus="$scratch/corpus.txt"
"$build/bench/make_bench_corpus" "$corpus" "$mb"

echo "== chrono-node (npm), dates only"
(cd "$scratch" && npm init -y >/dev/null 2>&1 && npm install --silent --no-audit --no-fund chrono-node >/dev/null 2>&1)
cat > "$scratch/run_chrono.js" <<'JS'
const fs = require('fs');
const chrono = require('chrono-node');
const text = fs.readFileSync(process.argv[2], 'utf8');
const paragraphs = text.split('\n\n');
const start = process.hrtime.bigint();
let found = 0;
for (const p of paragraphs) found += chrono.parse(p).length;
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
const mb = Buffer.byteLength(text) / (1 << 20);
const version = JSON.parse(fs.readFileSync('node_modules/chrono-node/package.json', 'utf8')).version;
console.log(`chrono-node ${version}: ` +
            `${mb.toFixed(1)} MB in ${seconds.toFixed(2)} s = ` +
            `${(mb / seconds).toFixed(2)} MB/s, ${found} dates`);
JS
(cd "$scratch" && node run_chrono.js "$corpus")

echo "== checker extractor (all mention kinds), single thread"
CHECKER_BENCH_MB=$mb "$build/bench/extract_bench" --benchmark_counters_tabular=true
echo "== checker mentions (whole command: read, extract, print JSON Lines)"
start=$(date +%s.%N)
lines=$("$build/bin/checker" mentions "$corpus" | wc -l)
end=$(date +%s.%N)
awk -v s="$start" -v e="$end" -v mb="$mb" -v n="$lines" \
  'BEGIN { printf "checker mentions: %d MB in %.2f s = %.1f MB/s, %d mentions\n", mb, e - s, mb / (e - s), n }'
