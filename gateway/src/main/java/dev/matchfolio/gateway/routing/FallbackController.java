package dev.matchfolio.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Set;

import io.swagger.v3.oas.annotations.Hidden;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.matchfolio.gateway.problem.Problems;
import dev.matchfolio.gateway.requestid.RequestIds;

import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * Where a route's circuit breaker forwards when its service is down, too slow, its circuit is open or its bulkhead is
 * full: an immediate 503 that names the capability and says when to retry, instead of a hanging request or a 500.
 * Reached only by internal forwards (the security filter already ran for the original request; direct calls need a
 * token like anything else).
 */
@Hidden
@RestController
class FallbackController {

	private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

	// the capabilities named by the routes' fallbackUri in application.yml
	private static final Set<String> CAPABILITIES = Set.of("profile", "portfolio", "matching");

	// by name: resilience4j-bulkhead is only on the runtime classpath
	private static final String BULKHEAD_FULL = "io.github.resilience4j.bulkhead.BulkheadFullException";

	private static final int MAX_CAUSE_DEPTH = 8;

	private final EdgeProperties properties;

	FallbackController(EdgeProperties properties) {
		this.properties = properties;
	}

	@RequestMapping("/fallback/{capability}")
	ResponseEntity<ProblemDetail> unavailable(@PathVariable String capability, ServerWebExchange exchange) {
		if (!CAPABILITIES.contains(capability)) {
			return ResponseEntity.status(HttpStatus.NOT_FOUND)
				.contentType(MediaType.APPLICATION_PROBLEM_JSON)
				.body(Problems.of(HttpStatus.NOT_FOUND, "Not Found", "Nothing is served at this path"));
		}
		Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
		if (log.isDebugEnabled()) {
			// per request only at debug: during an outage this would flood the log; breaker transitions log at WARN
			log.debug("[{}] {} service unavailable: {}", RequestIds.of(exchange), capability, cause);
		}
		boolean busy = isBulkheadFull(cause);
		ProblemDetail problem = busy ? Problems.serviceBusy(capability) : Problems.serviceUnavailable(capability);
		// otherwise Spring fills in this internal forward path; the client should see the path it asked for
		problem.setInstance(originalPath(exchange));
		Duration retryAfter = busy ? this.properties.busyRetryAfter() : this.properties.unavailableRetryAfter();
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.header(HttpHeaders.RETRY_AFTER, Long.toString(Math.max(1, retryAfter.toSeconds())))
			.body(problem);
	}

	/** The route's own bulkhead refused the call: the service is fine, the gateway holds back the excess. */
	private static boolean isBulkheadFull(Throwable cause) {
		Throwable current = cause;
		for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
			if (BULKHEAD_FULL.equals(current.getClass().getName())) {
				return true;
			}
			current = current.getCause();
		}
		return false;
	}

	private static URI originalPath(ServerWebExchange exchange) {
		Set<URI> originals = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ORIGINAL_REQUEST_URL_ATTR);
		String path = (originals != null && !originals.isEmpty()) ? originals.iterator().next().getRawPath()
				: exchange.getRequest().getPath().value();
		return URI.create(path);
	}

}
