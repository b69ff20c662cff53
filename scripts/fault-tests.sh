#!/usr/bin/env bash
# Fault tests on the real local stack: starts the store, a Kafka broker, the three services and the gateway as
# processes on free ports (a temporary data directory, nothing shared with ./run-local.sh), keeps writing through the
# gateway, and injects one fault after another:
#   1. matching-service killed with SIGKILL and restarted   2. the Kafka broker stopped for 30 s
#   3. a poison message on profile-events                    4. profile-service stopped (503s, circuit breaker)
#   5. the MongoDB store stopped for 20 s during writes       6. the services restarted while the store is away
# Each fault ends with a check that nothing acknowledged was lost. Prints progress, then the fault table
# (fault | what the user saw | what was lost); the table is kept in local-stack/target/fault-table.md and the
# parts' logs in local-stack/target/fault-logs/. Builds the jars first when they are missing or older than the code.
# Extra arguments go to Maven, e.g. scripts/fault-tests.sh -o (offline). About 4–5 minutes on two cores.
set -euo pipefail
cd "$(dirname "$0")/.."

jars=(profile-service/target/profile-service-exec.jar portfolio-service/target/portfolio-service-exec.jar
	matching-service/target/matching-service-exec.jar gateway/target/gateway-exec.jar
	local-stack/target/local-stack.jar local-stack/target/local-stack-agent.jar)

needs_build() {
	local jar
	for jar in "${jars[@]}"; do
		if [[ ! -f "$jar" ]]; then
			return 0
		fi
		# any main source or pom of the modules the stack runs that is newer than this jar
		if [[ -n "$(find pom.xml events service-support profile-service portfolio-service matching-service gateway \
			local-stack \( -path '*/src/main/*' -o -name pom.xml \) -type f -newer "$jar" -print -quit)" ]]; then
			return 0
		fi
	done
	return 1
}

started=$(date +%s)
if needs_build; then
	echo "Building the service jars (./mvnw package -DskipTests)…"
	./mvnw -B -q "$@" package -DskipTests
fi

report=local-stack/target/fault-table.md
log=local-stack/target/fault-tests.log
mkdir -p local-stack/target
rm -f "$report"
echo "Running the fault tests (full Maven output in $log)…"
set +e
# -Dtest=none: only the fault ITs run, not the module's unit tests
./mvnw -B "$@" -pl local-stack verify -Dit.test='Fault*IT' -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
	2>&1 | tee "$log" | grep --line-buffered -E '^\[(fault|stack)\]|^  [·…]|^  writer|Tests run:|FAIL|BUILD|ERROR\]'
status=${PIPESTATUS[0]}
set -e

echo
if [[ -f "$report" ]]; then
	cat "$report"
else
	echo "No fault table: the stack did not start or the tests did not run; see $log"
fi
echo
echo "Fault tests $([[ $status -eq 0 ]] && echo passed || echo FAILED) in $(( $(date +%s) - started )) s"
exit "$status"
