#!/usr/bin/env bash
# Builds (when needed) and starts the whole system locally: Kafka, the embedded store, the four services, demo data.
# Needs only Java 17+ (Maven comes with the wrapper). Options: --no-demo, --repo <dir>; ports and data directory via
# GATEWAY_PORT, PROFILE_PORT, PORTFOLIO_PORT, MATCHING_PORT, MONGO_PORT, KAFKA_PORT, KAFKA_CONTROLLER_PORT,
# LOCAL_STACK_DIR (default ./.local-stack). Ctrl-C stops everything; data is kept for the next run.
set -euo pipefail

# a relative LOCAL_STACK_DIR means relative to where the user stands, not to the repository
if [[ -n "${LOCAL_STACK_DIR:-}" && "${LOCAL_STACK_DIR}" != /* ]]; then
	export LOCAL_STACK_DIR="$PWD/$LOCAL_STACK_DIR"
fi
cd "$(dirname "$0")"

java_cmd="java"
if [[ -n "${JAVA_HOME:-}" ]]; then
	java_cmd="$JAVA_HOME/bin/java"
fi
if ! command -v "$java_cmd" >/dev/null 2>&1; then
	echo "Java 17 or newer is needed (set JAVA_HOME or put java on the PATH)." >&2
	exit 1
fi

# The jar each module's build leaves and the launcher needs: executable jars for the Spring Boot apps.
module_jar() {
	local module="$1"
	if [[ "$module" == "local-stack" ]]; then
		echo "local-stack/target/local-stack.jar"
	elif grep -q "spring-boot-maven-plugin" "$module/pom.xml"; then
		echo "$module/target/$module-exec.jar"
	else
		ls -t "$module"/target/"$module"-*.jar 2>/dev/null | head -n 1
	fi
}

# Up to date when every module's jar is newer than every file under its src/ and every pom.xml.
build_is_current() {
	local module jar
	for module in $(sed -n 's:.*<module>\(.*\)</module>.*:\1:p' pom.xml); do
		jar="$(module_jar "$module")"
		if [[ -z "$jar" || ! -f "$jar" ]]; then
			return 1
		fi
		if [[ -n "$(find pom.xml "$module/pom.xml" "$module/src" -newer "$jar" -print -quit 2>/dev/null)" ]]; then
			return 1
		fi
	done
	[[ -d local-stack/target/lib ]]
}

if build_is_current; then
	echo "Build is up to date"
else
	echo "Building… (the first build downloads dependencies and takes a few minutes)"
	./mvnw -B -q -DskipTests package
fi

# exec: the launcher takes this shell's place, so Ctrl-C and SIGTERM reach it and it stops every child in order
exec "$java_cmd" -cp "local-stack/target/local-stack.jar:local-stack/target/lib/*" \
	dev.matchfolio.localstack.LocalStack "$@"
