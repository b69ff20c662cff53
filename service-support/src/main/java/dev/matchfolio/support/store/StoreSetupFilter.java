package dev.matchfolio.support.store;

import java.io.IOException;

import dev.matchfolio.support.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers every API request with a 503 problem and {@code Retry-After} while {@link StoreSetup} is not done: before
 * its indexes exist a write could break a uniqueness the store is meant to guard, and before matching-service has
 * loaded its ranking index a ranking would be wrong, not merely slow. Health and metrics stay reachable.
 */
public class StoreSetupFilter extends OncePerRequestFilter {

	private final StoreSetup setup;

	private final String retryAfterSeconds;

	public StoreSetupFilter(StoreSetup setup, StoreProperties properties) {
		this.setup = setup;
		this.retryAfterSeconds = properties.retryAfterHeader();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return setup.isReady() || !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (setup.isReady()) {
			chain.doFilter(request, response);
			return;
		}
		response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
		ProblemWriter.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service unavailable",
				"The service is starting and waits for its data store; try again shortly");
	}

}
