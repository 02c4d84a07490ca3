#!/usr/bin/env bash
# Article extraction speed (articles per second, one thread, 1-3 KB articles): a JMH benchmark, not a test.
#   modules/bench/extraction.sh [JMH options, e.g. -wi 2 -i 3]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
(cd "$root" && ./mvnw -q -B -Dmaven.test.skip=true -pl modules/bench -am package)
exec java -Xmx1g -cp "$here/target/strikeline-bench.jar:$here/target/lib/*" org.openjdk.jmh.Main \
  ArticleExtractionBenchmark "$@"
