package dev.matchfolio.support.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.matchfolio.testsupport.Eventually;
import dev.matchfolio.testsupport.TestTokens;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * With MongoDB away, a request that needs it gets a 503 problem with Retry-After within the server-selection timeout
 * (not a 500, not a 30 s hang), health shows mongo DOWN, and once the store is back the service serves again without
 * a restart.
 */
@SpringBootTest(classes = StoreOutageTest.App.class, properties = "spring.kafka.bootstrap-servers=127.0.0.1:1")
@AutoConfigureMockMvc
class StoreOutageTest {

	private static final int STORE_PORT = freePort();

	/** the server-selection timeout of service-defaults.yml, plus room for a busy machine */
	private static final Duration ANSWER_BOUND = Duration.ofSeconds(3 + 3);

	private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);

	private static MongoServer store;

	@Autowired
	MockMvc mvc;

	@Autowired
	MongoReachability reachability;

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> "mongodb://127.0.0.1:" + STORE_PORT + "/outage");
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	@AfterAll
	static void stopStore() {
		if (store != null) {
			store.shutdownNow();
		}
	}

	@Test
	void storeAwayGivesProblem503FastAndServiceRecoversWhenItReturns() throws Exception {
		String bearer = TestTokens.bearer("alice", "CANDIDATE");
		for (String path : new String[] { "/stored/t-1", "/driver/t-1" }) {
			long started = System.nanoTime();
			mvc.perform(get(path).header("Authorization", bearer))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(header().string("Retry-After", "5"))
				.andExpect(jsonPath("$.status").value(503))
				.andExpect(jsonPath("$.type").value("about:blank"));
			assertThat(Duration.ofNanos(System.nanoTime() - started)).as(path).isLessThan(ANSWER_BOUND);
		}
		mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.components.mongo.status").value("DOWN"));
		assertThat(reachability.getAsBoolean()).as("store known to be down").isTrue();

		store = new MongoServer(new MemoryBackend());
		store.bind("127.0.0.1", STORE_PORT);

		Eventually.await(RECOVERY_BOUND, () -> statusOf(bearer, "/stored/t-1"), code -> code == 200);
		assertThat(statusOf(bearer, "/driver/t-1")).isEqualTo(200);
		mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.components.mongo.status").value("UP"));
		assertThat(reachability.getAsBoolean()).as("store known to be down").isFalse();
	}

	private int statusOf(String bearer, String path) {
		try {
			MvcResult result = mvc.perform(get(path).header("Authorization", bearer)).andReturn();
			return result.getResponse().getStatus();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@SpringBootApplication
	static class App {

		@RestController
		static class Stored {

			private final MongoClient client;

			private final MongoTemplate template;

			Stored(MongoClient client) {
				this.client = client;
				this.template = new MongoTemplate(client, "outage");
			}

			/** through Spring Data, which translates the driver's exceptions */
			@GetMapping("/stored/{id}")
			Map<String, Object> stored(@PathVariable String id) {
				return Map.of("found", this.template.findById(id, Document.class, "things") != null);
			}

			/** straight through the driver, as GridFS and the outbox do */
			@GetMapping("/driver/{id}")
			Map<String, Object> driver(@PathVariable String id) {
				Document found = this.client.getDatabase("outage")
					.getCollection("things")
					.find(new Document("_id", id))
					.first();
				return Map.of("found", found != null);
			}

		}

	}

}
