package dev.matchfolio.localstack.hostile;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The gateway as a plain HTTP/1.1 client sees it; remembers the latest ETag of every resource it was told about. */
final class Edge {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** no answer at all (the connection was closed or reset) */
	static final int NO_ANSWER = 0;

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	private final Map<String, String> etags = new ConcurrentHashMap<>();

	Edge(String base) {
		this.base = base;
	}

	void rememberEtag(String key, String etag) {
		this.etags.put(key, etag);
	}

	String etag(String key) {
		return this.etags.get(key);
	}

	Answer send(Attack attack) throws InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + attack.path()))
			.timeout(TIMEOUT)
			.method(attack.method(), attack.body() == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofByteArray(attack.body()));
		attack.headers().forEach(request::header);
		if (attack.token() != null) {
			request.header("Authorization", "Bearer " + attack.token());
		}
		if (attack.etagKey() != null && this.etags.containsKey(attack.etagKey())) {
			request.header("If-Match", this.etags.get(attack.etagKey()));
		}
		try {
			HttpResponse<byte[]> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			Answer answer = new Answer(response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""),
					response.headers().firstValue("ETag").orElse(null), response.body());
			if (attack.etagKey() != null && answer.is2xx() && answer.etag() != null) {
				this.etags.put(attack.etagKey(), answer.etag());
			}
			return answer;
		}
		catch (IOException ex) {
			return new Answer(NO_ANSWER, "", null, String.valueOf(ex).getBytes(StandardCharsets.UTF_8));
		}
	}

	/** A well-behaved JSON call, for the set-up and the snapshots. */
	Answer call(String method, String path, String token, String body) throws InterruptedException {
		return send(Attack.json("setup", method, path, token, body, Attack.Expect.ANY, null));
	}

	record Answer(int status, String contentType, String etag, byte[] bytes) {

		boolean is2xx() {
			return this.status >= 200 && this.status < 300;
		}

		String text() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		JsonNode json() {
			return JSON.readTree(this.bytes);
		}

		/** Why this non-2xx answer is not a proper problem document, or null when it is one. */
		String problemDefect() {
			if (!this.contentType.startsWith("application/problem+json")) {
				return "Content-Type is '" + this.contentType + "'";
			}
			try {
				JsonNode problem = json();
				JsonNode status = problem.get("status");
				if (status == null || !status.isIntegralNumber() || status.asInt() != this.status) {
					return "problem 'status' is " + status;
				}
				return null;
			}
			catch (RuntimeException ex) {
				return "body is not JSON: " + ex.getMessage();
			}
		}

		String brief() {
			String text = text();
			return this.status + " " + this.contentType + " " + (text.length() > 300 ? text.substring(0, 300) : text);
		}

	}

}
