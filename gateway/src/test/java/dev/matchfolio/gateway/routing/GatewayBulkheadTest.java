package dev.matchfolio.gateway.routing;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.Test;

import dev.matchfolio.gateway.support.GatewayIntegrationTest;
import dev.matchfolio.gateway.support.StubUpstream;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A route whose bulkhead is full turns the excess away at once with a 503 problem that names the capability and
 * says when to retry; the calls in flight finish normally, and the rejections do not open the circuit.
 */
class GatewayBulkheadTest extends GatewayIntegrationTest {

	private static final int BULKHEAD = 2;

	private static final int CALLERS = 6;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void smallBulkhead(DynamicPropertyRegistry registry) {
		registry.add("resilience4j.bulkhead.instances.profiles.max-concurrent-calls", () -> BULKHEAD);
	}

	@Test
	void fullBulkheadGivesImmediateProblem503WithRetryAfterAndNo500() throws Exception {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		URI slowPath = URI.create("http://127.0.0.1:" + this.port + "/api/profiles/p-bulk/slow");
		HttpRequest slow = HttpRequest.newBuilder(slowPath)
			.header("Authorization", bearer(KEYS.validToken("alice", "CANDIDATE")))
			.timeout(Duration.ofSeconds(20))
			.build();
		long started = System.nanoTime();
		List<CompletableFuture<Timed>> calls = new ArrayList<>();
		for (int i = 0; i < CALLERS; i++) {
			calls.add(http.sendAsync(slow, HttpResponse.BodyHandlers.ofString())
				.thenApply(response -> new Timed(response, Duration.ofNanos(System.nanoTime() - started))));
		}
		List<Timed> answers = new ArrayList<>();
		for (CompletableFuture<Timed> call : calls) {
			answers.add(call.get());
		}

		List<Timed> served = answers.stream().filter(a -> a.response().statusCode() == 200).toList();
		List<Timed> refused = answers.stream().filter(a -> a.response().statusCode() != 200).toList();
		assertThat(served).hasSize(BULKHEAD);
		assertThat(refused).hasSize(CALLERS - BULKHEAD).allSatisfy(answer -> {
			HttpResponse<String> response = answer.response();
			assertThat(response.statusCode()).isEqualTo(503);
			assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
			assertThat(response.body()).contains("\"title\":\"Service busy\"", "\"status\":503",
					"\"capability\":\"profile\"", "\"instance\":\"/api/profiles/p-bulk/slow\"", "\"type\":");
			// turned away at once, not after the slow calls ahead of it
			assertThat(answer.took()).isLessThan(StubUpstream.SLOW_DELAY);
		});
		assertThat(UPSTREAM.requestsTo("/api/profiles/p-bulk/slow")).hasSize(BULKHEAD);

		// the permits are back and the circuit stayed closed: the next call goes through
		this.client.get()
			.uri("/api/profiles/p-bulk")
			.header("Authorization", bearer(KEYS.validToken("alice", "CANDIDATE")))
			.exchange()
			.expectStatus()
			.isOk();
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectBody()
			.jsonPath("$.components.circuitBreakers.details.profiles.state")
			.isEqualTo("CLOSED");
	}

	private record Timed(HttpResponse<String> response, Duration took) {
	}

}
