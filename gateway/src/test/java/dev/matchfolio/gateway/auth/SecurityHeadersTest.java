package dev.matchfolio.gateway.auth;

import org.junit.jupiter.api.Test;

import dev.matchfolio.gateway.support.GatewayIntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.WebFilterChainProxy;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The security headers are on every answer: routed, refused by security or the size limit, from a fallback. */
class SecurityHeadersTest extends GatewayIntegrationTest {

	@Autowired
	private SecurityWebFilterChain securityChain;

	@Test
	void routedAnswerCarriesTheSecurityHeaders() {
		expectSecurityHeaders(this.client.get()
			.uri("/api/profiles/p-headers")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.exchange()
			.expectStatus()
			.isOk());
	}

	@Test
	void unauthorizedAnswerCarriesTheSecurityHeaders() {
		expectSecurityHeaders(this.client.get().uri("/api/profiles/p-headers").exchange().expectStatus().isUnauthorized());
	}

	@Test
	void fallbackAnswerCarriesTheSecurityHeaders() {
		// the portfolio route points at a closed port
		expectSecurityHeaders(this.client.get()
			.uri("/api/portfolios/p-headers/projects")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.exchange()
			.expectStatus()
			.isEqualTo(503));
	}

	@Test
	void oversizeAnswerCarriesTheSecurityHeaders() {
		expectSecurityHeaders(this.client.post()
			.uri("/api/profiles")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(new byte[MAX_NON_MULTIPART_REQUEST_BYTES + 1])
			.exchange()
			.expectStatus()
			.isEqualTo(413));
	}

	@Test
	void swaggerUiGetsAPolicyThatLetsItsOwnScriptsAndStylesRun() {
		this.client.get()
			.uri("/swagger-ui/index.html")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(ContentSecurityPolicyWriter.HEADER, ContentSecurityPolicyWriter.DOCS_UI_POLICY)
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY");
	}

	@Test
	void strictTransportSecurityIsSentOverHttpsOnly() {
		WebTestClient https = WebTestClient
			.bindToWebHandler(exchange -> exchange.getResponse().setComplete())
			.webFilter(new WebFilterChainProxy(this.securityChain))
			.configureClient()
			.baseUrl("https://gateway.example")
			.build();

		https.get()
			.uri("/api/auth/jwks")
			.exchange()
			.expectHeader()
			.valueMatches("Strict-Transport-Security", "max-age=31536000 ?; ?includeSubDomains");
	}

	private static void expectSecurityHeaders(WebTestClient.ResponseSpec response) {
		response.expectHeader()
			.valueEquals("X-Content-Type-Options", "nosniff")
			.expectHeader()
			.valueEquals("X-Frame-Options", "DENY")
			.expectHeader()
			.valueEquals("Referrer-Policy", "no-referrer")
			.expectHeader()
			.valueMatches(HttpHeaders.CACHE_CONTROL, ".*no-store.*")
			.expectHeader()
			.valueEquals(ContentSecurityPolicyWriter.HEADER, ContentSecurityPolicyWriter.API_POLICY)
			// plain HTTP: HSTS would be meaningless, and browsers ignore it there anyway
			.expectHeader()
			.doesNotExist("Strict-Transport-Security");
	}

}
