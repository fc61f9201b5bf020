#!/usr/bin/env bash
# The fixed cost of a cold review: the reference patch on a matrix of one cell (board lager, config default, scenario
# probe), made as a copy of the bundled corpus with the other boards, configs and scenarios left out and given with
# --corpus, in this checkout and another, interleaved (bench/side-by-side.sh).
#   bench/one-cell.sh OTHER-CHECKOUT N
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cp -r "$here/corpus" "$work/corpus"
find "$work/corpus/boards" -name '*.dts' ! -name lager.dts -delete
find "$work/corpus/configs" -type f ! -name default.config -delete
find "$work/corpus/scenarios" -name '*.scenario' ! -name probe.scenario -delete
"$here/bench/side-by-side.sh" "$1" "$2" apply --corpus "$work/corpus" \
  "$here/patches/0001-ARM-dma-mapping-Don-t-tear-third-party-mappings.mbox"
