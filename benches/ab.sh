#!/usr/bin/env bash
# Interleaved A/B timing of two or more xcheck binaries on one corpus. This VM's speed
# drifts by up to 40% within hours, so builds are compared run by run in turn, never
# one batch after another.
#
# Usage: benches/ab.sh CORPUS RUNS BINARY... (for example: target/old/xcheck
#        target/release/xcheck). Prints each binary's wall, user and system seconds per
#        run, then the mean and the minimum wall time and the mean user time.
set -euo pipefail
[ $# -ge 3 ] || { sed -n '2,8p' "$0"; exit 2; }
corpus=$1
runs=$2
shift 2
declare -A wall user sys
times=$(mktemp)
trap 'rm -f "$times"' EXIT
for _ in $(seq "$runs"); do
  for bin in "$@"; do
    /usr/bin/time -o "$times" -f "%e %U %S" "$bin" -q --fail-on never "$corpus" >/dev/null 2>&1 || true
    read -r w u s <"$times"
    wall[$bin]="${wall[$bin]:-} $w"
    user[$bin]="${user[$bin]:-} $u"
    sys[$bin]="${sys[$bin]:-} $s"
  done
done
for bin in "$@"; do
  echo "$bin: wall [${wall[$bin]} ] user [${user[$bin]} ] sys [${sys[$bin]} ]"
  echo "${wall[$bin]}|${user[$bin]}" | awk -F'|' '{
    n = split($1, w, " "); split($2, u, " "); sw = 0; su = 0; min = 1e9
    for (i = 1; i <= n; i++) { sw += w[i]; su += u[i]; if (w[i] < min) min = w[i] }
    printf "   mean wall %.3f s, min %.3f s, mean user %.3f s\n", sw / n, min, su / n }'
done
