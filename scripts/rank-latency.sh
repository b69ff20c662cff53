#!/usr/bin/env bash
# Time from a profile PUT returning to the new rank being visible through the gateway (p50/p95/p99/max).
# Needs a running local stack (./run-local.sh). Usage: scripts/rank-latency.sh [gateway-url] [rounds]
# It polls the ranking every few milliseconds, spread over 100 recruiters' tokens (under the per-user limit), which
# is more than the gateway's per-IP ranking limit allows one machine; start the stack for it with
#   MATCHFOLIO_GATEWAY_RATELIMIT_RANKING_PERIP_BURST=100000 MATCHFOLIO_GATEWAY_RATELIMIT_RANKING_PERIP_REFILLTOKENS=100000 \
#   ./run-local.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/lib/running-stack.sh
exec "$stack_java" -cp "$stack_classpath" \
	dev.matchfolio.localstack.probe.RankLatency "$@"
