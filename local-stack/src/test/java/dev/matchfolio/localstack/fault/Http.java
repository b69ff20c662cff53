package dev.matchfolio.localstack.fault;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A client of the running stack as a user would be: plain HTTP, a bearer token, nothing shared with the services. A
 * request that gets no answer (refused, reset, timed out) is a {@link Reply} with status 0, so a fault test can count
 * it as what the user saw instead of failing on it.
 */
final class Http {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** Above every route's time limit, so a slow answer is measured rather than cut off by the client. */
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(20);

	private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

	private final String base;

	Http(String base) {
		this.base = base;
	}

	String token(String username, String role) {
		Reply reply = send("POST", "/api/auth/token", null, null,
				"{\"username\": \"" + username + "\", \"roles\": [\"" + role + "\"]}");
		if (reply.status() != 200) {
			throw new AssertionError("no token for " + username + ": " + reply);
		}
		return reply.json().get("access_token").asString();
	}

	Reply get(String path, String token) {
		return send("GET", path, token, null, null);
	}

	Reply send(String method, String path, String token, String ifMatch, String body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(REQUEST_TIMEOUT)
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		long begin = System.nanoTime();
		try {
			HttpResponse<String> response = this.client.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Cache-Status").orElse(""), response.body(),
					Duration.ofNanos(System.nanoTime() - begin));
		}
		catch (IOException ex) {
			return new Reply(0, "", "", ex.toString(), Duration.ofNanos(System.nanoTime() - begin));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return new Reply(0, "", "", "interrupted", Duration.ofNanos(System.nanoTime() - begin));
		}
	}

	/** One answer; status 0 when there was none; {@code cacheStatus} empty when the header is absent. */
	record Reply(int status, String contentType, String cacheStatus, String body, Duration took) {

		JsonNode json() {
			return JSON.readTree(this.body);
		}

		boolean isProblem() {
			return this.contentType.startsWith("application/problem+json");
		}

		@Override
		public String toString() {
			String shown = this.body.length() > 300 ? this.body.substring(0, 300) + "…" : this.body;
			return this.status + " in " + this.took.toMillis() + " ms: " + shown;
		}

	}

}
