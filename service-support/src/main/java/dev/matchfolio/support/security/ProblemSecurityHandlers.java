package dev.matchfolio.support.security;

import dev.matchfolio.support.web.ProblemWriter;

import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 answers from the security filters, as {@code application/problem+json} like every other error. */
final class ProblemSecurityHandlers {

	private ProblemSecurityHandlers() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			ProblemWriter.write(response, 401, "Unauthorized", "A valid bearer token is required");
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> ProblemWriter.write(response, 403, "Forbidden",
				"You are not allowed to do this");
	}

}
