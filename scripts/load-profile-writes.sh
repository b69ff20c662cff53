#!/usr/bin/env bash
# Profile writes against a RUNNING local stack (start it first with ./run-local.sh): 16 candidates get a token and a
# profile, then 16 concurrent clients each GET their profile and PUT it back with If-Match, for 20 s (or the seconds
# given as the first argument), at most 200,000 writes. Prints the PUT rate and p50/p99/max PUT latency, then deletes
# the 16 profiles. Starts nothing and talks only to the gateway on this machine (GATEWAY_PORT, default 8080).
# Needs the local stack's build (./run-local.sh or ./mvnw -DskipTests package), which holds the load generator.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-20}"
gateway="http://localhost:${GATEWAY_PORT:-8080}"
source scripts/lib/running-stack.sh
require_answer gateway "$gateway"

exec "$stack_java" -cp "$stack_classpath" \
	dev.matchfolio.localstack.load.ProfileWriteLoad --gateway "$gateway" --clients 16 --seconds "$seconds"
