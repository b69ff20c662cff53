package dev.matchfolio.gateway.problem;

import java.net.URI;
import java.util.List;

import reactor.core.publisher.Mono;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.server.ServerResponse;
import org.springframework.web.reactive.result.view.ViewResolver;
import org.springframework.web.server.ServerWebExchange;

/**
 * Builds and writes the RFC 9457 documents the gateway itself answers with. Writing goes through the application's
 * codecs, so a problem looks the same whether it comes from a controller, a security handler or the error handler.
 */
@Component
public class Problems {

	// Spring 7 leaves "type" out unless set; the public contract promises it on every problem
	private static final URI TYPE = URI.create("about:blank");

	private final ServerResponse.Context context;

	public Problems(ServerCodecConfigurer codecs) {
		List<HttpMessageWriter<?>> writers = codecs.getWriters();
		this.context = new ServerResponse.Context() {
			@Override
			public List<HttpMessageWriter<?>> messageWriters() {
				return writers;
			}

			@Override
			public List<ViewResolver> viewResolvers() {
				return List.of();
			}
		};
	}

	public static ProblemDetail of(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(TYPE);
		problem.setTitle(title);
		return problem;
	}

	/** The 503 for a capability whose service is down, slow or behind an open circuit breaker. */
	public static ProblemDetail serviceUnavailable(String capability) {
		ProblemDetail problem = of(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
				"The " + capability + " service is unavailable; try again shortly");
		problem.setProperty("capability", capability);
		return problem;
	}

	/** The 503 for a capability whose route already has as many calls in flight as its bulkhead allows. */
	public static ProblemDetail serviceBusy(String capability) {
		ProblemDetail problem = of(HttpStatus.SERVICE_UNAVAILABLE, "Service busy", "The " + capability
				+ " service has as many requests in progress as the gateway lets through; try again shortly");
		problem.setProperty("capability", capability);
		return problem;
	}

	public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
		return ServerResponse.status(problem.getStatus())
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyValue(problem)
			.flatMap(response -> response.writeTo(exchange, this.context));
	}

}
