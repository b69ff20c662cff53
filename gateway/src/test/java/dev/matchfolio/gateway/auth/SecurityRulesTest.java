package dev.matchfolio.gateway.auth;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.matchfolio.gateway.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;

import static org.assertj.core.api.Assertions.assertThat;

class SecurityRulesTest {

	@Test
	void rolesClaimBecomesRoleAuthoritiesAndSubjectTheName() {
		Jwt jwt = Jwt.withTokenValue("token")
			.header("alg", "RS256")
			.subject("alice")
			.claim("roles", List.of("CANDIDATE", "ADMIN"))
			.build();

		AbstractAuthenticationToken authentication = SecurityConfiguration.rolesConverter().convert(jwt).block();

		assertThat(authentication.getName()).isEqualTo("alice");
		// Spring Security 7 adds a FACTOR_BEARER authority of its own; the roles are what matter here
		assertThat(authentication.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.filteredOn(name -> name.startsWith("ROLE_"))
			.containsExactlyInAnyOrder("ROLE_CANDIDATE", "ROLE_ADMIN");
	}

	@Test
	void accessDeniedIsProblem403() {
		ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(new Problems(ServerCodecConfigurer.create()));
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/profiles"));

		handlers.handle(exchange, new AccessDeniedException("no")).block();

		assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(403);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Bearer");
		assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"status\":403", "\"type\"",
				"\"title\":\"Forbidden\"");
	}

}
