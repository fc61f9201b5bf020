#!/usr/bin/env bash
# Wall time of `review apply` on the reference patch with a cold JVM, N runs (default 5), and their median.
# Build first: mvn -q -B package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
n="${1:-5}"
patch="patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox"
bin/review --version > /dev/null   # the first start after a build writes the class-data archive
times=()
for i in $(seq "$n"); do
  start=$(date +%s%N)
  bin/review apply "$patch" > /dev/null
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  times+=("$ms")
  echo "run $i: ${ms} ms"
done
sorted=($(printf '%s\n' "${times[@]}" | sort -n))
echo "median of $n: ${sorted[$(( n / 2 ))]} ms"
