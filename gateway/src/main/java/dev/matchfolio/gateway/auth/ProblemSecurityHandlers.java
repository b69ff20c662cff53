package dev.matchfolio.gateway.auth;

import reactor.core.publisher.Mono;

import dev.matchfolio.gateway.problem.Problems;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

/** 401 and 403 as problem documents, with the {@code WWW-Authenticate} challenge RFC 6750 asks for. */
class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	private final Problems problems;

	ProblemSecurityHandlers(Problems problems) {
		this.problems = problems;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		boolean badToken = ex instanceof InvalidBearerTokenException;
		// the reason (expired, bad signature, wrong audience) stays out of the answer: it helps attackers, not users
		exchange.getResponse()
			.getHeaders()
			.set(HttpHeaders.WWW_AUTHENTICATE, badToken ? "Bearer error=\"invalid_token\"" : "Bearer");
		String detail = badToken ? "The bearer token is invalid or has expired" : "A valid bearer token is required";
		return this.problems.write(exchange, Problems.of(HttpStatus.UNAUTHORIZED, "Unauthorized", detail));
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"insufficient_scope\"");
		return this.problems.write(exchange,
				Problems.of(HttpStatus.FORBIDDEN, "Forbidden", "You are not allowed to do this"));
	}

}
