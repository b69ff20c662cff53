package dev.matchfolio.gateway.auth;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.matchfolio.gateway.support.GatewayIntegrationTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

/** The gateway lets only genuine tokens through, and says so with a problem document. */
class GatewayAuthenticationTest extends GatewayIntegrationTest {

	@Test
	void requestWithoutTokenGetsProblem401WithRequestId() {
		this.client.get()
			.uri("/api/profiles/p-no-token")
			.exchange()
			.expectStatus()
			.isUnauthorized()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("X-Request-Id")
			.expectHeader()
			.valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(401)
			.jsonPath("$.title")
			.isEqualTo("Unauthorized")
			.jsonPath("$.type")
			.isNotEmpty()
			.jsonPath("$.detail")
			.isNotEmpty();
		assertThat(UPSTREAM.requestsTo("/api/profiles/p-no-token")).isEmpty();
	}

	@Test
	void expiredStrangerSignedOrMisaddressedTokensGetProblem401() {
		Map<String, String> badTokens = Map.of("expired", KEYS.expiredToken("alice", "CANDIDATE"), "stranger key",
				KEYS.strangerSignedToken("alice", "CANDIDATE"), "wrong issuer",
				KEYS.tokenWithIssuer("someone-else", "alice", "CANDIDATE"), "wrong audience",
				KEYS.tokenWithAudience("another-app", "alice", "CANDIDATE"), "garbage", "not.a.jwt");
		badTokens.forEach((kind, token) -> {
			this.client.get()
				.uri("/api/profiles/p-bad-token")
				.header(HttpHeaders.AUTHORIZATION, bearer(token))
				.exchange()
				.expectStatus()
				.isUnauthorized()
				.expectHeader()
				.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				.expectBody()
				.jsonPath("$.status")
				.isEqualTo(401)
				.jsonPath("$.detail")
				.isEqualTo("The bearer token is invalid or has expired");
		});
		assertThat(UPSTREAM.requestsTo("/api/profiles/p-bad-token")).isEmpty();
	}

}
