package dev.matchfolio;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.LongStream;

import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.ProfileDeleted;
import dev.matchfolio.events.ProfileEvent;
import dev.matchfolio.events.ProfileUpserted;
import dev.matchfolio.events.Topics;
import dev.matchfolio.support.outbox.Outbox;
import dev.matchfolio.testsupport.Eventually;
import dev.matchfolio.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service as clients and the matching side see it: real HTTP on a random port, the real store, and the events
 * read back from the real broker. Subclasses choose the infrastructure; every test uses its own users, so tests
 * share the store and the topic without seeing each other's data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ProfileServiceIntegrationTests {

	private static final Duration EVENT_TIMEOUT = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Rounds of two racing updates; each round is a fresh chance for both to pass the If-Match check. */
	private static final int RACES = 5;

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	@Autowired
	MongoTemplate mongo;

	@Test
	void createUpdateAndDeleteArePublishedWithTheProfileIdAsKeyAndRisingVersions() throws Exception {
		String alice = TestTokens.bearer(unique("alice"), "CANDIDATE");

		HttpResponse<String> created = call("POST", "/api/profiles", alice, profile("Alice Doe", "Java"), null);
		assertThat(created.statusCode()).isEqualTo(201);
		JsonNode body = JSON.readTree(created.body());
		String id = body.get("id").asString();
		assertThat(created.headers().firstValue("Location")).contains("/api/profiles/" + id);
		assertThat(created.headers().firstValue("ETag")).contains("\"1\"");
		assertThat(body.get("version").asLong()).isEqualTo(1);

		HttpResponse<String> updated = call("PUT", "/api/profiles/" + id, alice, profile("Alice B. Doe", "Kotlin"),
				"\"1\"");
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(updated.headers().firstValue("ETag")).contains("\"2\"");

		assertThat(call("DELETE", "/api/profiles/" + id, alice, null, null).statusCode()).isEqualTo(204);
		assertThat(call("GET", "/api/profiles/" + id, alice, null, null).statusCode()).isEqualTo(404);

		List<ProfileEvent> events = eventsFor(id, 3);
		assertThat(events).extracting(ProfileEvent::version).containsExactly(1L, 2L, 3L);
		assertThat(events.get(0)).isInstanceOfSatisfying(ProfileUpserted.class, event -> {
			assertThat(event.profile().displayName()).isEqualTo("Alice Doe");
			assertThat(event.profile().ownerId()).isEqualTo(body.get("ownerId").asString());
			assertThat(event.profile().skills()).extracting("name").containsExactly("Java");
			assertThat(event.profile().location().country()).isEqualTo("DE");
		});
		assertThat(events.get(1)).isInstanceOfSatisfying(ProfileUpserted.class, event -> {
			assertThat(event.profile().displayName()).isEqualTo("Alice B. Doe");
			assertThat(event.profile().skills()).extracting("name").containsExactly("Kotlin");
		});
		assertThat(events.get(2)).isInstanceOf(ProfileDeleted.class);
	}

	@Test
	void staleIfMatchIsRejectedAndNothingIsLost() throws Exception {
		String bob = TestTokens.bearer(unique("bob"), "CANDIDATE");
		String id = JSON.readTree(call("POST", "/api/profiles", bob, profile("Bob", "Go"), null).body())
			.get("id")
			.asString();
		assertThat(call("PUT", "/api/profiles/" + id, bob, profile("Bob v2", "Go"), "\"1\"").statusCode())
			.isEqualTo(200);

		HttpResponse<String> stale = call("PUT", "/api/profiles/" + id, bob, profile("Bob stale", "Go"), "\"1\"");

		assertThat(stale.statusCode()).isEqualTo(412);
		assertThat(stale.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		HttpResponse<String> mine = call("GET", "/api/profiles/me", bob, null, null);
		assertThat(mine.headers().firstValue("ETag")).contains("\"2\"");
		assertThat(JSON.readTree(mine.body()).get("displayName").asString()).isEqualTo("Bob v2");
		assertThat(eventsFor(id, 2)).extracting(ProfileEvent::version).containsExactly(1L, 2L);
	}

	@Test
	void twoConcurrentUpdatesWithTheSameIfMatchNeverBothWinAndOnlyTheWinnersEventIsPublished() throws Exception {
		String erin = TestTokens.bearer(unique("erin"), "CANDIDATE");
		String id = JSON.readTree(call("POST", "/api/profiles", erin, profile("Erin", "Java"), null).body())
			.get("id")
			.asString();
		List<String> winners = new ArrayList<>();
		for (long version = 1; version <= RACES; version++) {
			String ifMatch = "\"" + version + "\"";
			CompletableFuture<HttpResponse<String>> left = callAsync("PUT", "/api/profiles/" + id, erin,
					profile("Erin left " + version, "Java"), ifMatch);
			CompletableFuture<HttpResponse<String>> right = callAsync("PUT", "/api/profiles/" + id, erin,
					profile("Erin right " + version, "Java"), ifMatch);
			List<HttpResponse<String>> responses = List.of(left.get(), right.get());

			assertThat(responses).extracting(HttpResponse::statusCode)
				.containsOnlyOnce(200)
				.anySatisfy(status -> assertThat(status).isIn(409, 412));
			HttpResponse<String> won = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
			String winner = JSON.readTree(won.body()).get("displayName").asString();
			winners.add(winner);
			HttpResponse<String> stored = call("GET", "/api/profiles/" + id, erin, null, null);
			assertThat(stored.headers().firstValue("ETag")).contains("\"" + (version + 1) + "\"");
			assertThat(JSON.readTree(stored.body()).get("displayName").asString()).isEqualTo(winner);
		}

		List<ProfileEvent> events = ProfileTopic.read(bootstrapServers, id::equals, RACES + 1, EVENT_TIMEOUT);
		assertThat(events).extracting(ProfileEvent::version)
			.containsExactly(LongStream.rangeClosed(1, RACES + 1).boxed().toArray(Long[]::new));
		assertThat(events.subList(1, events.size())).map(event -> ((ProfileUpserted) event).profile().displayName())
			.containsExactlyElementsOf(winners);
		Eventually.await(EVENT_TIMEOUT, () -> mongo.getCollection("profiles").find(new Document("_id", id)).first(),
				raw -> !raw.containsKey(Outbox.PENDING) && raw.getList(Outbox.OUTBOX, Document.class).isEmpty());
	}

	@Test
	void aCandidateWhoDeletedTheirProfileCreatesANewOneAtOnceAndTheTombstoneGoes() throws Exception {
		String fay = TestTokens.bearer(unique("fay"), "CANDIDATE");
		String first = JSON.readTree(call("POST", "/api/profiles", fay, profile("Fay", "Java"), null).body())
			.get("id")
			.asString();
		assertThat(call("DELETE", "/api/profiles/" + first, fay, null, null).statusCode()).isEqualTo(204);

		HttpResponse<String> again = call("POST", "/api/profiles", fay, profile("Fay again", "Go"), null);

		assertThat(again.statusCode()).isEqualTo(201);
		String second = JSON.readTree(again.body()).get("id").asString();
		assertThat(JSON.readTree(call("GET", "/api/profiles/me", fay, null, null).body()).get("id").asString())
			.isEqualTo(second);
		assertThat(eventsFor(first, 2)).extracting(ProfileEvent::version).containsExactly(1L, 2L);
		Eventually.await(EVENT_TIMEOUT,
				() -> mongo.getCollection("profiles").countDocuments(new Document("_id", first)), n -> n == 0);
	}

	@Test
	void aSecondProfileForTheSameUserIsAConflict() throws Exception {
		String carol = TestTokens.bearer(unique("carol"), "CANDIDATE");
		assertThat(call("POST", "/api/profiles", carol, profile("Carol", "Java"), null).statusCode()).isEqualTo(201);

		assertThat(call("POST", "/api/profiles", carol, profile("Carol again", "Java"), null).statusCode())
			.isEqualTo(409);
	}

	@Test
	void recruitersFindCandidatesBySkillInAnyCase() throws Exception {
		String skill = "Skill-" + UUID.randomUUID();
		String dora = TestTokens.bearer(unique("dora"), "CANDIDATE");
		String id = JSON.readTree(call("POST", "/api/profiles", dora, profile("Dora", skill), null).body())
			.get("id")
			.asString();
		String recruiter = TestTokens.bearer("acme-recruiter", "RECRUITER");

		HttpResponse<String> found = call("GET", "/api/profiles?size=5&skill=" + skill.toUpperCase(), recruiter,
				null, null);

		assertThat(found.statusCode()).isEqualTo(200);
		JsonNode page = JSON.readTree(found.body());
		assertThat(page.get("total").asLong()).isEqualTo(1);
		assertThat(page.get("size").asInt()).isEqualTo(5);
		assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(id);
		assertThat(call("GET", "/api/profiles?skill=Java", dora, null, null).statusCode()).isEqualTo(403);
	}

	@Test
	void apiDocsAndHealthNeedNoTokenButTheApiDoes() throws Exception {
		HttpResponse<String> docs = call("GET", "/v3/api-docs", null, null, null);
		assertThat(docs.statusCode()).isEqualTo(200);
		JsonNode openApi = JSON.readTree(docs.body());
		assertThat(openApi.get("info").get("title").asString()).isEqualTo("matchfolio profile-service");
		assertThat(openApi.get("paths").has("/api/profiles/{id}")).isTrue();
		assertThat(docs.body()).doesNotContain("\"roles\"");

		assertThat(call("GET", "/actuator/health/liveness", null, null, null).statusCode()).isEqualTo(200);
		assertThat(call("GET", "/actuator/health/kafka", null, null, null).statusCode()).isEqualTo(200);
		assertThat(call("GET", "/api/profiles/me", null, null, null).statusCode()).isEqualTo(401);
	}

	private static String unique(String name) {
		return name + "-" + UUID.randomUUID();
	}

	private static Map<String, Object> profile(String displayName, String skill) {
		return Map.of("displayName", displayName, "location", Map.of("city", "Berlin", "country", "DE"),
				"timezone", "Europe/Berlin", "workModes", List.of("REMOTE"), "skills",
				List.of(Map.of("name", skill, "level", 4)), "hourlyRate", Map.of("amount", 60, "currency", "EUR"));
	}

	private HttpResponse<String> call(String method, String path, String authorization, Object body, String ifMatch)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))
					: HttpRequest.BodyPublishers.noBody())
			.header("Content-Type", "application/json");
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	private CompletableFuture<HttpResponse<String>> callAsync(String method, String path, String authorization,
			Object body, String ifMatch) {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.header("Content-Type", "application/json")
			.header("Authorization", authorization)
			.header("If-Match", ifMatch)
			.build();
		return http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
	}

	/** Reads the topic from the beginning until {@code count} events keyed by {@code profileId} have arrived. */
	private List<ProfileEvent> eventsFor(String profileId, int count) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
			List<TopicPartition> partitions = consumer.partitionsFor(Topics.PROFILE_EVENTS)
				.stream()
				.map(info -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			List<ProfileEvent> events = new ArrayList<>();
			return Eventually.await(EVENT_TIMEOUT, () -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					if (profileId.equals(record.key())) {
						events.add(EventJson.readProfileEvent(record.value()));
					}
				}
				return List.copyOf(events);
			}, seen -> seen.size() >= count);
		}
	}

}
