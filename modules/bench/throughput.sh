#!/usr/bin/env bash
# Pipeline throughput (strike reports per second, file -> tallies) beside Kafka's ProducerPerformance and
# ConsumerPerformance on the same in-process broker, in one run. A benchmark, not a test: run it by hand.
#   modules/bench/throughput.sh [--reports 1000000] [--partitions 4] [--streams KEY=VALUE]...
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
(cd "$root" && ./mvnw -q -B -Dmaven.test.skip=true -pl modules/bench -am package)
exec java ${BENCH_JAVA_OPTS:--Xms512m -Xmx2g} -cp "$here/target/strikeline-bench.jar:$here/target/lib/*" \
  io.strikeline.bench.ThroughputBenchmark "$@"
