package dev.matchfolio.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The real gateway on a random port, in front of a stub: profile and matching routes go to {@link #UPSTREAM}, the
 * portfolio route to a port nobody listens on, and the matching time limit is cut to half a second. Subclasses share
 * one application context.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
public abstract class GatewayIntegrationTest {

	protected static final StubUpstream UPSTREAM = StubUpstream.start();

	protected static final TestKeys KEYS = TestKeys.create();

	/** Short enough to test the cut-off, long enough that a busy machine doesn't cut ordinary calls. */
	protected static final Duration MATCHING_TIME_LIMIT = Duration.ofMillis(1500);

	protected static final int MAX_REQUEST_BYTES = 64 * 1024;

	protected static final int MAX_NON_MULTIPART_REQUEST_BYTES = 16 * 1024;

	private static final int CLOSED_PORT = closedPort();

	@Autowired
	private WebTestClient webTestClient;

	protected WebTestClient client;

	@DynamicPropertySource
	static void gatewayProperties(DynamicPropertyRegistry registry) {
		registry.add("matchfolio.services.profile", UPSTREAM::baseUrl);
		registry.add("matchfolio.services.matching", UPSTREAM::baseUrl);
		registry.add("matchfolio.services.portfolio", () -> "http://127.0.0.1:" + CLOSED_PORT);
		registry.add("resilience4j.timelimiter.instances.matching.timeout-duration",
				() -> MATCHING_TIME_LIMIT.toMillis() + "ms");
		registry.add("matchfolio.auth.private-key-location", KEYS::privateKeyLocation);
		registry.add("matchfolio.auth.public-key-location", KEYS::publicKeyLocation);
		registry.add("matchfolio.gateway.max-request-size", () -> MAX_REQUEST_BYTES + "B");
		registry.add("matchfolio.gateway.max-non-multipart-request-size", () -> MAX_NON_MULTIPART_REQUEST_BYTES + "B");
	}

	@BeforeEach
	void longerClientTimeout() {
		// longer than the stub's slow answer, so a test fails on the gateway's timing, not the client's
		this.client = this.webTestClient.mutate().responseTimeout(Duration.ofSeconds(10)).build();
	}

	protected static String bearer(String token) {
		return "Bearer " + token;
	}

	private static int closedPort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
