package dev.matchfolio.support.tomcat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import dev.matchfolio.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** What Tomcat itself refuses, before any filter or controller runs, is still a problem document. */
@SpringBootTest(classes = TomcatProblemsTest.App.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "spring.kafka.bootstrap-servers=127.0.0.1:1")
class TomcatProblemsTest {

	private static final int SOCKET_TIMEOUT_MILLIS = 10_000;

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void keys(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	@Test
	void overlongUtf8InThePathGivesProblem400() throws IOException {
		String answer = send("GET /things/..%c0%af..%c0%afetc HTTP/1.1");

		assertProblem(answer, 400);
	}

	@Test
	void unencodedBracketsInTheQueryGiveProblem400() throws IOException {
		String answer = send("GET /things?kind[$ne]=x HTTP/1.1");

		assertProblem(answer, 400);
	}

	@Test
	void headerBlockAboveTheLimitGivesProblem400() throws IOException {
		String answer = send("GET /things/1 HTTP/1.1\r\nX-Padding: " + "p".repeat(64 * 1024));

		assertProblem(answer, 400);
	}

	@Test
	void ordinaryRequestsStillReachTheApplication() throws IOException {
		String answer = send("GET /things/1 HTTP/1.1");

		// the application's own answer: no token
		assertThat(answer).startsWith("HTTP/1.1 401").contains("application/problem+json");
	}

	@Test
	void everyStatusGetsTitleStatusAndDetail() {
		assertThat(ProblemErrorReportValve.problem(404)).contains("\"title\":\"Not Found\"", "\"status\":404",
				"\"type\":\"about:blank\"", "\"detail\":");
		assertThat(ProblemErrorReportValve.problem(500)).contains("\"detail\":\"An unexpected error occurred\"");
	}

	private static void assertProblem(String answer, int status) {
		assertThat(answer).startsWith("HTTP/1.1 " + status);
		assertThat(answer.toLowerCase()).contains("content-type: application/problem+json");
		assertThat(answer).contains("\"status\":" + status, "\"type\":\"about:blank\"", "\"title\":", "\"detail\":")
			.doesNotContain("<html");
	}

	private String send(String requestHead) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(SOCKET_TIMEOUT_MILLIS);
			OutputStream out = socket.getOutputStream();
			out.write((requestHead + "\r\nHost: localhost\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer);
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

	@SpringBootApplication
	static class App {

	}

}
