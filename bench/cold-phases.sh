#!/usr/bin/env bash
# Where a cold review spends its time, in two checkouts side by side: each run a fresh `bin/review ARGS --timings`,
# the two checkouts interleaved (A, B, A, B, ...) so that the machine's drift falls on both alike; prints the median
# of each phase's end (ms since the JVM's main started its clock), of the process's CPU time (all threads: steadier
# than wall time when other work shares the cores) and of its wall time.
#   bench/cold-phases.sh OTHER-CHECKOUT N [ARGS...]   (ARGS default to `apply` of the reference patch)
# Build both first (mvn -q -B package -DskipTests in each).
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
other="$(cd "$1" && pwd)"
n="$2"
shift 2
args=("$@")
[ ${#args[@]} -gt 0 ] || args=(apply patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox)
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for dir in "$here" "$other"; do (cd "$dir" && bin/review --version > /dev/null); done   # class data made first
run() {  # run DIR TAG I: the marks of one run in $work/TAG.I, its wall time last
  local start end
  start=$(date +%s%N)
  (cd "$1" && /usr/bin/time -f '%U %S' -o "$work/time" bin/review "${args[@]}" --timings > /dev/null \
      2> "$work/$2.$3") || true
  end=$(date +%s%N)
  tail -1 "$work/time" | awk '{printf "%d ms  process CPU (user + system)\n", ($1 + $2) * 1000}' >> "$work/$2.$3"
  echo "$(( (end - start) / 1000000 )) ms  process wall" >> "$work/$2.$3"
}
for i in $(seq "$n"); do
  run "$here" this "$i"; run "$other" other "$i"
  echo "run $i: this checkout $(tail -1 "$work/this.$i" | cut -d' ' -f1) ms, other $(tail -1 "$work/other.$i" | cut -d' ' -f1) ms"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
phases() {  # the phase names of a checkout's runs, in the order of its first run
  sed -n 's/^ *[0-9.]* ms  //p' "$work/$1.1"
}
printf '| phase (end, ms) | this checkout | other |\n|---|---|---|\n'
{ phases this; phases other; } | awk '!seen[$0]++' | while IFS= read -r phase; do
  a=$(cat "$work"/this.* | grep -F "ms  $phase" | grep -v '^review' | awk '{print $1}' | median)
  b=$(cat "$work"/other.* | grep -F "ms  $phase" | grep -v '^review' | awk '{print $1}' | median)
  printf '| %s | %s | %s |\n' "$phase" "${a:--}" "${b:--}"
done
echo "medians of $n interleaved runs ($here against $other); load average when done: $(cut -d' ' -f1-3 /proc/loadavg)"
