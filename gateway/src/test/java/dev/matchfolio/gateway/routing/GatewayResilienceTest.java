package dev.matchfolio.gateway.routing;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.matchfolio.gateway.support.GatewayIntegrationTest;
import dev.matchfolio.gateway.support.StubUpstream;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** A service that is down or slow costs the client a fast 503 problem, never a hang or a 500. */
class GatewayResilienceTest extends GatewayIntegrationTest {

	@Test
	void upstreamDownGivesProblem503WithinTwoSeconds() {
		long started = System.nanoTime();

		this.client.get()
			.uri("/api/portfolios/p-1/projects")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(503)
			.jsonPath("$.title")
			.isEqualTo("Service unavailable")
			.jsonPath("$.detail")
			.isEqualTo("The portfolio service is unavailable; try again shortly")
			.jsonPath("$.type")
			.isNotEmpty()
			.jsonPath("$.instance")
			.isEqualTo("/api/portfolios/p-1/projects");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	void postToDownUpstreamAlsoGetsProblem503() {
		this.client.post()
			.uri("/api/portfolios/p-1/projects")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"title\":\"Ledger\",\"summary\":\"Double-entry ledger\"}")
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The portfolio service is unavailable; try again shortly");
	}

	@Test
	void upstreamSlowerThanTimeLimitGivesProblem503Fast() {
		long started = System.nanoTime();

		this.client.get()
			.uri("/api/openings/o-1/slow")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("rita", "RECRUITER")))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The matching service is unavailable; try again shortly");

		Duration took = Duration.ofNanos(System.nanoTime() - started);
		// cut at the time limit, well before the slow service would have answered
		assertThat(took).isGreaterThanOrEqualTo(MATCHING_TIME_LIMIT).isLessThan(StubUpstream.SLOW_DELAY);
		// a timeout is not retried: the slow service saw the request once
		assertThat(UPSTREAM.requestsTo("/api/openings/o-1/slow")).hasSize(1);
	}

	@Test
	void upstreamServerErrorIsPassedThroughAndNotRetried() {
		this.client.get()
			.uri("/api/profiles/p-1/boom")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR)
			.expectBody()
			.jsonPath("$.title")
			.isEqualTo("upstream failure");

		assertThat(UPSTREAM.requestsTo("/api/profiles/p-1/boom")).hasSize(1);
	}

	@Test
	void repeatedFailuresOpenTheCircuitAndRejectionsStayProblem503() {
		String authorization = bearer(KEYS.validToken("alice", "CANDIDATE"));
		for (int i = 0; i < 12; i++) {
			this.client.get()
				.uri("/api/portfolios/p-2/projects")
				.header(HttpHeaders.AUTHORIZATION, authorization)
				.exchange()
				.expectStatus()
				.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}

		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectBody()
			.jsonPath("$.components.circuitBreakers.details.portfolios.state")
			.isEqualTo("OPEN");
	}

	@Test
	void attachmentTransfersHaveTheirOwnBreakerAndStillFallBackFast() {
		long started = System.nanoTime();

		this.client.get()
			.uri("/api/portfolios/p-3/projects/pr-1/attachments/a-1")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.exchange()
			.expectStatus()
			.isEqualTo(HttpStatus.SERVICE_UNAVAILABLE)
			.expectBody()
			.jsonPath("$.detail")
			.isEqualTo("The portfolio service is unavailable; try again shortly");

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
		String metrics = this.client.get()
			.uri("/actuator/prometheus")
			.exchange()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();
		// the failure was counted by the attachments breaker, not the one for the JSON calls
		assertThat(metrics).containsPattern(
				"resilience4j_circuitbreaker_calls_seconds_count\\{[^}]*kind=\"failed\",name=\"attachments\"[^}]*} [1-9]");
	}

}
