package dev.matchfolio.gateway.routing;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.matchfolio.gateway.support.GatewayIntegrationTest;
import dev.matchfolio.gateway.support.StubUpstream.Recorded;

import org.springframework.http.HttpHeaders;
import org.springframework.test.web.reactive.server.EntityExchangeResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Forwarding: what reaches a service and what does not. */
class GatewayRoutingTest extends GatewayIntegrationTest {

	@Test
	void validTokenIsForwardedWithItsAuthorizationHeaderAndARequestId() {
		String authorization = bearer(KEYS.validToken("alice", "CANDIDATE"));

		EntityExchangeResult<byte[]> result = this.client.get()
			.uri("/api/profiles/p-forwarded?page=1")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.upstream")
			.isEqualTo("stub")
			.returnResult();

		Recorded seen = UPSTREAM.lastRequestTo("/api/profiles/p-forwarded").orElseThrow();
		assertThat(seen.header(HttpHeaders.AUTHORIZATION)).isEqualTo(authorization);
		List<String> requestIds = result.getResponseHeaders().get("X-Request-Id");
		assertThat(requestIds).singleElement().asString().isNotBlank();
		String requestId = requestIds.get(0);
		assertThat(seen.header("X-Request-Id")).isEqualTo(requestId);
	}

	@Test
	void allThreeRouteFamiliesReachTheirService() {
		String authorization = bearer(KEYS.validToken("rita", "RECRUITER"));
		for (String path : List.of("/api/profiles", "/api/openings", "/api/openings/o-1/matches",
				"/api/candidates/p-1/matches")) {
			this.client.get()
				.uri(path)
				.header(HttpHeaders.AUTHORIZATION, authorization)
				.exchange()
				.expectStatus()
				.isOk();
			assertThat(UPSTREAM.requestsTo(path)).as(path).isNotEmpty();
		}
	}

	@Test
	void saneRequestIdIsKeptAndInsaneOneIsReplaced() {
		String authorization = bearer(KEYS.validToken("alice", "CANDIDATE"));

		this.client.get()
			.uri("/api/profiles/p-kept-id")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.header("X-Request-Id", "client-id.42_x")
			.exchange()
			.expectHeader()
			.valueEquals("X-Request-Id", "client-id.42_x");
		assertThat(UPSTREAM.lastRequestTo("/api/profiles/p-kept-id").orElseThrow().header("X-Request-Id"))
			.isEqualTo("client-id.42_x");

		String insane = "bad id\twith spaces and a very long tail ".repeat(3);
		EntityExchangeResult<byte[]> replaced = this.client.get()
			.uri("/api/profiles/p-replaced-id")
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.header("X-Request-Id", insane)
			.exchange()
			.expectBody()
			.returnResult();
		String newId = replaced.getResponseHeaders().getFirst("X-Request-Id");
		assertThat(newId).isNotEqualTo(insane).matches("[A-Za-z0-9._-]{1,64}");
		assertThat(UPSTREAM.lastRequestTo("/api/profiles/p-replaced-id").orElseThrow().header("X-Request-Id"))
			.isEqualTo(newId);
	}

	@Test
	void forgedIdentityHeadersAreStrippedBeforeForwarding() {
		this.client.get()
			.uri("/api/profiles/p-forged")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("mallory", "CANDIDATE")))
			.header("X-User-Id", "admin")
			.header("x-user-roles", "ADMIN")
			.header("X-Authenticated-User", "admin")
			.header("X-Forwarded-User", "admin")
			.header("X-Trace-Note", "kept")
			.exchange()
			.expectStatus()
			.isOk();

		Recorded seen = UPSTREAM.lastRequestTo("/api/profiles/p-forged").orElseThrow();
		assertThat(seen.headers().names()).map(String::toLowerCase)
			.doesNotContain("x-user-id", "x-user-roles", "x-authenticated-user", "x-forwarded-user");
		assertThat(seen.header("X-Trace-Note")).isEqualTo("kept");
	}

	@Test
	void serviceApiDocsAreRoutedWithoutToken() {
		this.client.get()
			.uri("/v3/api-docs/profile-service")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.path")
			.isEqualTo("/v3/api-docs");
	}

}
