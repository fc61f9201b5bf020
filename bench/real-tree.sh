#!/usr/bin/env bash
# The same change reviewed on a real tree's functions (apply --tree) and on the model alone, cold and warm, side by
# side: bench/real-tree.sh LINUX-6.1-TREE N
# The change (release_iommu_mapping() stops freeing the mapping) is made here, once against the tree's file and once
# against the model's, so no kernel text is kept. Cold: each command a fresh JVM, the two interleaved, medians of N.
# Warm: bench/RealTreeWarm.java, one JVM, N rounds each after 3 to warm up, caches kept and caches forgotten.
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
tree="$(cd "$1" && pwd)"
n="${2:-5}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mail() {  # mail FILE-IN-TREE ROOT OUT: a patch removing "kfree(mapping);" from release_iommu_mapping()
  local root="$2" f="$1" out="$3"
  local at
  at=$(awk '/^static void release_iommu_mapping\(struct kref \*kref\)/{s=1} s&&/^\tkfree\(mapping\);$/{print NR; exit}' "$root/$f")
  {
    printf 'From: Bench <b@example.org>\nSubject: [PATCH] ARM: dma-mapping: keep the mapping\n'
    printf 'Date: Sun, 6 Dec 2026 12:00:00 +0000\n\nSigned-off-by: Bench <b@example.org>\n---\n'
    printf -- '--- a/%s\n+++ b/%s\n@@ -%d,3 +%d,2 @@\n' "$f" "$f" $((at - 1)) $((at - 1))
    sed -n "$((at - 1))s/^/ /p; ${at}s/^/-/p; $((at + 1))s/^/ /p" "$root/$f"
  } > "$out"
}
mail arch/arm/mm/dma-mapping.c "$tree" "$work/tree.mbox"
mail arch/arm/mm/dma-mapping.c "$here/corpus/kernel" "$work/model.mbox"
(cd "$here" && bin/review --version > /dev/null)   # class data made first
tree_cmd=(apply --tree "$tree" "$work/tree.mbox")
model_cmd=(apply --base v5.19 "$work/model.mbox")
run() {
  local start end
  start=$(date +%s%N)
  (cd "$here" && bin/review "$@" > /dev/null 2>&1) || true
  end=$(date +%s%N)
  echo $(( (end - start) / 1000000 ))
}
a=(); b=()
for i in $(seq "$n"); do
  ta=$(run "${tree_cmd[@]}"); tb=$(run "${model_cmd[@]}")
  a+=("$ta"); b+=("$tb")
  echo "run $i: apply --tree ${ta} ms, on the model ${tb} ms"
done
median() { printf '%s\n' "$@" | sort -n | sed -n "$(( $# / 2 + 1 ))p"; }
echo "cold, median of $n: apply --tree $(median "${a[@]}") ms, the same review on the model $(median "${b[@]}") ms"
cd "$here"
java -Xss8m -cp target/review.jar bench/RealTreeWarm.java "$n" "$tree" "$work/tree.mbox" "$work/model.mbox"
