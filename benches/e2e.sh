#!/usr/bin/env bash
# End-to-end benchmark: generates corpora of 1k, 10k and 100k articles (deterministic,
# examples/gen_corpus.rs), runs xcheck on each under /usr/bin/time -v, and prints a
# Markdown table of articles/s, MB/s and peak RSS, with the machine it ran on.
#
# Usage: benches/e2e.sh [SIZES...]     (default: 1000 10000 100000)
# Corpora go to ${XCHECK_BENCH_DIR:-/tmp/xcheck-bench}; nothing is written in the repo.
# XCHECK_BIN=target/pgo/release/xcheck times that binary (benches/pgo.sh makes it)
# instead of the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("${@:-1000 10000 100000}")
[ $# -eq 0 ] && sizes=(1000 10000 100000)
dir=${XCHECK_BENCH_DIR:-/tmp/xcheck-bench}
mkdir -p "$dir"
cargo build --release --quiet
cargo build --release --quiet --example gen_corpus
bin=${XCHECK_BIN:-./target/release/xcheck}

echo "machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "xcheck: $("$bin" --version) ($bin), $(date -u +%Y-%m-%d)"
echo
echo "| articles | stories | MB | wall s | articles/s | MB/s | peak RSS MB |"
echo "|---:|---:|---:|---:|---:|---:|---:|"
for n in "${sizes[@]}"; do
  corpus="$dir/c$n"
  if [ ! -d "$corpus" ]; then
    ./target/release/examples/gen_corpus "$corpus" "$n" "$((n / 8))" 42 2>/dev/null
  fi
  bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')
  /usr/bin/time -v "$bin" -q --fail-on never "$corpus" >/dev/null 2>"$dir/time-$n.txt" || true
  wall=$(awk -F': ' '/Elapsed \(wall clock\)/ {print $2}' "$dir/time-$n.txt" | awk -F: '{ if (NF==3) print $1*3600+$2*60+$3; else print $1*60+$2 }')
  rss=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$dir/time-$n.txt")
  awk -v n="$n" -v s="$((n / 8))" -v b="$bytes" -v w="$wall" -v r="$rss" 'BEGIN {
    printf "| %d | %d | %.1f | %.2f | %.0f | %.1f | %.0f |\n", n, s, b/1e6, w, n/w, b/1e6/w, r/1024 }'
done
