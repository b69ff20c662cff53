package dev.matchfolio.gateway.support;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import io.netty.handler.codec.http.HttpHeaders;
import reactor.core.publisher.Mono;
import reactor.netty.DisposableServer;
import reactor.netty.http.server.HttpServer;
import reactor.netty.http.server.HttpServerRequest;
import reactor.netty.http.server.HttpServerResponse;

/**
 * A real HTTP server standing in for the three services: it records what reaches it and answers 200 JSON, except
 * {@code .../slow} paths (answer after {@link #SLOW_DELAY}) and {@code .../boom} paths (answer 500).
 */
public final class StubUpstream {

	public static final Duration SLOW_DELAY = Duration.ofSeconds(3);

	private final Queue<Recorded> requests = new ConcurrentLinkedQueue<>();

	private final DisposableServer server;

	private StubUpstream() {
		this.server = HttpServer.create().host("127.0.0.1").port(0).handle(this::answer).bindNow();
	}

	public static StubUpstream start() {
		return new StubUpstream();
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + this.server.port();
	}

	/** The requests that reached the stub for exactly this path (query string excluded). */
	public List<Recorded> requestsTo(String path) {
		return this.requests.stream().filter(r -> r.path().equals(path)).toList();
	}

	public Optional<Recorded> lastRequestTo(String path) {
		List<Recorded> matching = requestsTo(path);
		return matching.isEmpty() ? Optional.empty() : Optional.of(matching.get(matching.size() - 1));
	}

	private Mono<Void> answer(HttpServerRequest request, HttpServerResponse response) {
		String path = request.fullPath();
		this.requests.add(new Recorded(request.method().name(), path, request.requestHeaders().copy()));
		HttpServerResponse json = response.header("Content-Type", "application/json");
		String requestId = request.requestHeaders().get("X-Request-Id");
		if (requestId != null) {
			// the services echo it too; the client must still see exactly one
			json = json.header("X-Request-Id", requestId);
		}
		String body = "{\"upstream\":\"stub\",\"path\":\"" + path + "\"}";
		if (path.endsWith("/slow")) {
			return Mono.delay(SLOW_DELAY).then(json.sendString(Mono.just(body)).then());
		}
		if (path.endsWith("/boom")) {
			return json.status(500).sendString(Mono.just("{\"status\":500,\"title\":\"upstream failure\"}")).then();
		}
		return request.receive().aggregate().then().then(json.sendString(Mono.just(body)).then());
	}

	public record Recorded(String method, String path, HttpHeaders headers) {

		public String header(String name) {
			return this.headers.get(name);
		}

	}

}
