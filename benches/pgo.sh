#!/usr/bin/env bash
# Profile-guided build of xcheck: the same source, compiled a second time with what a
# training run measured (which branches are taken, which calls are hot), so the
# compiler lays out and inlines code for the run a newsroom makes. See BENCHMARKS.md
# for what it gains.
#
# Usage: benches/pgo.sh            builds target/pgo/release/xcheck
#
# Steps: an instrumented build (target/pgo-gen), a training run on a generated corpus
# (seed 7, not the benchmarks' seed 42, so the benchmark is not its own training set)
# and on every fixture in every output format and through extract | compare, a merge
# of the counts with llvm-profdata, and the final build. The profile is made afresh
# each time from the current source; none is kept in the repository (a stale profile
# misleads the compiler, and its format is tied to one LLVM version).
#
# Needs llvm-profdata of the LLVM that rustc uses (`rustc -vV` says which): found on
# PATH as llvm-profdata-N, in /usr/lib/llvm-N/bin, or in rustup's llvm-tools component.
# On Debian or Ubuntu: apt-get install llvm-N.
set -euo pipefail
cd "$(dirname "$0")/.."

major=$(rustc -vV | awk '/^LLVM version/ { split($3, v, "."); print v[1] }')
profdata=""
for candidate in "llvm-profdata-$major" "/usr/lib/llvm-$major/bin/llvm-profdata" \
  "$(rustc --print sysroot)/lib/rustlib/$(rustc -vV | awk '/^host/ {print $2}')/bin/llvm-profdata"; do
  if command -v "$candidate" >/dev/null 2>&1; then
    profdata=$candidate
    break
  fi
done
if [ -z "$profdata" ]; then
  echo "pgo.sh: no llvm-profdata for LLVM $major (rustc's); install llvm-$major or run" >&2
  echo "        rustup component add llvm-tools" >&2
  exit 2
fi

# Scratch space (XCHECK_PGO_DIR): only what this script writes there is removed.
work=${XCHECK_PGO_DIR:-target/pgo-data}
mkdir -p "$work"
work=$(cd "$work" && pwd)
rm -rf "$work/raw" "$work/train" "$work/merged.profdata"

echo "pgo.sh: instrumented build" >&2
RUSTFLAGS="-Cprofile-generate=$work/raw -Cllvm-args=-vp-counters-per-site=8" \
  cargo build --release --quiet --target-dir target/pgo-gen
cargo build --release --quiet --example gen_corpus
./target/release/examples/gen_corpus "$work/train" 3000 375 7 2>/dev/null

echo "pgo.sh: training run" >&2
bin=target/pgo-gen/release/xcheck
"$bin" -q --fail-on never "$work/train" >/dev/null
"$bin" --fail-on never --format json "$work/train" >/dev/null
for dir in fixtures/*/; do
  for format in text json markdown html; do
    "$bin" --fail-on never --color never --format "$format" "$dir" >/dev/null
  done
  "$bin" extract "$dir" | "$bin" compare --fail-on never - >/dev/null
done

echo "pgo.sh: merging the profile with $profdata" >&2
"$profdata" merge -o "$work/merged.profdata" "$work"/raw/*.profraw

echo "pgo.sh: optimized build" >&2
RUSTFLAGS="-Cprofile-use=$work/merged.profdata" \
  cargo build --release --quiet --target-dir target/pgo
echo "target/pgo/release/xcheck"
