#!/usr/bin/env bash
# Side by side: `review parse` and Coccinelle's `spatch --parse-c` on the same folders of Linux 6.1 (Debian's
# linux-source-6.1), each a fresh process (cold JVM for review): % of lines good and median wall time of N runs.
# Build first (mvn -q -B package -DskipTests); spatch is Debian's coccinelle package.
#   bench/parse-vs-spatch.sh [N] [LINUX_SRC]   (default: 5 runs, $REVIEW_LINUX_SRC or ~/.cache/review/linux-source-6.1)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
n="${1:-5}"
src="${2:-${REVIEW_LINUX_SRC:-$HOME/.cache/review/linux-source-6.1}}"
cd "$src"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
# Prints "WALL_MS CPU_MS" (CPU: user + system, all threads) of one run; its output is left in /tmp/parse-bench.$$.
run_ms() {
  local start end cpu
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o /tmp/parse-bench-time.$$ "$@" > /tmp/parse-bench.$$ 2>&1 || true
  end=$(date +%s%N)
  cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' /tmp/parse-bench-time.$$)
  echo "$(( (end - start) / 1000000 )) $cpu"
}
"$here/bin/review" parse --totals arch/arm/mm > /dev/null  # the launcher's class-data archive, made once after a build
printf '| folder | files | lines | spatch --parse-c: good | wall | CPU | review parse: good | wall | CPU |\n'
printf '|---|---|---|---|---|---|---|---|---|\n'
for folder in arch/arm/mm drivers/iommu; do
  s_times=(); r_times=()
  for i in $(seq "$n"); do
    s_times+=("$(run_ms spatch --parse-c "$folder")")
    s_out="$(cat /tmp/parse-bench.$$)"
    r_times+=("$(run_ms "$here/bin/review" parse --totals "$folder")")
    r_out="$(cat /tmp/parse-bench.$$)"
  done
  s_good="$(echo "$s_out" | sed -n 's/.*=> \([0-9.]*\)% good or passed.*/\1/p')"
  r_good="$(echo "$r_out" | sed -n 's/.*: \([0-9.]*\)% good or passed.*/\1/p')"
  files="$(echo "$r_out" | sed -n 's/^files: \([0-9]*\),.*/\1/p')"
  lines="$(echo "$r_out" | sed -n 's/^lines: \([0-9]*\),.*/\1/p')"
  s_ms="$(printf '%s\n' "${s_times[@]}" | cut -d' ' -f1 | median)"
  s_cpu="$(printf '%s\n' "${s_times[@]}" | cut -d' ' -f2 | median)"
  r_ms="$(printf '%s\n' "${r_times[@]}" | cut -d' ' -f1 | median)"
  r_cpu="$(printf '%s\n' "${r_times[@]}" | cut -d' ' -f2 | median)"
  printf '| %s | %s | %s | %s%% | %s ms | %s ms | %s%% | %s ms | %s ms |\n' "$folder" "$files" "$lines" "$s_good" \
    "$s_ms" "$s_cpu" "$r_good" "$r_ms" "$r_cpu"
done
echo "median of $n runs each; load average when done: $(cut -d' ' -f1-3 /proc/loadavg)"
rm -f /tmp/parse-bench.$$ /tmp/parse-bench-time.$$
