package dev.matchfolio.gateway.problem;

import java.net.ConnectException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.bulkhead.Bulkhead;
import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import org.junit.jupiter.api.Test;

import dev.matchfolio.gateway.routing.EdgeProperties;

import org.springframework.http.MediaType;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class ProblemErrorHandlerTest {

	private final ProblemErrorHandler handler = new ProblemErrorHandler(new Problems(ServerCodecConfigurer.create()),
			new EdgeProperties(DataSize.ofMegabytes(11), DataSize.ofMegabytes(1), List.of(), Duration.ofSeconds(1),
					Duration.ofSeconds(7)));

	@Test
	void unexpectedFailureBecomesProblem500WithoutInternals() {
		MockServerWebExchange exchange = handle(new IllegalStateException("secret internals at line 42"));

		assertThat(exchange.getResponse().getStatusCode().value()).isEqualTo(500);
		assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
		assertThat(exchange.getResponse().getBodyAsString().block()).contains("\"status\":500", "\"type\"")
			.doesNotContain("secret", "IllegalStateException", "trace");
	}

	@Test
	void resilienceRejectionsNeverBecome500() {
		CircuitBreaker breaker = CircuitBreaker.ofDefaults("test");
		breaker.transitionToOpenState();
		Bulkhead bulkhead = Bulkhead.ofDefaults("test");

		for (Throwable rejection : new Throwable[] { CallNotPermittedException.createCallNotPermittedException(breaker),
				BulkheadFullException.createBulkheadFullException(bulkhead), new TimeoutException("slow"),
				new RuntimeException(new ConnectException("refused")) }) {
			MockServerWebExchange exchange = handle(rejection);
			assertThat(exchange.getResponse().getStatusCode().value()).as(rejection.toString()).isEqualTo(503);
			assertThat(exchange.getResponse().getBodyAsString().block()).contains("Service unavailable");
			assertThat(exchange.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("7");
		}
	}

	private MockServerWebExchange handle(Throwable failure) {
		MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/api/profiles/p-1"));
		this.handler.handle(exchange, failure).block();
		return exchange;
	}

}
