package dev.matchfolio;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import dev.matchfolio.events.PortfolioEvent;
import dev.matchfolio.events.ProfileDeleted;
import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.events.ProfileUpserted;
import dev.matchfolio.events.ProjectDeleted;
import dev.matchfolio.events.ProjectUpserted;
import dev.matchfolio.events.Topics;
import dev.matchfolio.testsupport.Eventually;
import dev.matchfolio.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The service end to end on a real broker and store: HTTP in, profile events in, portfolio events out. Subclasses
 * choose the infrastructure. Every test uses its own candidate and owner ids.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "portfolio.profiles.wait-for-unknown=2s", "portfolio.profiles.retry.attempts=2",
				"portfolio.profiles.retry.initial-interval=50ms",
				// an unreachable broker (ProjectOutboxIntegrationTests) fails a relay round in a second, not five
				"matchfolio.outbox.delivery-timeout=2s", "matchfolio.outbox.max-backoff=500ms" })
abstract class PortfolioServiceIntegrationTests {

	static final Duration WAIT_FOR_UNKNOWN = Duration.ofSeconds(2);

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	Api api;

	KafkaProbe kafka;

	final String candidate = "p-" + UUID.randomUUID();

	final String ownerId = "alice-" + UUID.randomUUID();

	final String owner = TestTokens.bearer(ownerId, "CANDIDATE");

	@Autowired
	KafkaListenerEndpointRegistry listeners;

	/** Whether this context's consumer has handled one profile event already (one per subclass: one context each). */
	private static final Set<Class<?>> WARMED_UP = ConcurrentHashMap.newKeySet();

	@BeforeEach
	void clientsAndAJoinedConsumer() {
		api = new Api(port);
		kafka = new KafkaProbe(bootstrapServers);
		// the service's consumer joins its group asynchronously after start-up; the tests time its reactions
		Eventually.await(KafkaProbe.TIMEOUT, () -> listeners.getListenerContainers(),
				containers -> !containers.isEmpty() && containers.stream()
					.allMatch(c -> c.getAssignedPartitions() != null && !c.getAssignedPartitions().isEmpty()));
		// the first event of a fresh context also creates the profiles collection and loads the listener's classes,
		// which on a busy machine can outlast the short wait for an unknown profile that some tests time
		if (WARMED_UP.add(getClass())) {
			kafka.awaitConsumed(kafka.publish(profile("p-warm-up-" + UUID.randomUUID(), "warm-up", 1)));
		}
	}

	@AfterEach
	void closeClients() {
		kafka.close();
	}

	@Test
	void projectLifecycleIsServedOverHttpAndPublishedAsEvents() {
		kafka.publish(profile(candidate, ownerId, 1));

		Api.Response created = api.post(projects(candidate), owner, project("Ledger"));
		assertThat(created.status()).isEqualTo(201);
		String id = created.json().get("id").asString();
		assertThat(created.header("Location")).isEqualTo(projects(candidate) + "/" + id);
		assertThat(created.header("ETag")).isEqualTo("\"1\"");
		assertThat(api.get(projects(candidate) + "/" + id, TestTokens.bearer("acme", "RECRUITER")).json()
			.get("title")
			.asString()).isEqualTo("Ledger");
		assertThat(api.get(projects(candidate), TestTokens.bearer("uni", "AGENCY")).json().get("total").asInt())
			.isEqualTo(1);

		Api.Response updated = api.put(projects(candidate) + "/" + id, owner, "\"1\"", project("Ledger v2"));
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.header("ETag")).isEqualTo("\"2\"");
		Api.Response stale = api.put(projects(candidate) + "/" + id, owner, "\"1\"", project("Lost update"));
		assertThat(stale.status()).isEqualTo(412);
		assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
		assertThat(api.get(projects(candidate) + "/" + id, owner).json().get("title").asString())
			.isEqualTo("Ledger v2");
		Api.Response foreign = api.put(projects(candidate) + "/" + id, TestTokens.bearer("bob", "CANDIDATE"), "*",
				project("Hijack"));
		assertThat(foreign.status()).isEqualTo(403);

		assertThat(api.delete(projects(candidate) + "/" + id, owner).status()).isEqualTo(204);
		assertThat(api.get(projects(candidate) + "/" + id, owner).status()).isEqualTo(404);

