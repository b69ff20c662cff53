package dev.matchfolio;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP against the service under test, answering status, headers and body whatever the status. */
final class Api {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	private final String base;

	Api(int port) {
		this.base = "http://localhost:" + port;
	}

	Response get(String path, String bearer) {
		return send(request(path, bearer).GET());
	}

	Response post(String path, String bearer, Object body) {
		return send(request(path, bearer).POST(json(body)));
	}

	CompletableFuture<Response> postAsync(String path, String bearer, Object body) {
		return http.sendAsync(request(path, bearer).POST(json(body)).build(), HttpResponse.BodyHandlers.ofString())
			.thenApply(Response::new);
	}

	Response put(String path, String bearer, String ifMatch, Object body) {
		return send(request(path, bearer).header("If-Match", ifMatch).PUT(json(body)));
	}

	Response delete(String path, String bearer) {
		return send(request(path, bearer).DELETE());
	}

	/** A {@code multipart/form-data} upload of one part named {@code file}, as a browser sends it. */
	Response upload(String path, String bearer, String filename, String contentType, byte[] content) {
		String boundary = "----matchfolio" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream(content.length + 512);
		String head = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
				+ "\"\r\n" + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
		body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return postRaw(path, bearer, "multipart/form-data; boundary=" + boundary, body.toByteArray());
	}

	Response postRaw(String path, String bearer, String contentType, byte[] body) {
		return send(HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", contentType)
			.header("Authorization", bearer)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body)));
	}

	/** The bytes of a download, whatever the status. */
	HttpResponse<byte[]> download(String path, String bearer, String ifNoneMatch) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path));
		if (bearer != null) {
			request.header("Authorization", bearer);
		}
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private HttpRequest.Builder request(String path, String bearer) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path))
			.header("Content-Type", "application/json");
		return bearer == null ? builder : builder.header("Authorization", bearer);
	}

	private static HttpRequest.BodyPublisher json(Object body) {
		return HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body));
	}

	private Response send(HttpRequest.Builder request) {
		try {
			return new Response(http.send(request.build(), HttpResponse.BodyHandlers.ofString()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	record Response(int status, java.net.http.HttpHeaders headers, String body) {

		Response(HttpResponse<String> response) {
			this(response.statusCode(), response.headers(), response.body());
		}

		JsonNode json() {
			return JSON.readTree(body);
		}

		String header(String name) {
			return headers.firstValue(name).orElse(null);
		}

	}

}
