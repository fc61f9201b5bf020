#!/usr/bin/env bash
# Wall time of a command run N times, each a fresh process, and the median: bench/median-wall.sh N COMMAND [ARGS...]
# The command's output is discarded. Used by cold-apply.sh and corpus-cold.sh.
set -euo pipefail
n="$1"
shift
times=()
for i in $(seq "$n"); do
  start=$(date +%s%N)
  "$@" > /dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $n: ${sorted[$(( n / 2 ))]} ms"
