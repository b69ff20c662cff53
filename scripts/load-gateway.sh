#!/usr/bin/env bash
# What the gateway costs, against a RUNNING local stack (./run-local.sh); starts nothing, talks only to 127.0.0.1.
# Three targets: GET /api/profiles/{id} straight on profile-service and through the gateway, and
# GET /api/openings/{id}/matches through the gateway with 10k candidates (created first through the gateway when fewer
# exist: one token per candidate, 16 in parallel, paced at 180 writes/s under the per-IP write limit; ~1 min).
# Two modes, one table: (a) a fixed 500 requests/s for 20 s per target, latency measured from each request's scheduled
# time (open loop: queueing is not hidden by coordinated omission) -> p50/p99 and what the gateway adds; (b) 32
# closed-loop clients for 15 s per target -> requests/s and the gateway/direct ratio. About 2 minutes after seeding.
# Options go to the load generator: --rate 500 --rate-seconds 20 --clients 32 --saturation-seconds 15 --candidates 10000
# Ports: GATEWAY_PORT (8080), PROFILE_PORT (8081), as for run-local.sh.
#
# The gateway limits ranking reads per IP (burst 200, 100/s), which 500/s from one machine exceeds, and the token
# endpoint per IP (20/s), which slows the creation of 10k candidates to ~9 min. Start the stack for this run with:
#   MATCHFOLIO_GATEWAY_RATELIMIT_RANKING_PERIP_BURST=100000 MATCHFOLIO_GATEWAY_RATELIMIT_RANKING_PERIP_REFILLTOKENS=100000 \
#   MATCHFOLIO_GATEWAY_RATELIMIT_TOKEN_PERIP_BURST=20000 MATCHFOLIO_GATEWAY_RATELIMIT_TOKEN_PERIP_REFILLTOKENS=1000 \
#   LOCAL_STACK_JVM_OPTS='-XX:TieredStopAtLevel=4 -Xmx768m' ./run-local.sh
# (LOCAL_STACK_JVM_OPTS gives the services and the gateway the full JIT and a larger heap instead of the laptop
# defaults, as a deployment would run them; Spring Boot binds these environment variables to matchfolio.gateway.rate-limit.ranking.per-ip.* and
# ...token.per-ip.*; the launcher's children inherit its environment.) Ranking requests are spread over 100 users'
# tokens, so the per-user limit (10/s) is never met; profile reads are not limited.
set -euo pipefail
cd "$(dirname "$0")/.."

gateway_port="${GATEWAY_PORT:-8080}"
profile_port="${PROFILE_PORT:-8081}"
source scripts/lib/running-stack.sh
require_answer gateway "http://127.0.0.1:$gateway_port"
require_answer profile-service "http://127.0.0.1:$profile_port"
echo "Note: the ranking target needs the gateway's per-IP ranking limit raised (see the top of $0):"
echo "  MATCHFOLIO_GATEWAY_RATELIMIT_RANKING_PERIP_BURST=100000 MATCHFOLIO_GATEWAY_RATELIMIT_RANKING_PERIP_REFILLTOKENS=100000 \\"
echo "  MATCHFOLIO_GATEWAY_RATELIMIT_TOKEN_PERIP_BURST=20000 MATCHFOLIO_GATEWAY_RATELIMIT_TOKEN_PERIP_REFILLTOKENS=1000 \\"
echo "  LOCAL_STACK_JVM_OPTS='-XX:TieredStopAtLevel=4 -Xmx768m' ./run-local.sh"
echo "Machine load before the run: $(uptime)"

exec "$stack_java" -Xmx512m -cp "$stack_classpath" \
	dev.matchfolio.localstack.load.GatewayOverhead --gateway-port "$gateway_port" --profile-port "$profile_port" "$@"
