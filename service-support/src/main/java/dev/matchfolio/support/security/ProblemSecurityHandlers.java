package dev.matchfolio.support.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401 and 403 answers from the security filters, as {@code application/problem+json} like every other error. */
final class ProblemSecurityHandlers {

	private ProblemSecurityHandlers() {
	}

	static AuthenticationEntryPoint unauthorized() {
		return (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Bearer");
			write(response, 401, "Unauthorized", "A valid bearer token is required");
		};
	}

	static AccessDeniedHandler forbidden() {
		return (request, response, ex) -> write(response, 403, "Forbidden", "You are not allowed to do this");
	}

	private static void write(HttpServletResponse response, int status, String title, String detail)
			throws IOException {
		response.setStatus(status);
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.getWriter()
			.write("{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\""
					+ detail + "\"}");
	}

}
