package dev.matchfolio.gateway.auth;

import org.junit.jupiter.api.Test;

import dev.matchfolio.gateway.support.GatewayIntegrationTest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/** CORS with the default web origin, {@code http://localhost:5173}. */
class CorsTest extends GatewayIntegrationTest {

	private static final String WEB_ORIGIN = "http://localhost:5173";

	@Test
	void preflightFromTheWebOriginIsAllowed() {
		HttpHeaders headers = preflight(WEB_ORIGIN, "PUT").expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, WEB_ORIGIN)
			.expectBody()
			.returnResult()
			.getResponseHeaders();

		assertThat(headers.getAccessControlAllowMethods()).contains(HttpMethod.GET, HttpMethod.POST, HttpMethod.PUT,
				HttpMethod.DELETE);
		assertThat(headers.getAccessControlAllowHeaders()).map(String::toLowerCase)
			.contains("authorization", "content-type", "if-match");
		assertThat(headers.getAccessControlAllowCredentials()).isFalse();
	}

	@Test
	void preflightFromAForeignOriginIsRefusedWithoutAllowHeaders() {
		preflight("https://evil.example", "POST").expectStatus()
			.isForbidden()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS);
	}

	@Test
	void preflightForAMethodOutsideTheListIsRefused() {
		preflight(WEB_ORIGIN, "PATCH").expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	@Test
	void crossOriginCallFromTheWebOriginExposesTheHeadersTheFrontEndReads() {
		HttpHeaders headers = this.client.get()
			.uri("/api/profiles/p-cors")
			.header(HttpHeaders.ORIGIN, WEB_ORIGIN)
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.valueEquals(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, WEB_ORIGIN)
			.expectBody()
			.returnResult()
			.getResponseHeaders();

		assertThat(headers.getAccessControlExposeHeaders()).map(String::toLowerCase)
			.contains("etag", "location", "x-request-id", "retry-after");
	}

	@Test
	void crossOriginCallFromAForeignOriginIsRefused() {
		this.client.get()
			.uri("/api/profiles/p-cors")
			.header(HttpHeaders.ORIGIN, "https://evil.example")
			.header(HttpHeaders.AUTHORIZATION, bearer(KEYS.validToken("alice", "CANDIDATE")))
			.exchange()
			.expectStatus()
			.isForbidden()
			.expectHeader()
			.doesNotExist(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN);
	}

	private WebTestClient.ResponseSpec preflight(String origin, String method) {
		return this.client.options()
			.uri("/api/profiles/p-cors")
			.header(HttpHeaders.ORIGIN, origin)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, method)
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS, "Authorization, Content-Type, If-Match")
			.exchange();
	}

}
