package dev.matchfolio.localstack.authz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway as a client sees it. A 429 is the rate limiter, not an authorisation answer: the call is repeated after
 * the time the gateway asks for, and counted, so the matrix only ever records what the services decided.
 */
final class Gateway {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private static final int TOO_MANY_REQUESTS = 429;

	private static final int MAX_RETRIES = 10;

	private static final long DEFAULT_BACK_OFF_MILLIS = 1_000;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private int rateLimited;

	Gateway(String base) {
		this.base = base;
	}

	int rateLimited() {
		return this.rateLimited;
	}

	Answer send(String method, String path, String token, Payload payload) throws InterruptedException {
		for (int attempt = 0;; attempt++) {
			Answer answer = once(method, path, token, payload);
			if (answer.status() != TOO_MANY_REQUESTS || attempt == MAX_RETRIES) {
				return answer;
			}
			this.rateLimited++;
			Thread.sleep(answer.retryAfterMillis(DEFAULT_BACK_OFF_MILLIS));
		}
	}

	Answer get(String path, String token) throws InterruptedException {
		return send("GET", path, token, null);
	}

	private Answer once(String method, String path, String token, Payload payload) throws InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(TIMEOUT)
			.method(method, payload == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(payload.bytes()));
		if (payload != null) {
			request.header("Content-Type", payload.contentType());
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("Location").orElse(null),
					response.headers().firstValue("Retry-After").orElse(null), response.body());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(method + " " + path, ex);
		}
	}

	/** A request body and its media type. */
	record Payload(String contentType, byte[] bytes) {

		static Payload json(String json) {
			return new Payload("application/json", json.getBytes(StandardCharsets.UTF_8));
		}

		JsonNode json() {
			return JSON.readTree(this.bytes);
		}

		boolean isJson() {
			return this.contentType.startsWith("application/json");
		}

	}

	record Answer(int status, String contentType, String location, String retryAfter, byte[] bytes) {

		/** enough of a body to see what it is */
		private static final int BRIEF = 160;

		boolean is2xx() {
			return this.status >= 200 && this.status < 300;
		}

		JsonNode json() {
			return JSON.readTree(this.bytes);
		}

		String text() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		/** What a read-back compares: the status and the exact bytes. */
		boolean sameAs(Answer other) {
			return this.status == other.status && Arrays.equals(this.bytes, other.bytes);
		}

		/** The path of the Location header, which may be absolute or relative. */
		String locationPath() {
			return this.location == null ? null : URI.create(this.location).getRawPath();
		}

		long retryAfterMillis(long fallback) {
			try {
				return this.retryAfter == null ? fallback : Math.max(1, Long.parseLong(this.retryAfter.trim())) * 1_000;
			}
			catch (NumberFormatException ex) {
				return fallback;
			}
		}

		/** Why this refusal is not a problem document with its own status, or null when it is one. */
		String problemDefect() {
			if (!this.contentType.startsWith("application/problem+json")) {
				return "Content-Type is '" + this.contentType + "', not application/problem+json";
			}
			try {
				JsonNode status = json().get("status");
				return (status != null && status.asInt() == this.status) ? null : "problem 'status' is " + status;
			}
			catch (RuntimeException ex) {
				return "problem body is not JSON: " + ex.getMessage();
			}
		}

		String brief() {
			String text = text().replace("\n", "\\n");
			String body = text.length() > BRIEF ? text.substring(0, BRIEF) + "…" : text;
			return (this.status + " " + this.contentType + " " + body).strip();
		}

	}

}
