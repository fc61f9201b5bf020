#!/usr/bin/env bash
# Wall time of `review corpus` (every history entry replayed against its golden files) with a cold JVM, N runs
# (default 5), and their median. Build first: mvn -q -B package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5}"
bin/review --version > /dev/null   # the first start after a build writes the class-data archive
times=()
for i in $(seq "$n"); do
  start=$(date +%s%N)
  bin/review corpus > /dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $n: ${sorted[$(( n / 2 ))]} ms"
