#!/usr/bin/env bash
# Builds the benchmark jar and runs, in one go: the JMH ranking benchmark (engine vs Lucene BM25 over 10k, 100k and
# 1M synthetic candidates, ms per ranking) and the index memory per 100k candidates.
#   benchmarks/run.sh           full run, about 12 minutes on 2 cores
#   benchmarks/run.sh --quick   smoke run: 10k and 100k, one short iteration each
# Further arguments go to JMH (e.g. -p candidates=100000).
set -euo pipefail
cd "$(dirname "$0")/.."

jmh_args=()
if [[ "${1:-}" == "--quick" ]]; then
	shift
	jmh_args=(-p candidates=10000,100000 -wi 1 -w 1s -i 2 -r 1s)
fi

./mvnw -B -q -pl benchmarks -am package -DskipTests
jar=benchmarks/target/benchmarks.jar

java -jar "$jar" RankingBenchmark -foe true "${jmh_args[@]}" "$@"
echo
java -Xms4g -Xmx4g -cp "$jar" dev.matchfolio.benchmarks.IndexFootprint 100000
