package dev.matchfolio.gateway.problem;

import org.junit.jupiter.api.Test;
import reactor.core.publisher.Flux;

import dev.matchfolio.gateway.support.GatewayIntegrationTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Errors the gateway produces itself are problem documents. */
class GatewayErrorAnswersTest extends GatewayIntegrationTest {

	@Test
	void unknownPathGivesProblem404() {
		this.client.get()
			.uri("/api/nothing-here")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(404)
			.jsonPath("$.type")
			.isNotEmpty()
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.detail")
			.isNotEmpty()
			.jsonPath("$.trace")
			.doesNotExist();
	}

	@Test
	void oversizedBodyGivesProblem413() {
		byte[] body = new byte[MAX_REQUEST_BYTES + 1];

		this.client.post()
			.uri("/api/profiles")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.contentType(MediaType.APPLICATION_OCTET_STREAM)
			.bodyValue(body)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(413);
	}

	@Test
	void oversizedChunkedBodyGivesProblem413() {
		Flux<String> chunks = Flux.range(0, 8).map(i -> "x".repeat(MAX_REQUEST_BYTES / 4));

		this.client.post()
			.uri("/api/profiles")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.contentType(MediaType.TEXT_PLAIN)
			.body(chunks, String.class)
			.exchange()
			.expectStatus()
			.isEqualTo(413)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void bodyWithinTheLimitIsForwarded() {
		this.client.post()
			.uri("/api/profiles")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"displayName\": \"Alice Doe\"}")
			.exchange()
			.expectStatus()
			.isOk();
	}

}
