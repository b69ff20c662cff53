package dev.matchfolio.support.resilience;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import dev.matchfolio.testsupport.TestTokens;
import org.apache.kafka.clients.admin.NewTopic;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.ContainerProperties.AckMode;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.mongodb.client.MongoClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A service starts while Kafka is unreachable: topic creation gives up after the admin timeout, consumers and the
 * outbox relay keep retrying in the background, reads are served, and readiness reports kafka DOWN. The consumers run
 * with the shutdown behaviour of service-defaults.yml.
 */
class KafkaOutageStartTest {

	/** the admin operation timeout of service-defaults.yml plus a generous start on a busy machine */
	private static final Duration START_BOUND = Duration.ofSeconds(10 + 30);

	@Test
	void serviceStartsAndServesReadsWithoutKafka() throws Exception {
		long started = System.nanoTime();
		// arguments, which outrank the system property an embedded broker started earlier in this JVM may have set
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(App.class).run("--server.port=0",
				"--spring.kafka.bootstrap-servers=127.0.0.1:1",
				"--spring.mongodb.uri=" + EmbeddedInfrastructure.mongoUri("kafka-outage"),
				"--spring.security.oauth2.resourceserver.jwt.public-key-location=" + TestTokens.publicKeyLocation(),
				"--matchfolio.outbox.enabled=true", "--matchfolio.outbox.collections=things")) {
			assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(START_BOUND);
			String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
			HttpClient http = HttpClient.newHttpClient();

			HttpResponse<String> read = http.send(HttpRequest.newBuilder(URI.create(base + "/things/t-1"))
				.header("Authorization", TestTokens.bearer("alice", "CANDIDATE"))
				.build(), HttpResponse.BodyHandlers.ofString());
			HttpResponse<String> readiness = http.send(
					HttpRequest.newBuilder(URI.create(base + "/actuator/health/readiness")).build(),
					HttpResponse.BodyHandlers.ofString());

			assertThat(read.statusCode()).isEqualTo(200);
			assertThat(read.body()).contains("\"found\":false");
			assertThat(readiness.statusCode()).isEqualTo(503);
			JsonNode components = JsonMapper.builder().build().readTree(readiness.body()).path("components");
			assertThat(components.path("kafka").path("status").asString()).isEqualTo("DOWN");
			assertThat(components.path("mongo").path("status").asString()).isEqualTo("UP");
			assertThat(context.getBean(KafkaListenerEndpointRegistry.class).getListenerContainers())
				.isNotEmpty()
				.allSatisfy(container -> {
					assertThat(container.isRunning()).isTrue();
					// on shutdown: finish the record in hand, commit what was processed, stop (service-defaults.yml)
					assertThat(container.getContainerProperties().isStopImmediate()).isTrue();
					assertThat(container.getContainerProperties().getAckMode()).isEqualTo(AckMode.BATCH);
				});
		}
	}

	/** no component scan: the other test applications in this package stay out */
	@SpringBootConfiguration
	@EnableAutoConfiguration
	@Import(App.Things.class)
	static class App {

		/** the outbox relay's store; the services get theirs from Spring Data's auto-configuration */
		@Bean
		MongoTemplate mongoTemplate(MongoClient client) {
			return new MongoTemplate(client, "kafka-outage");
		}

		@Bean
		NewTopic thingEvents() {
			return new NewTopic("thing-events", 1, (short) 1);
		}

		@KafkaListener(topics = "thing-events", groupId = "kafka-outage")
		void onEvent(byte[] event) {
			// consuming is not what this test is about; the container must merely run without a broker
		}

		@RestController
		static class Things {

			private final MongoTemplate template;

			Things(MongoTemplate template) {
				this.template = template;
			}

			@GetMapping("/things/{id}")
			Map<String, Object> read(@PathVariable String id) {
				return Map.of("found", this.template.findById(id, Document.class, "things") != null);
			}

		}

	}

}
