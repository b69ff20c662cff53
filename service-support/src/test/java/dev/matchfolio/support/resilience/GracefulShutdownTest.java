package dev.matchfolio.support.resilience;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import dev.matchfolio.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** A request in flight when the service is told to stop still gets its whole answer (server.shutdown=graceful). */
class GracefulShutdownTest {

	private static final Duration WORK = Duration.ofSeconds(1);

	private static final Duration WAIT = Duration.ofSeconds(20);

	static final CountDownLatch STARTED = new CountDownLatch(1);

	@Test
	void requestInFlightFinishesDuringShutdown() throws Exception {
		ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class).run("--server.port=0",
				"--spring.kafka.bootstrap-servers=127.0.0.1:1",
				"--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation());
		String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
		CompletableFuture<HttpResponse<String>> answer = HttpClient.newHttpClient()
			.sendAsync(HttpRequest.newBuilder(URI.create(base + "/slow"))
				.header("Authorization", TestTokens.bearer("alice", "CANDIDATE"))
				.timeout(WAIT)
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(STARTED.await(WAIT.toSeconds(), TimeUnit.SECONDS)).as("the request reached the controller").isTrue();

		long closing = System.nanoTime();
		context.close();
		Duration closed = Duration.ofNanos(System.nanoTime() - closing);

		HttpResponse<String> response = answer.get(WAIT.toSeconds(), TimeUnit.SECONDS);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("done");
		// close waited for the request rather than cutting it off
		assertThat(closed).isGreaterThanOrEqualTo(WORK.dividedBy(2));
	}

	/** no component scan: the other test applications in this package stay out */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(App.Slow.class)
	static class App {

		@RestController
		static class Slow {

			@GetMapping("/slow")
			String slow() throws InterruptedException {
				STARTED.countDown();
				Thread.sleep(WORK.toMillis());
				return "done";
			}

		}

	}

}
