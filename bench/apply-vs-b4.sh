#!/usr/bin/env bash
# Cold `review apply MBOX` in this checkout and another, against `b4 am -m MBOX` of the same mail (b4 reading the
# thread from the file and writing its am-ready mbox), interleaved (this, other, b4, this, ...) so that the machine's
# drift falls on all three alike. Prints each run, the medians of wall and CPU time (user + system, all threads), and
# the ratio of this checkout's median wall time to b4's.
#   bench/apply-vs-b4.sh OTHER-CHECKOUT N [MBOX]   (MBOX defaults to the reference patch; give a path both can read)
# Build both checkouts first (mvn -q -B package -DskipTests); b4 is Debian's b4 package.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
other="$(cd "$1" && pwd)"
n="$2"
mbox="$(readlink -f "${3:-$here/patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox}")"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
for dir in "$here" "$other"; do (cd "$dir" && bin/review --version > /dev/null); done   # class data made first
run() {  # run TAG COMMAND...: appends "WALL CPU" to $work/TAG
  local tag="$1" start end
  shift
  start=$(date +%s%N)
  /usr/bin/time -f '%U %S' -o "$work/time" "$@" > /dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "$(( (end - start) / 1000000 )) $(tail -1 "$work/time" | awk '{printf "%d", ($1 + $2) * 1000}')" >> "$work/$tag"
  tail -1 "$work/$tag" | cut -d' ' -f1
}
for i in $(seq "$n"); do
  a=$(cd "$here" && run this bin/review apply "$mbox")
  b=$(cd "$other" && run other bin/review apply "$mbox")
  rm -rf "$work/am"; mkdir "$work/am"
  c=$(run b4 b4 am -m "$mbox" -o "$work/am")
  echo "run $i: this checkout $a ms, other $b ms, b4 am -m $c ms"
done
median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
col() { cut -d' ' -f"$2" "$work/$1" | median; }
echo "median of $n (wall / CPU): this checkout $(col this 1) / $(col this 2) ms, other $(col other 1) / $(col other 2) ms," \
  "b4 am -m $(col b4 1) / $(col b4 2) ms; this checkout at $(awk -v a="$(col this 1)" -v b="$(col b4 1)" \
  'BEGIN {printf "%.1f", a / b}')x b4's wall time"
echo "mail: $mbox; this: $here; other: $other; load average when done: $(cut -d' ' -f1-3 /proc/loadavg)"
