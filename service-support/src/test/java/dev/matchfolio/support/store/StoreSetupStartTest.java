package dev.matchfolio.support.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.mongodb.client.MongoClient;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import dev.matchfolio.testsupport.Eventually;
import dev.matchfolio.testsupport.TestTokens;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.utils.KafkaTestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service starts while MongoDB is away: the API answers 503 problem with Retry-After, readiness names the set-up
 * step that waits, and the Kafka listeners do not consume. When the store comes, the service sets it up by itself
 * (the index exists), serves, reports ready, and only then consumes what waited on the topic.
 */
class StoreSetupStartTest {

	private static final String TOPIC = "store-setup-events";

	/** a first set-up attempt that waits out the server-selection timeout, and a slow start on a busy machine */
	private static final Duration START_BOUND = Duration.ofSeconds(3 + 30);

	/** one set-up attempt's server-selection timeout plus the longest back-off, with room */
	private static final Duration RECOVERY_BOUND = Duration.ofSeconds(30);

	private static final List<String> consumed = new CopyOnWriteArrayList<>();

	private final int storePort = freePort();

	private final HttpClient http = HttpClient.newHttpClient();

	private MongoServer store;

	@AfterEach
	void stopStore() {
		if (store != null) {
			store.shutdownNow();
		}
	}

	@Test
	void serviceStartsWithoutItsStoreAndSetsItUpWhenItComes() throws Exception {
		long started = System.nanoTime();
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class).run("--server.port=0",
				"--spring.kafka.bootstrap-servers=" + EmbeddedInfrastructure.kafkaBootstrapServers(),
				"--spring.mongodb.uri=mongodb://127.0.0.1:" + storePort + "/store-setup",
				"--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation())) {
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(START_BOUND);
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			KafkaListenerEndpointRegistry listeners = context.getBean(KafkaListenerEndpointRegistry.class);

			HttpResponse<String> refused = get(base + "/api/things/t-1");
			assertThat(refused.statusCode()).isEqualTo(503);
			assertThat(refused.headers().firstValue("Content-Type")).hasValueSatisfying(
					type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
			assertThat(json(refused).path("status").asInt()).isEqualTo(503);
			HttpResponse<String> readiness = get(base + "/actuator/health/readiness");
			assertThat(readiness.statusCode()).isEqualTo(503);
			JsonNode setup = json(readiness).path("components").path("storeSetup");
			assertThat(setup.path("status").asString()).isEqualTo("DOWN");
			assertThat(setup.path("details").path("waitingFor").asString()).isEqualTo("index of things by owner");
			assertThat(get(base + "/actuator/health/liveness").statusCode()).isEqualTo(200);
			assertThat(listeners.getListenerContainers()).isNotEmpty()
				.allSatisfy(container -> assertThat(container.isRunning()).isFalse());

			send("waited-while-the-store-was-away");
			store = new MongoServer(new MemoryBackend());
			store.bind("127.0.0.1", storePort);

			Eventually.await(RECOVERY_BOUND, () -> get(base + "/api/things/t-1").statusCode(), code -> code == 200);
			assertThat(get(base + "/api/things/t-1").body()).contains("\"found\":false");
			assertThat(json(get(base + "/actuator/health/readiness")).path("components")
				.path("storeSetup")
				.path("status")
				.asString()).isEqualTo("UP");
			assertThat(context.getBean(MongoTemplate.class).indexOps("things").getIndexInfo())
				.anyMatch(index -> index.getName().equals("owner"));
			assertThat(listeners.getListenerContainers()).allSatisfy(container -> assertThat(container.isRunning())
				.isTrue());
			Eventually.await(RECOVERY_BOUND, () -> List.copyOf(consumed),
					records -> records.contains("waited-while-the-store-was-away"));
		}
	}

	private HttpResponse<String> get(String uri) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(uri))
				.header("Authorization", TestTokens.bearer("alice", "CANDIDATE"))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static JsonNode json(HttpResponse<String> response) {
		return JsonMapper.builder().build().readTree(response.body());
	}

	private static void send(String value) throws Exception {
		Map<String, Object> props = KafkaTestUtils.producerProps(EmbeddedInfrastructure.kafkaBootstrapServers());
		DefaultKafkaProducerFactory<String, String> factory = new DefaultKafkaProducerFactory<>(props,
				new org.apache.kafka.common.serialization.StringSerializer(),
				new org.apache.kafka.common.serialization.StringSerializer());
		try {
			new KafkaTemplate<>(factory).send(new ProducerRecord<>(TOPIC, "k", value)).get();
		}
		finally {
			factory.destroy();
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

	/** no component scan: the other test applications in this package stay out */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(App.Things.class)
	static class App {

		@Bean
		MongoTemplate mongoTemplate(MongoClient client) {
			return new MongoTemplate(client, "store-setup");
		}

		@Bean
		StoreSetupStep thingIndexes(MongoTemplate mongo) {
			return StoreSetupStep.of("index of things by owner",
					() -> mongo.indexOps("things").createIndex(new Index("owner", Sort.Direction.ASC).named("owner")));
		}

		@KafkaListener(topics = TOPIC, groupId = "store-setup", properties = "auto.offset.reset=earliest")
		void onEvent(String event) {
			consumed.add(event);
		}

		@RestController
		static class Things {

			private final MongoTemplate template;

			Things(MongoTemplate template) {
				this.template = template;
			}

			@GetMapping("/api/things/{id}")
			Map<String, Object> read(@PathVariable String id) {
				return Map.of("found", this.template.findById(id, Document.class, "things") != null);
			}

		}

	}

}
