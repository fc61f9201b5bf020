#!/usr/bin/env bash
# Cold wall time of the same review command in two checkouts, interleaved (A, B, A, B, ...) so that the machine's
# drift falls on both alike: bench/side-by-side.sh OTHER-CHECKOUT N [ARGS...]
# ARGS default to `apply` of the reference patch; each checkout's bin/review runs them from its own folder, so give
# paths that exist in both. Build both first (mvn -q -B package -DskipTests in each). Prints each run and the medians.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
other="$(cd "$1" && pwd)"
n="$2"
shift 2
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(apply patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox)
for dir in "$here" "$other"; do (cd "$dir" && bin/review --version > /dev/null); done   # class data made first
a=(); b=()
run() {
  local start end
  start=$(date +%s%N)
  (cd "$1" && bin/review "${args[@]}" > /dev/null 2>&1) || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
for i in $(seq "$n"); do
  ta=$(run "$here"); tb=$(run "$other")
  a+=("$ta"); b+=("$tb")
  echo "run $i: this checkout ${ta} ms, other ${tb} ms"
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( $# / 2 + 1 ))p"; }
echo "median of $n: this checkout $(median "${a[@]}") ms ($here), other $(median "${b[@]}") ms ($other)"
