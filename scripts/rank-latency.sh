#!/usr/bin/env bash
# Time from a profile PUT returning to the new rank being visible through the gateway (p50/p95/p99/max).
# Needs a running local stack (./run-local.sh). Usage: scripts/rank-latency.sh [gateway-url] [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
exec java -cp "local-stack/target/local-stack.jar:local-stack/target/lib/*" \
	dev.matchfolio.localstack.probe.RankLatency "$@"
