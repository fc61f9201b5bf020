#!/usr/bin/env bash
# Wall time of `review corpus` (every history entry replayed against its golden files) with a cold JVM, N runs
# (default 5), and their median. Build first: mvn -q -B package -DskipTests
set -euo pipefail
cd "$(dirname "$0")/.."
bin/review --version > /dev/null   # the first start after a build makes the class-data archive
exec bench/median-wall.sh "${1:-5}" bin/review corpus
