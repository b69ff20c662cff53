package dev.matchfolio.gateway.ratelimit;

import java.util.Set;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/** The kinds of request that are rate limited; every other request is not. */
enum RateLimitCategory {

	TOKEN("token requests"), WRITES("write requests"), RANKING("ranking queries");

	private static final Set<HttpMethod> WRITE_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH,
			HttpMethod.DELETE);

	private static final PathPattern TOKEN_PATH = PathPatternParser.defaultInstance.parse("/api/auth/token");

	private static final PathPattern API_PATHS = PathPatternParser.defaultInstance.parse("/api/**");

	private static final PathPattern OPENING_MATCHES = PathPatternParser.defaultInstance
		.parse("/api/openings/*/matches");

	private static final PathPattern CANDIDATE_MATCHES = PathPatternParser.defaultInstance
		.parse("/api/candidates/*/matches");

	private final String description;

	RateLimitCategory(String description) {
		this.description = description;
	}

	String description() {
		return this.description;
	}

	/** The category of this request, or {@code null} when it is not limited. */
	static RateLimitCategory of(ServerHttpRequest request) {
		PathContainer path = request.getPath().pathWithinApplication();
		HttpMethod method = request.getMethod();
		if (WRITE_METHODS.contains(method)) {
			if (TOKEN_PATH.matches(path)) {
				return TOKEN;
			}
			return API_PATHS.matches(path) ? WRITES : null;
		}
		if (HttpMethod.GET.equals(method) && (OPENING_MATCHES.matches(path) || CANDIDATE_MATCHES.matches(path))) {
			return RANKING;
		}
		return null;
	}

	RateLimitProperties.Policy policy(RateLimitProperties properties) {
		return switch (this) {
			case TOKEN -> properties.token();
			case WRITES -> properties.writes();
			case RANKING -> properties.ranking();
		};
	}

}
