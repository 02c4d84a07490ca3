#!/usr/bin/env bash
# End-to-end latency at a steady rate (input due -> its tallies readable, read_committed), on an in-process
# broker with the pipeline's stages. A benchmark, not a test: run it by hand.
#   modules/bench/latency.sh [--rate 1000] [--seconds 60] [--warmup 10] [--from strike-events] [--streams KEY=VALUE]...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
(cd "$root" && ./mvnw -q -B -Dmaven.test.skip=true -pl modules/bench -am package)
exec java ${BENCH_JAVA_OPTS:--Xms512m -Xmx2g} -cp "$here/target/strikeline-bench.jar:$here/target/lib/*" \
  io.strikeline.bench.LatencyBenchmark "$@"
