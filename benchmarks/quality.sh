#!/usr/bin/env bash
# NDCG@10 of the engine and of two baselines (required-skill overlap, Lucene BM25) on the labelled set in
# matching-service/src/test/resources/quality (see the README there for the grading rubric).
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q -pl benchmarks -am package -DskipTests
java -cp benchmarks/target/benchmarks.jar dev.matchfolio.benchmarks.QualityReport "$@"
