package dev.matchfolio.support.store;

import java.io.IOException;
import java.util.Set;
import java.util.function.BooleanSupplier;

import dev.matchfolio.support.web.ProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers API requests the store cannot serve with a 503 problem and {@code Retry-After}, at once:
 * <ul>
 * <li>every request while {@link StoreSetup} is not done: before its indexes exist a write could break a uniqueness
 * the store is meant to guard, and before matching-service has loaded its ranking index a ranking would be wrong, not
 * merely slow;</li>
 * <li>writes while the store is known to be down: each would otherwise hold a request thread for the
 * server-selection timeout and fail anyway, and enough of them would leave no thread for the reads that are still
 * answered ({@link LastKnown}).</li>
 * </ul>
 * Health and metrics stay reachable.
 */
public class StoreGuardFilter extends OncePerRequestFilter {

	private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");

	private final StoreSetup setup;

	private final BooleanSupplier storeKnownDown;

	private final String retryAfterSeconds;

	public StoreGuardFilter(StoreSetup setup, BooleanSupplier storeKnownDown, StoreProperties properties) {
		this.setup = setup;
		this.storeKnownDown = storeKnownDown;
		this.retryAfterSeconds = properties.retryAfterHeader();
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().startsWith("/api/");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!setup.isReady()) {
			refuse(response, "The service is starting and waits for its data store; try again shortly");
		}
		else if (WRITES.contains(request.getMethod()) && storeKnownDown.getAsBoolean()) {
			refuse(response, "The data store is unavailable; try again shortly");
		}
		else {
			chain.doFilter(request, response);
		}
	}

	private void refuse(HttpServletResponse response, String detail) throws IOException {
		response.setHeader(HttpHeaders.RETRY_AFTER, retryAfterSeconds);
		ProblemWriter.write(response, HttpServletResponse.SC_SERVICE_UNAVAILABLE, "Service unavailable", detail);
	}

}
