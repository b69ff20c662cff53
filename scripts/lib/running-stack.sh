# Sourced by the scripts that drive a RUNNING local stack with the load generators and probes of local-stack.
# Sets stack_java and stack_classpath; require_answer fails with a hint when a part does not answer.

stack_java="java"
if [[ -n "${JAVA_HOME:-}" ]]; then
	stack_java="$JAVA_HOME/bin/java"
fi
stack_classpath="local-stack/target/local-stack.jar:local-stack/target/lib/*"
if [[ ! -f local-stack/target/local-stack.jar || ! -d local-stack/target/lib ]]; then
	echo "No local-stack build: run ./run-local.sh (or ./mvnw -B -DskipTests package) first." >&2
	exit 1
fi

# require_answer <name> <base-url>: the part's actuator health must answer.
require_answer() {
	if ! curl -sf -o /dev/null "$2/actuator/health" 2>/dev/null; then
		echo "No $1 answers at $2: start the local stack with ./run-local.sh first." >&2
		exit 1
	fi
}
