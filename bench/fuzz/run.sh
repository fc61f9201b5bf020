#!/usr/bin/env bash
# Runs the seeded fuzzer (src/test/java/org/patchreview/fuzz) over the bundled patches, history and test mails:
#   bench/fuzz/run.sh [COUNT [SEED [LIMIT_SECONDS [FIRST]]]]     (default 100000 inputs, seed 20261206, 30 s each)
# Prints progress every 1,000 inputs on standard error, then the counts by exit code, the mean time of each, and every
# distinct failure (internal error, undocumented exit code, Java exception shown to the user, hang) with the input
# kept in target/fuzz-failures/ as its reproducer. Exit code 0 when there is no failure, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/../.."
if [ ! -f target/review.jar ] || [ ! -d target/test-classes/org/patchreview/fuzz ]; then
  mvn -q -B package -DskipTests >&2
  mvn -q -B test-compile >&2
fi
java="${JAVA_HOME:+$JAVA_HOME/bin/}java"
exec "$java" -Xss8m -Xmx2g -cp target/review.jar:target/test-classes org.patchreview.fuzz.Fuzzer "$@"
