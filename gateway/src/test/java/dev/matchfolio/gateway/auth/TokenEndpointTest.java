package dev.matchfolio.gateway.auth;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import dev.matchfolio.gateway.support.GatewayIntegrationTest;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

class TokenEndpointTest extends GatewayIntegrationTest {

	private static final ParameterizedTypeReference<Map<String, Object>> JSON_OBJECT = new ParameterizedTypeReference<>() {
	};

	@Test
	void validRequestGetsRs256TokenWithTheExpectedClaims() throws Exception {
		Map<String, Object> answer = requestToken("{\"username\": \"alice\", \"roles\": [\"CANDIDATE\", \"ADMIN\"]}")
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_JSON)
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();

		assertThat(answer).containsEntry("token_type", "Bearer").containsEntry("expires_in", 3600);
		SignedJWT jwt = SignedJWT.parse((String) answer.get("access_token"));
		assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(jwt.verify(new RSASSAVerifier(KEYS.publicKey()))).isTrue();
		JWTClaimsSet claims = jwt.getJWTClaimsSet();
		assertThat(claims.getIssuer()).isEqualTo("matchfolio-dev");
		assertThat(claims.getAudience()).containsExactly("matchfolio");
		assertThat(claims.getSubject()).isEqualTo("alice");
		assertThat(claims.getStringListClaim("roles")).containsExactly("CANDIDATE", "ADMIN");
		assertThat(claims.getIssueTime()).isNotNull();
		assertThat(Duration.between(claims.getIssueTime().toInstant(), claims.getExpirationTime().toInstant()))
			.isEqualTo(Duration.ofHours(1));
	}

	@Test
	void issuedTokenIsAcceptedByTheGatewayAndForwarded() {
		Map<String, Object> answer = requestToken("{\"username\": \"bob@agency\", \"roles\": [\"AGENCY\"]}")
			.expectStatus()
			.isOk()
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();

		this.client.get()
			.uri("/api/openings/o-issued")
			.header(HttpHeaders.AUTHORIZATION, "Bearer " + answer.get("access_token"))
			.exchange()
			.expectStatus()
			.isOk();
		assertThat(UPSTREAM.requestsTo("/api/openings/o-issued")).hasSize(1);
	}

	@Test
	void usernameOfSixtyFourAllowedCharactersIsAccepted() {
		String username = "a.b_c@d-E9".repeat(6) + "abcd";

		requestToken("{\"username\": \"" + username + "\", \"roles\": [\"RECRUITER\"]}").expectStatus().isOk();
	}

	@ParameterizedTest
	@MethodSource("invalidUsernames")
	void invalidUsernameGetsValidationProblem(String body) {
		expectValidationProblem(body, "username");
	}

	static Stream<String> invalidUsernames() {
		String roles = "\"roles\": [\"CANDIDATE\"]";
		return Stream.of("{" + roles + "}", "{\"username\": null, " + roles + "}",
				"{\"username\": \"\", " + roles + "}", "{\"username\": \"al ice\", " + roles + "}",
				"{\"username\": \"alice<script>\", " + roles + "}",
				"{\"username\": \"" + "a".repeat(65) + "\", " + roles + "}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"username\": \"alice\"}", "{\"username\": \"alice\", \"roles\": []}",
			"{\"username\": \"alice\", \"roles\": [\"KING\"]}",
			"{\"username\": \"alice\", \"roles\": [\"CANDIDATE\", \"candidate\"]}" })
	void missingOrUnknownRolesGetValidationProblem(String body) {
		expectValidationProblem(body, "roles");
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"username\": \"alice\", \"roles\": [\"CANDIDATE\"", "not json at all",
			"{\"username\": \"alice\", \"roles\": \"CANDIDATE\"}", "" })
	void malformedJsonGetsProblem400(String body) {
		requestToken(body).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectHeader()
			.exists("X-Request-Id")
			.expectBody()
			.jsonPath("$.status")
			.isEqualTo(400)
			.jsonPath("$.type")
			.isNotEmpty()
			.jsonPath("$.title")
			.isNotEmpty()
			.jsonPath("$.detail")
			.isNotEmpty();
	}

	@Test
	void jwksServesThePublicSigningKeyOnly() throws Exception {
		String json = this.client.get()
			.uri("/api/auth/jwks")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody(String.class)
			.returnResult()
			.getResponseBody();

		JWKSet set = JWKSet.parse(json);
		assertThat(set.getKeys()).hasSize(1);
		RSAKey key = set.getKeys().get(0).toRSAKey();
		assertThat(key.isPrivate()).isFalse();
		assertThat(key.getKeyID()).isNotBlank();
		assertThat(key.getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
		assertThat(key.toRSAPublicKey().getModulus()).isEqualTo(KEYS.publicKey().getModulus());
	}

	private WebTestClient.ResponseSpec requestToken(String body) {
		return this.client.post()
			.uri("/api/auth/token")
			.contentType(MediaType.APPLICATION_JSON)
			.bodyValue(body)
			.exchange();
	}

	private void expectValidationProblem(String body, String field) {
		Map<String, Object> problem = requestToken(body).expectStatus()
			.isBadRequest()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody(JSON_OBJECT)
			.returnResult()
			.getResponseBody();

		assertThat(problem).containsEntry("status", 400).containsKeys("type", "title", "detail");
		@SuppressWarnings("unchecked")
		List<Map<String, Object>> errors = (List<Map<String, Object>>) problem.get("errors");
		assertThat(errors).isNotEmpty().allSatisfy(error -> assertThat(error).containsKeys("field", "message"));
		assertThat(errors).extracting(error -> (String) error.get("field")).allMatch(name -> name.startsWith(field));
	}

}
