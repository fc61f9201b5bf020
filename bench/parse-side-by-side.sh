#!/usr/bin/env bash
# `review parse` of this checkout and of another, and Coccinelle's `spatch --parse-c`, on folders of a kernel source,
# interleaved (spatch, this, other, spatch, ...) so that the machine's drift falls on all three alike; each a fresh
# process. Prints, per folder, the share of lines good or passed and the median wall and CPU (user + system, all
# threads) time of N runs.
#   bench/parse-side-by-side.sh OTHER-CHECKOUT N SOURCE-ROOT FOLDER...
# e.g. bench/parse-side-by-side.sh ../prev 5 ~/.cache/review/linux-source-6.1 arch/arm/mm drivers/of kernel/dma
# Build both checkouts first (mvn -q -B package -DskipTests); spatch is Debian's coccinelle package.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
other="$(cd "$1" && pwd)"
n="$2"
src="$(cd "$3" && pwd)"
shift 3
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$src"
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
run() {  # run TAG COMMAND...: appends "WALL CPU" to $work/TAG.times, leaves the output in $work/TAG.out
  local tag="$1" start end
  shift
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$work/time" "$@" > "$work/$tag.out" 2>&1 || true
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(tail -1 "$work/time" | awk '{printf "%d", ($1 + $2) * 1000}')" >> "$work/$tag.times"
}
for dir in "$here" "$other"; do "$dir/bin/review" --version > /dev/null; done   # class data made first
printf '| folder | lines | spatch: good | wall | CPU | this: good | wall | CPU | other: good | wall | CPU |\n'
printf '|---|---|---|---|---|---|---|---|---|---|---|\n'
for folder in "$@"; do
  rm -f "$work"/*.times
  for i in $(seq "$n"); do
    run spatch spatch --parse-c "$folder"
    run this "$here/bin/review" parse --totals "$folder"
    run other "$other/bin/review" parse --totals "$folder"
  done
  good() { sed -n 's/.*[:>] \([0-9.]*\)% good or passed.*/\1/p' "$work/$1.out" | tail -1; }
  col() { cut -d' ' -f"$2" "$work/$1.times" | median; }
  lines="$(sed -n 's/^lines: \([0-9]*\),.*/\1/p' "$work/this.out")"
  printf '| %s | %s | %s%% | %s ms | %s ms | %s%% | %s ms | %s ms | %s%% | %s ms | %s ms |\n' "$folder" "$lines" \
    "$(good spatch)" "$(col spatch 1)" "$(col spatch 2)" "$(good this)" "$(col this 1)" "$(col this 2)" \
    "$(good other)" "$(col other 1)" "$(col other 2)"
done
echo "median of $n runs each; this: $here, other: $other; source: $src; load average when done: $(cut -d' ' -f1-3 /proc/loadavg)"