		List<PortfolioEvent> events = kafka.awaitPortfolioEvents(candidate, seen -> seen.size() >= 3);
		assertThat(events).hasSize(3).allMatch(event -> event.projectId().equals(id));
		assertThat(events).extracting(PortfolioEvent::version).containsExactly(1L, 2L, 3L);
		assertThat(events.get(0)).isInstanceOf(ProjectUpserted.class);
		assertThat(((ProjectUpserted) events.get(1)).project().title()).isEqualTo("Ledger v2");
		assertThat(events.get(2)).isInstanceOf(ProjectDeleted.class);
	}

	@Test
	void aCreateThatArrivesBeforeTheProfileEventIsAnsweredOnceTheEventArrives() throws Exception {
		CompletableFuture<Api.Response> pending = api.postAsync(projects(candidate), owner, project("Early"));
		Thread.sleep(WAIT_FOR_UNKNOWN.toMillis() / 4);
		assertThat(pending).isNotDone();

		kafka.publish(profile(candidate, ownerId, 1));

		assertThat(pending.get(WAIT_FOR_UNKNOWN.toSeconds() * 2, TimeUnit.SECONDS).status()).isEqualTo(201);
	}

	@Test
	void aCreateForAProfileThatNeverAppearsIs404AfterTheWait() {
		long started = System.nanoTime();

		Api.Response response = api.post(projects(candidate), owner, project("Nobody"));

		assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(WAIT_FOR_UNKNOWN);
		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).startsWith("application/problem+json");
		assertThat(response.json().get("detail").asString()).isEqualTo("Profile " + candidate + " does not exist");
	}

	@Test
	void aDeletedProfileTakesItsProjectsAlongAndCannotBeResurrected() {
		kafka.publish(profile(candidate, ownerId, 1));
		String first = api.post(projects(candidate), owner, project("One")).json().get("id").asString();
		String second = api.post(projects(candidate), owner, project("Two")).json().get("id").asString();

		kafka.publish(ProfileDeleted.of(candidate, 2));

		List<PortfolioEvent> events = kafka.awaitPortfolioEvents(candidate,
				seen -> seen.stream().filter(ProjectDeleted.class::isInstance).count() == 2);
		assertThat(events).filteredOn(ProjectDeleted.class::isInstance)
			.extracting(PortfolioEvent::projectId, PortfolioEvent::version)
			.containsExactlyInAnyOrder(tuple(first, 2L),
					tuple(second, 2L));
		assertThat(api.get(projects(candidate) + "/" + first, owner).status()).isEqualTo(404);
		assertThat(api.get(projects(candidate), owner).status()).isEqualTo(404);

		kafka.awaitConsumed(kafka.publish(profile(candidate, ownerId, 1)));
		long started = System.nanoTime();
		assertThat(api.post(projects(candidate), owner, project("Zombie")).status()).isEqualTo(404);
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(WAIT_FOR_UNKNOWN);
	}

	@Test
	void duplicateAndOlderProfileEventsChangeNothing() {
		kafka.publish(profile(candidate, ownerId, 2));
		String id = api.post(projects(candidate), owner, project("Kept")).json().get("id").asString();
		String mallory = "mallory-" + UUID.randomUUID();

		kafka.publish(profile(candidate, mallory, 1));
		kafka.publish(profile(candidate, mallory, 2));
		kafka.awaitConsumed(kafka.publish(ProfileDeleted.of(candidate, 1)));

		assertThat(api.post(projects(candidate), TestTokens.bearer(mallory, "CANDIDATE"), project("Mine")).status())
			.isEqualTo(403);
		assertThat(api.get(projects(candidate) + "/" + id, owner).status()).isEqualTo(200);
		assertThat(api.post(projects(candidate), owner, project("Still mine")).status()).isEqualTo(201);
		assertThat(kafka.awaitPortfolioEvents(candidate, seen -> seen.size() >= 2))
			.allMatch(ProjectUpserted.class::isInstance);
	}

	@Test
	void aPoisonMessageGoesToTheDeadLetterTopicAndConsumingCarriesOn() {
		String poisonKey = "poison-" + UUID.randomUUID();
		byte[] poison = "this is not JSON {".getBytes(StandardCharsets.UTF_8);

		kafka.publish(poisonKey, poison);
		RecordMetadata good = kafka.publish(profile(candidate, ownerId, 1));

		ConsumerRecord<String, byte[]> dead = kafka.awaitDeadLetter(Topics.PROFILE_EVENTS + ".DLT", poisonKey);
		assertThat(dead.value()).isEqualTo(poison);
		assertThat(dead.headers().lastHeader("kafka_dlt-original-topic").value())
			.isEqualTo(Topics.PROFILE_EVENTS.getBytes(StandardCharsets.UTF_8));
		kafka.awaitConsumed(good);
		assertThat(api.post(projects(candidate), owner, project("After the poison")).status()).isEqualTo(201);
	}

	@Test
	void apiDocsAndHealthAreOpenButTheApiNeedsAToken() {
		Api.Response docs = api.get("/v3/api-docs", null);
		assertThat(docs.status()).isEqualTo(200);
		assertThat(docs.json().get("info").get("title").asString()).isEqualTo("portfolio-service");
		assertThat(docs.json().get("paths").has("/api/portfolios/{candidateId}/projects/{projectId}")).isTrue();
		// clients reach the service only through the gateway, so the document names no host of its own
		assertThat(docs.json().get("servers").get(0).get("url").asString()).isEqualTo("/");
		assertThat(api.get("/actuator/health/liveness", null).json().get("status").asString()).isEqualTo("UP");
		var readiness = api.get("/actuator/health/readiness", null).json();
		assertThat(readiness.get("status").asString()).isEqualTo("UP");
		assertThat(readiness.get("components").get("mongo").get("status").asString()).isEqualTo("UP");
		assertThat(readiness.get("components").get("kafka").get("status").asString()).isEqualTo("UP");

		Api.Response anonymous = api.get(projects(candidate), null);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");
	}

	static String projects(String candidateId) {
		return "/api/portfolios/" + candidateId + "/projects";
	}

	static ProfileUpserted profile(String candidateId, String ownerId, long version) {
		return ProfileUpserted.of(new ProfileSnapshot(candidateId, ownerId, "Alice Doe", null, null, null, null, null,
				null, null, null, null, null, null, null), version);
	}

	static Map<String, Object> project(String title) {
		return Map.of("title", title, "summary", "Double-entry ledger on Spring Boot", "skills",
				List.of("Java", "Kafka"), "repositoryUrl", "https://example.org/alice/ledger", "startedOn",
				"2025-01-01", "completedOn", "2025-06-30");
	}

}
