package dev.matchfolio.gateway.requestline;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import dev.matchfolio.gateway.support.GatewayIntegrationTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests refused for their request line or headers get problem documents, whether the HTTP decoder refuses them
 * before any application code runs or the gateway refuses them before routing; none of them reaches a service.
 */
class RequestLineProblemsTest extends GatewayIntegrationTest {

	private static final int SOCKET_TIMEOUT_MILLIS = 10_000;

	/** Boot's default for Reactor Netty, stated in application.yml */
	private static final int MAX_REQUEST_LINE = 4096;

	@LocalServerPort
	int port;

	@Test
	void requestLineAboveTheLimitGivesProblem414() throws IOException {
		String path = "/api/profiles/" + "x".repeat(MAX_REQUEST_LINE + 1);

		String answer = send("GET " + path + " HTTP/1.1", bearerHeader());

		assertProblem(answer, 414);
		assertThat(answer).contains("longer than " + MAX_REQUEST_LINE + " bytes");
		assertThat(UPSTREAM.requestsTo(path)).isEmpty();
	}

	@Test
	void headersAboveTheLimitGiveProblem431() throws IOException {
		String answer = send("GET /api/profiles/p-huge HTTP/1.1", "Authorization: Bearer " + "A".repeat(20_000));

		assertProblem(answer, 431);
		assertThat(UPSTREAM.requestsTo("/api/profiles/p-huge")).isEmpty();
	}

	@Test
	void overlongUtf8InThePathGivesProblem400BeforeRouting() throws IOException {
		String answer = send("GET /api/profiles/..%c0%af..%c0%afetc HTTP/1.1", bearerHeader());

		assertProblem(answer, 400);
		assertThat(answer).contains("not UTF-8").containsIgnoringCase("x-content-type-options: nosniff");
		assertThat(UPSTREAM.requestsTo("/api/profiles/..%c0%af..%c0%afetc")).isEmpty();
	}

	@Test
	void unencodedBracketsInTheQueryGiveProblem400BeforeRouting() throws IOException {
		String answer = send("GET /api/profiles/p-brackets?kind[$ne]=x HTTP/1.1", bearerHeader());

		assertProblem(answer, 400);
		assertThat(UPSTREAM.requestsTo("/api/profiles/p-brackets")).isEmpty();
	}

	@Test
	void wellEncodedUtf8IsForwarded() throws IOException {
		String answer = send("GET /api/profiles/p-encoded?skill=C%2B%2B&city=K%C3%B6ln HTTP/1.1", bearerHeader());

		assertThat(answer).startsWith("HTTP/1.1 200");
		assertThat(UPSTREAM.requestsTo("/api/profiles/p-encoded")).hasSize(1);
	}

	private static String bearerHeader() {
		return "Authorization: " + bearer(KEYS.validToken("alice", "CANDIDATE"));
	}

	private static void assertProblem(String answer, int status) {
		assertThat(answer).startsWith("HTTP/1.1 " + status);
		assertThat(answer).containsIgnoringCase("content-type: application/problem+json");
		assertThat(answer).contains("\"status\":" + status, "\"type\":\"about:blank\"", "\"title\":\"",
				"\"detail\":\"");
	}

	private String send(String requestLine, String header) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + "\r\nHost: localhost\r\n" + header + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			socket.getInputStream().transferTo(answer);
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

}
