package dev.matchfolio.localstack.demo;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** A small client of the public API, through the gateway, as any script would use it. */
public final class GatewayClient {

	private static final Duration TIMEOUT = Duration.ofSeconds(30);

	private final String baseUrl;

	private final HttpClient http;

	public GatewayClient(String baseUrl) {
		this.baseUrl = baseUrl;
		// HTTP/1.1: no h2c upgrade dance with the gateway on a plain-text port
		this.http = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.build();
	}

	public record Response(String method, String path, int status, String body) {

		public boolean isSuccess() {
			return this.status >= 200 && this.status < 300;
		}

		public JsonNode json() {
			return Api.MAPPER.readTree(this.body);
		}

		/** The body of a 2xx answer; anything else fails with what the server said. */
		public JsonNode requireSuccess() {
			if (!isSuccess()) {
				throw new DemoException(this.method + " " + this.path + " answered " + this.status + ": " + this.body);
			}
			return json();
		}

	}

	/** A token from the local sign-in endpoint ({@code POST /api/auth/token}). */
	public String token(String username, String role) {
		Map<String, Object> body = Map.of("username", username, "roles", List.of(role));
		return send("POST", "/api/auth/token", null, body).requireSuccess().get("access_token").asString();
	}

	public JsonNode post(String path, String token, Object body) {
		return send("POST", path, token, body).requireSuccess();
	}

	public JsonNode get(String path, String token) {
		return send("GET", path, token, null).requireSuccess();
	}

	public Response send(String method, String path, String token, Object body) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.baseUrl + path))
			.timeout(TIMEOUT)
			.header("Accept", "application/json");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (body != null) {
			request.header("Content-Type", "application/json")
				.method(method, HttpRequest.BodyPublishers.ofByteArray(Api.MAPPER.writeValueAsBytes(body)));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Response(method, path, response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new DemoException(method + " " + path + " failed: " + ex, ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new DemoException(method + " " + path + " interrupted", ex);
		}
	}

}
