package dev.matchfolio.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import dev.matchfolio.gateway.support.GatewayIntegrationTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rate-limit behaviour, whichever store holds the buckets. Tiny buckets that barely refill (one token an hour), so
 * every count below is exact. Each test uses its own users and its own category, as the buckets outlive a test.
 */
@TestPropertySource(properties = { "matchfolio.gateway.rate-limit.writes.per-user.burst=3",
		"matchfolio.gateway.rate-limit.writes.per-user.refill-tokens=1",
		"matchfolio.gateway.rate-limit.writes.per-user.refill-period=1h",
		"matchfolio.gateway.rate-limit.ranking.per-user.burst=3",
		"matchfolio.gateway.rate-limit.ranking.per-user.refill-tokens=1",
		"matchfolio.gateway.rate-limit.ranking.per-user.refill-period=1h",
		"matchfolio.gateway.rate-limit.ranking.per-ip.burst=8",
		"matchfolio.gateway.rate-limit.ranking.per-ip.refill-tokens=1",
		"matchfolio.gateway.rate-limit.ranking.per-ip.refill-period=1h",
		"matchfolio.gateway.rate-limit.token.per-ip.burst=2",
		"matchfolio.gateway.rate-limit.token.per-ip.refill-tokens=1",
		"matchfolio.gateway.rate-limit.token.per-ip.refill-period=1h" })
abstract class RateLimitContract extends GatewayIntegrationTest {

	private static final String WRITE_PATH = "/api/profiles/p-limited";

	@Test
	void writesOverTheBurstGet429WithRetryAfterWhileAnotherUserIsUnaffected() {
		String alice = bearer(KEYS.validToken("writer-alice", "CANDIDATE"));
		for (int remaining = 2; remaining >= 0; remaining--) {
			write(alice).expectStatus()
				.isOk()
				.expectHeader()
				.valueEquals("X-RateLimit-Limit", "3")
				.expectHeader()
				.valueEquals("X-RateLimit-Remaining", Integer.toString(remaining));
		}
		int forwarded = UPSTREAM.requestsTo(WRITE_PATH).size();

		expectTooManyRequests(write(alice));
		assertThat(UPSTREAM.requestsTo(WRITE_PATH)).as("the refused write never reached the service")
			.hasSize(forwarded);

		write(bearer(KEYS.validToken("writer-bob", "CANDIDATE"))).expectStatus().isOk();
	}

	@Test
	void rankingQueriesAreLimitedPerUserAndThenPerAddress() {
		String first = bearer(KEYS.validToken("ranker-1", "RECRUITER"));
		for (int i = 0; i < 3; i++) {
			rank(first, "/api/openings/o-1/matches").expectStatus().isOk();
		}
		expectTooManyRequests(rank(first, "/api/candidates/c-1/matches"));

		// another user from the same address is unaffected by the first one's limit...
		String second = bearer(KEYS.validToken("ranker-2", "RECRUITER"));
		for (int i = 0; i < 3; i++) {
			rank(second, "/api/candidates/c-1/matches").expectStatus().isOk();
		}
		// ...until the address's own bucket (8) is empty: the first user's refused query did not count against it
		String third = bearer(KEYS.validToken("ranker-3", "RECRUITER"));
		rank(third, "/api/openings/o-1/matches").expectStatus().isOk();
		rank(third, "/api/openings/o-1/matches").expectStatus().isOk();
		expectTooManyRequests(rank(third, "/api/openings/o-1/matches"));
	}

	@Test
	void tokenEndpointIsLimitedPerAddressWhateverXForwardedForClaims() {
		for (int i = 0; i < 2; i++) {
			requestToken("203.0.113." + i).expectStatus().isOk();
		}
		expectTooManyRequests(requestToken("198.51.100.7"));
	}

	@Test
	void readsOtherThanRankingAreNotLimited() {
		String reader = bearer(KEYS.validToken("reader", "RECRUITER"));
		for (int i = 0; i < 10; i++) {
			this.client.get()
				.uri("/api/profiles/p-read")
				.header(HttpHeaders.AUTHORIZATION, reader)
				.exchange()
				.expectStatus()
				.isOk()
				.expectHeader()
				.doesNotExist("X-RateLimit-Remaining");
		}
	}

	private WebTestClient.ResponseSpec write(String authorization) {
		return this.client.put()
			.uri(WRITE_PATH)
			.header(HttpHeaders.AUTHORIZATION, authorization)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"displayName\": \"Alice\"}")
			.exchange();
	}

	private WebTestClient.ResponseSpec rank(String authorization, String path) {
		return this.client.get().uri(path).header(HttpHeaders.AUTHORIZATION, authorization).exchange();
	}

	private WebTestClient.ResponseSpec requestToken(String forwardedFor) {
		return this.client.post()
			.uri("/api/auth/token")
			.header("X-Forwarded-For", forwardedFor)
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"username\": \"someone\", \"roles\": [\"CANDIDATE\"]}")
			.exchange();
	}

	private static void expectTooManyRequests(WebTestClient.ResponseSpec response) {
		String retryAfter = response.expectStatus()
			.isEqualTo(429)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.valueEquals("X-RateLimit-Remaining", "0")
			.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(429)
			.jsonPath("$.title")
			.isEqualTo("Too many requests")
			.returnResult()
			.getResponseHeaders()
			.getFirst(HttpHeaders.RETRY_AFTER);
		// one token an hour: the wait is most of that hour, in whole seconds
		assertThat(retryAfter).isNotNull().containsOnlyDigits();
		assertThat(Long.parseLong(retryAfter)).isBetween(1L, 3600L);
	}

}
