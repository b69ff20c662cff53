package dev.matchfolio.localstack;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** Whether a part is alive or ready: the store and Kafka when they accept connections, Spring Boot apps by their probe. */
final class Readiness {

	private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(PROBE_TIMEOUT)
		.build();

	boolean isReady(Part part, int port) {
		return part.isInfrastructure() ? accepts(port) : status(port, "/actuator/health/readiness") == 200;
	}

	/** Whether a Spring Boot part is alive (it may not be ready, waiting for what its readiness needs). */
	boolean isAlive(Part part, int port) {
		return status(port, "/actuator/health/liveness") == 200;
	}

	static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private int status(int port, String path) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.timeout(PROBE_TIMEOUT)
			.GET()
			.build();
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
		}
		catch (IOException ex) {
			return -1;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return -1;
		}
	}

}
