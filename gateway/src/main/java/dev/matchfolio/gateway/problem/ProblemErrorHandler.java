package dev.matchfolio.gateway.problem;

import java.net.ConnectException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

import dev.matchfolio.gateway.requestid.RequestIds;
import dev.matchfolio.gateway.routing.EdgeProperties;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;

/**
 * The last word on every failure the gateway itself produces: unknown paths, bad token requests, oversized bodies,
 * unreachable services and bugs all become {@code application/problem+json}, never a stack trace. Being an
 * {@link ErrorWebExceptionHandler} it replaces Boot's default (HTML/JSON error attributes) handler.
 */
@Component
@Order(-2)
class ProblemErrorHandler implements ErrorWebExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

	private static final int MAX_CAUSE_DEPTH = 8;

	// by name: resilience4j-bulkhead is only on the runtime classpath
	private static final String BULKHEAD_FULL = "io.github.resilience4j.bulkhead.BulkheadFullException";

	private final Problems problems;

	private final Duration unavailableRetryAfter;

	ProblemErrorHandler(Problems problems, EdgeProperties edge) {
		this.problems = problems;
		this.unavailableRetryAfter = edge.unavailableRetryAfter();
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			// nothing sensible can be written any more; let the server close the connection
			return Mono.error(ex);
		}
		ProblemDetail problem = toProblem(exchange, ex);
		// an upstream may have left Content-Length or other headers on the response before failing
		exchange.getResponse().getHeaders().clear();
		if (ex instanceof ResponseStatusException statusException) {
			exchange.getResponse().getHeaders().addAll(statusException.getHeaders());
		}
		if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			// as the route fallbacks say it: when to try again
			exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER,
					String.valueOf(this.unavailableRetryAfter.toSeconds()));
		}
		return this.problems.write(exchange, problem);
	}

	private ProblemDetail toProblem(ServerWebExchange exchange, Throwable ex) {
		if (ex instanceof WebExchangeBindException bind) {
			return validationProblem(bind);
		}
		if (ex instanceof InvalidMediaTypeException) {
			// a Content-Type that does not parse: no filter or service can read such a body
			return statusProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
		}
		if (ex instanceof ServerWebInputException) {
			return Problems.of(HttpStatus.BAD_REQUEST, "Malformed request",
					"The request body or parameters could not be read");
		}
		if (isUnavailable(ex)) {
			log.warn("[{}] Upstream unavailable for {} {}: {}", RequestIds.of(exchange),
					exchange.getRequest().getMethod(), exchange.getRequest().getPath(), ex.toString());
			return Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
					"A downstream service is unavailable; try again shortly");
		}
		if (ex instanceof ResponseStatusException statusException) {
			return statusProblem(statusException.getStatusCode());
		}
		log.error("[{}] Unexpected failure on {} {}", RequestIds.of(exchange), exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), ex);
		return Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error", "An unexpected error occurred");
	}

	private static ProblemDetail validationProblem(WebExchangeBindException bind) {
		List<FieldError> errors = new ArrayList<>();
		bind.getFieldErrors().forEach(e -> errors.add(new FieldError(e.getField(), e.getDefaultMessage())));
		bind.getGlobalErrors().forEach(e -> errors.add(new FieldError(e.getObjectName(), e.getDefaultMessage())));
		ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "Validation failed",
				"The request has invalid fields");
		problem.setProperty("errors", errors);
		return problem;
	}

	private static ProblemDetail statusProblem(HttpStatusCode code) {
		HttpStatus status = HttpStatus.resolve(code.value());
		if (status == null) {
			status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
		}
		String detail = switch (status) {
			case NOT_FOUND -> "Nothing is served at this path";
			case METHOD_NOT_ALLOWED -> "This method is not allowed on this path";
			case CONTENT_TOO_LARGE -> "The request body is larger than allowed";
			case UNSUPPORTED_MEDIA_TYPE -> "The content type of the request is not supported here";
			case NOT_ACCEPTABLE -> "None of the accepted media types can be produced";
			default -> status.getReasonPhrase();
		};
		return Problems.of(status, status.getReasonPhrase(), detail);
	}

	/**
	 * Failures that mean "the service behind is not answering". Routes normally turn these into their own fallback;
	 * this catches what escapes (a failing fallback, a route without one) so a rejection never becomes a 500.
	 */
	private static boolean isUnavailable(Throwable ex) {
		Throwable current = ex;
		for (int depth = 0; current != null && depth < MAX_CAUSE_DEPTH; depth++) {
			if (current instanceof CallNotPermittedException || BULKHEAD_FULL.equals(current.getClass().getName())
					|| current instanceof TimeoutException || current instanceof ConnectException
					|| current instanceof org.springframework.cloud.gateway.support.TimeoutException) {
				return true;
			}
			if (current instanceof ResponseStatusException statusException) {
				int status = statusException.getStatusCode().value();
				return status == 502 || status == 503 || status == 504;
			}
			current = current.getCause();
		}
		return false;
	}

}
