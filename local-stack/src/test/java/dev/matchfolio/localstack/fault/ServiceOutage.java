package dev.matchfolio.localstack.fault;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

import dev.matchfolio.localstack.Part;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * profile-service is stopped. The gateway must answer 503 problems naming the capability within the route's time
 * limit, open the route's circuit after enough failures, and close it again once the service is back.
 */
final class ServiceOutage extends Fault {

	private static final String BREAKER = "profiles";

	/** The profiles route's time limit (resilience4j.timelimiter) plus slack for a loaded machine. */
	private static final Duration ANSWER_LIMIT = Duration.ofSeconds(5 + 2);

	/** The breaker needs at least 10 calls in its window before it may open; a few more allow for timing. */
	private static final int MAX_CALLS_TO_OPEN = 15;

	/** wait-duration-in-open-state is 10 s; half-open then needs 3 good calls. */
	private static final Duration CLOSE_LIMIT = Duration.ofSeconds(40);

	private static final Duration POLL = Duration.ofMillis(200);

	/** Open after the failures, half-open by itself after the wait, closed after the probe calls succeed. */
	private static final String[] CLOSED_AGAIN = { "CLOSED→OPEN", "OPEN→HALF_OPEN", "HALF_OPEN→CLOSED" };

	private static final Duration LOG_LIMIT = Duration.ofSeconds(5);

	private static final String STATE_METRIC = "resilience4j_circuitbreaker_state";

	ServiceOutage(Rig rig) {
		super(rig);
	}

	@Override
	String name() {
		return "4. profile-service stopped";
	}

	@Override
	String inject() throws Exception {
		String profile = Part.PROFILE.id();
		Http gateway = this.rig.gateway();
		String path = "/api/profiles/" + this.rig.writer().subjects().get(0).candidateId();
		assertThat(Actuator.breakerState(gateway, BREAKER)).contains("CLOSED");
		this.rig.stack().stop(profile);
		long slowest = 0;
		int calls = 0;
		while (!Actuator.breakerState(gateway, BREAKER).equals(Optional.of("OPEN"))) {
			assertThat(calls).as("calls without the %s circuit opening", BREAKER).isLessThan(MAX_CALLS_TO_OPEN);
			Http.Reply reply = gateway.get(path, this.rig.recruiter());
			calls++;
			assertUnavailable(reply);
			slowest = Math.max(slowest, reply.took().toMillis());
		}
		saw(calls + " GETs while down: each 503 problem+json capability 'profile', slowest " + slowest + " ms");
		Http.Reply open = gateway.get(path, this.rig.recruiter());
		assertUnavailable(open);
		saw("circuit '" + BREAKER + "' OPEN after " + calls + " failed calls; then 503 in " + open.took().toMillis()
				+ " ms without trying the service");
		saw(breakerMetric(gateway));
		Writer.Outcome refused = this.rig.writer().update(this.rig.writer().subjects().get(0));
		assertThat(refused.status()).as("a write while down: %s", refused.body()).isEqualTo(503);
		Http.Reply ranking = gateway.get("/api/openings/" + this.rig.openingId() + "/matches", this.rig.recruiter());
		assertThat(ranking.status()).as("other capabilities meanwhile: %s", ranking).isEqualTo(200);

		long restarting = System.nanoTime();
		this.rig.stack().start(profile);
		saw(String.format("profile-service back and ready in %.1f s", secondsSince(restarting)));
		long back = System.nanoTime();
		Http.Reply reply = gateway.get(path, this.rig.recruiter());
		while (!(reply.status() == 200 && Actuator.breakerState(gateway, BREAKER).equals(Optional.of("CLOSED")))) {
			assertThat(System.nanoTime() - back).as("time for the circuit to close again, last answer %s", reply)
				.isLessThan(CLOSE_LIMIT.toNanos());
			pause(POLL);
			reply = gateway.get(path, this.rig.recruiter());
		}
		saw(String.format("circuit CLOSED and GET 200 %.1f s after the service was ready", secondsSince(back)));
		List<String> transitions = awaitTransitions(CLOSED_AGAIN);
		saw("gateway log, breaker '" + BREAKER + "': " + String.join(", ", transitions));
		assertThat(transitions).containsSubsequence(CLOSED_AGAIN);
		Writer.Outcome write = this.rig.writer().update(this.rig.writer().subjects().get(0));
		assertThat(write.status()).as("a write once the service is back: %s", write.body()).isEqualTo(200);
		return nothingLost(Duration.ofSeconds(30)) + "; writes refused while down were 503s, nothing half-applied";
	}

	/**
	 * The breaker's transitions as the gateway logged them ({@code CircuitBreakerMonitoring}: one WARN line each),
	 * waiting briefly for {@code expected} because the log is written by another process.
	 */
	private List<String> awaitTransitions(String... expected) throws Exception {
		Path log = this.rig.stack().config().logDir().resolve(Part.GATEWAY.id() + ".log");
		long deadline = System.nanoTime() + LOG_LIMIT.toNanos();
		List<String> transitions;
		do {
			transitions = Files.readAllLines(log)
				.stream()
				.filter(line -> line.contains("Circuit breaker '" + BREAKER + "' State transition from "))
				.map(line -> line.substring(line.indexOf(" from ") + " from ".length()).replace(" to ", "→").trim())
				.toList();
			if (Collections.indexOfSubList(transitions, List.of(expected)) >= 0) {
				return transitions;
			}
			pause(POLL);
		}
		while (System.nanoTime() < deadline);
		return transitions;
	}

	private static void assertUnavailable(Http.Reply reply) {
		assertThat(reply.status()).as("answer while profile-service is down: %s", reply).isEqualTo(503);
		assertThat(reply.isProblem()).as("a problem document: %s", reply).isTrue();
		assertThat(reply.json().get("capability").asString()).isEqualTo("profile");
		assertThat(reply.took()).isLessThan(ANSWER_LIMIT);
	}

	/** The breaker's state gauge, where the gateway publishes one (Resilience4j's Micrometer binding). */
	private static String breakerMetric(Http gateway) {
		OptionalDouble open = Actuator.sample(gateway, STATE_METRIC, Map.of("name", BREAKER, "state", "open"));
		return open.isPresent() ? STATE_METRIC + "{name=\"" + BREAKER + "\",state=\"open\"} " + open.getAsDouble()
				: "no " + STATE_METRIC + " on the gateway's /actuator/prometheus";
	}

}
