package dev.matchfolio;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.ProfileDeleted;
import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.events.ProfileUpserted;
import dev.matchfolio.events.ProjectSnapshot;
import dev.matchfolio.events.ProjectUpserted;
import dev.matchfolio.events.Topics;
import dev.matchfolio.testsupport.Eventually;
import dev.matchfolio.testsupport.TestTokens;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.matchfolio.ServiceDriver.json;
import static dev.matchfolio.ServiceDriver.texts;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The service end to end on a real broker and store: events in through Kafka, openings and rankings out through
 * HTTP. Each test uses its own skill names and ids, so tests sharing the store and the topics do not see each other.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "matching.consumer.retry.initial-interval=50ms", "matching.consumer.retry.max-interval=100ms",
				"matching.consumer.retry.max-retries=2" })
abstract class MatchingServiceIntegrationTests {

	private static final Duration PATIENCE = Duration.ofSeconds(30);

	@LocalServerPort
	int port;

	@Value("${spring.kafka.bootstrap-servers}")
	String bootstrapServers;

	/** Unique per test: suffix of skill names and ids. */
	private String tag;

	private final String recruiter = TestTokens.bearer("acme-recruiter", "RECRUITER");

	private ServiceDriver driver;

	@BeforeEach
	void newTagAndDriver() {
		tag = UUID.randomUUID().toString().substring(0, 8);
		driver = new ServiceDriver(port, bootstrapServers);
	}

	@AfterEach
	void closeDriver() {
		driver.close();
	}

	@Test
	void theBetterFittingCandidateRanksFirstWithEvidenceAndMissingSkills() {
		String alice = id("alice");
		String bob = id("bob");
		publishProfile(alice, 1, "Alice", List.of(Engagement.FULL_TIME), 4, skill("Java", 4), skill("SQL", 3));
		publishProfile(bob, 1, "Bob", List.of(), 10, skill("java", 2), skill("SQL", 5));
		publishProfile(id("carol"), 1, "Carol", List.of(Engagement.FREELANCE), 9, skill("Java", 5), skill("SQL", 5));
		publishProfile(id("dave"), 1, "Dave", List.of(), 9, skill("Cobol", 5));
		ProjectSnapshot ledger = project(alice, "ledger", "Java", "Kafka");
		driver.publish(Topics.PORTFOLIO_EVENTS, alice, ProjectUpserted.of(ledger, 1));

		String openingId = createOpening("BACKEND_JOB", requirement("Java", 3, 2.0), requirement("SQL", 1, 1.0),
				requirement("Kubernetes", 1, 1.0));

		JsonNode ranking = awaitMatches(openingId, body -> body.get("total").asInt() == 2
				&& !body.at("/items/0/matchedSkills/0/evidence").isEmpty());

		JsonNode first = ranking.at("/items/0");
		assertThat(first.get("rank").asInt()).isEqualTo(1);
		assertThat(first.get("candidateId").asString()).isEqualTo(alice);
		assertThat(first.get("displayName").asString()).isEqualTo("Alice");
		// back-end weights 45/8/10/20/0/5/7/5: required 0.75, no nice-to-haves 1, evidence 0.25 (Java, undated
		// project: half), experience 4/10, availability and compensation unknown, no work mode asked: 65.5
		assertThat(first.get("score").asDouble()).isEqualTo(65.5);
		assertThat(first.get("breakdown").propertyNames()).containsExactly("requiredSkills", "niceToHaveSkills",
				"portfolioEvidence", "experience", "education", "availability", "location", "compensation");
		assertThat(first.at("/matchedSkills/0/skill").asString()).isEqualTo(skillName("Java"));
		assertThat(first.at("/matchedSkills/0/via").asString()).isEqualTo("EXACT");
		assertThat(first.at("/matchedSkills/0/evidence/0").asString()).isEqualTo("pr-ledger-" + tag);
		assertThat(first.at("/matchedSkills/1/skill").asString()).isEqualTo(skillName("SQL"));
		assertThat(first.at("/matchedSkills/1/evidence").isEmpty()).isTrue();
		assertThat(texts(first.get("missingSkills"))).containsExactly(skillName("Kubernetes"));
		assertThat(first.at("/breakdown/requiredSkills").asDouble()).isEqualTo(0.75);
		assertThat(first.get("explanation").asString()).startsWith("Covers 2 of 3 required skills; " + skillName("Java")
				+ " shown in 1 portfolio project; 4 years of experience; missing " + skillName("Kubernetes"));
		JsonNode second = ranking.at("/items/1");
		assertThat(second.get("rank").asInt()).isEqualTo(2);
		assertThat(second.get("candidateId").asString()).isEqualTo(bob);
		assertThat(second.at("/matchedSkills/0/matchedBy").asString()).isEqualTo("SQL " + tag);
		assertThat(texts(second.get("missingSkills"))).containsExactly(skillName("Java"), skillName("Kubernetes"));
	}

	@Test
	void aNewerProfileEventChangesTheOrderAndAnOlderOneDoesNot() {
		String alice = id("alice");
		String bob = id("bob");
		publishProfile(alice, 1, "Alice", List.of(), 1, skill("Java", 3));
		publishProfile(bob, 1, "Bob", List.of(), 1, skill("Java", 3), skill("SQL", 3));
		String openingId = createOpening("FREELANCE", requirement("Java", 1, 1.0), requirement("SQL", 1, 1.0));
		awaitMatches(openingId, body -> body.get("total").asInt() == 2
				&& body.at("/items/0/candidateId").asString().equals(bob));

		publishProfile(alice, 2, "Alice", List.of(), 15, skill("Java", 5), skill("SQL", 5));
		awaitMatches(openingId, body -> body.at("/items/0/candidateId").asString().equals(alice));

		// a replay of the old state, then a marker on the same topic; once the marker shows, the replay was handled
		publishProfile(alice, 1, "Alice", List.of(), 1, skill("Java", 3));
		publishProfile(id("marker"), 1, "Marker", List.of(), 0, skill("SQL", 1));
		JsonNode after = awaitMatches(openingId, body -> body.get("total").asInt() == 3);
		assertThat(after.at("/items/0/candidateId").asString()).isEqualTo(alice);
		// freelance weights 35/5/10/5/0/15/15/15: every skill, 15 years, no evidence, unknown rate and availability
		assertThat(after.at("/items/0/score").asDouble()).isEqualTo(78.8);
	}

	@Test
	void profileDeletedRemovesTheCandidate() {
		String alice = id("alice");
		String bob = id("bob");
		publishProfile(alice, 1, "Alice", List.of(), 3, skill("Go", 3));
		publishProfile(bob, 1, "Bob", List.of(), 3, skill("Go", 3));
		String openingId = createOpening("INTERNSHIP", requirement("Go", 1, 1.0));
		awaitMatches(openingId, body -> body.get("total").asInt() == 2);

		driver.publish(Topics.PROFILE_EVENTS, alice, ProfileDeleted.of(alice, 2));

		JsonNode after = awaitMatches(openingId, body -> body.get("total").asInt() == 1);
		assertThat(after.at("/items/0/candidateId").asString()).isEqualTo(bob);
	}

	@Test
	void poisonMessagesGoToTheDeadLetterTopicsAndConsumptionContinues() {
		try (KafkaConsumer<String, byte[]> deadLetters = driver.consumer("dlt-reader-" + tag,
				List.of(Topics.PROFILE_EVENTS + ".DLT", Topics.PORTFOLIO_EVENTS + ".DLT"))) {
			byte[] garbage = ("not an event " + tag).getBytes(StandardCharsets.UTF_8);
			byte[] incomplete = "{\"type\":\"ProjectUpserted\",\"version\":1}".getBytes(StandardCharsets.UTF_8);
			driver.send(Topics.PROFILE_EVENTS, "poison-" + tag, garbage);
			driver.send(Topics.PORTFOLIO_EVENTS, "poison-" + tag, incomplete);
			String alice = id("alice");
			publishProfile(alice, 1, "Alice", List.of(), 2, skill("Rust", 4));
			String openingId = createOpening("BACKEND_JOB", requirement("Rust", 1, 1.0));

			awaitMatches(openingId, body -> body.get("total").asInt() == 1);

			List<ConsumerRecord<String, byte[]>> received = new ArrayList<>();
			Eventually.await(PATIENCE, () -> {
				deadLetters.poll(Duration.ofMillis(200))
					.forEach(record -> {
						if (("poison-" + tag).equals(record.key())) {
							received.add(record);
						}
					});
				return received.size();
			}, size -> size == 2);
			assertThat(received).extracting(ConsumerRecord::topic)
				.containsExactlyInAnyOrder(Topics.PROFILE_EVENTS + ".DLT", Topics.PORTFOLIO_EVENTS + ".DLT");
			assertThat(received).filteredOn(record -> record.topic().startsWith(Topics.PROFILE_EVENTS))
				.singleElement()
				.satisfies(record -> assertThat(record.value()).isEqualTo(garbage));
		}
	}

	@Test
	void openingsAreWrittenReadAndProtectedOverHttp() {
		String openingId = createOpening("BACKEND_JOB", requirement("Java", 1, 1.0));
		String path = "/api/openings/" + openingId;
		String body = openingBody("BACKEND_JOB", "Changed title", requirement("Java", 1, 1.0));

		assertThat(driver.call("PUT", path, recruiter, body, "\"7\"").statusCode()).isEqualTo(412);
		String someoneElse = TestTokens.bearer("someone", "RECRUITER");
		assertThat(driver.call("PUT", path, someoneElse, body, "\"1\"").statusCode()).isEqualTo(403);
		HttpResponse<String> read = driver.call("GET", path,
				TestTokens.bearer("alice", "CANDIDATE"), null, null);
		assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
		assertThat(json(read).get("title").asString()).isEqualTo("Opening " + tag);

		HttpResponse<String> updated = driver.call("PUT", path, recruiter, body, "\"1\"");
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(updated.headers().firstValue("ETag")).hasValue("\"2\"");
		assertThat(json(updated).get("title").asString()).isEqualTo("Changed title");

		HttpResponse<String> agency = driver.call("POST", "/api/openings", TestTokens.bearer("agency", "AGENCY"),
				openingBody("BACKEND_JOB", "Job", requirement("Java", 1, 1.0)), null);
		assertThat(agency.statusCode()).isEqualTo(403);
		assertThat(agency.headers().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));

		assertThat(driver.call("DELETE", path, recruiter, null, null).statusCode()).isEqualTo(204);
		assertThat(driver.call("GET", path, recruiter, null, null).statusCode()).isEqualTo(404);
	}

	@Test
	void aCandidateSeesTheOpenOpeningsThatFitThem() {
		String alice = id("alice");
		ProfileSnapshot profile = profile(alice, "Alice", List.of(), 3, skill("Elixir", 4));
		driver.publish(Topics.PROFILE_EVENTS, alice, ProfileUpserted.of(profile, 1));
		String openingId = createOpening("FREELANCE", requirement("Elixir", 1, 1.0), requirement("Erlang", 1, 1.0));
		String aliceToken = TestTokens.bearer(profile.ownerId(), "CANDIDATE");

		JsonNode matches = Eventually.await(PATIENCE,
				() -> json(driver.call("GET", "/api/candidates/" + alice + "/matches", aliceToken, null, null)),
				body -> body.has("total") && body.get("total").asInt() == 1);

		assertThat(matches.at("/items/0/openingId").asString()).isEqualTo(openingId);
		assertThat(matches.at("/items/0/kind").asString()).isEqualTo("FREELANCE");
		assertThat(texts(matches.at("/items/0/missingSkills"))).containsExactly(skillName("Erlang"));
		String mallory = TestTokens.bearer("mallory", "CANDIDATE");
		assertThat(driver.call("GET", "/api/candidates/" + alice + "/matches", mallory, null, null).statusCode())
			.isEqualTo(403);
	}

	@Test
	void apiDocsAndHealthNeedNoToken() {
		HttpResponse<String> docs = driver.call("GET", "/v3/api-docs", null, null, null);
		assertThat(docs.statusCode()).isEqualTo(200);
		assertThat(docs.body()).contains("/api/openings/{id}/matches").doesNotContain("\"caller\"");
		assertThat(driver.call("GET", "/actuator/health/liveness", null, null, null).statusCode()).isEqualTo(200);
		assertThat(driver.call("GET", "/api/openings", null, null, null).statusCode()).isEqualTo(401);
	}

	// --- events

	private void publishProfile(String candidateId, long version, String displayName, List<Engagement> engagements,
			int years, ProfileSnapshot.Skill... skills) {
		driver.publish(Topics.PROFILE_EVENTS, candidateId,
				ProfileUpserted.of(profile(candidateId, displayName, engagements, years, skills), version));
	}

	private ProfileSnapshot profile(String candidateId, String displayName, List<Engagement> engagements, int years,
			ProfileSnapshot.Skill... skills) {
		return new ProfileSnapshot(candidateId, "owner-" + candidateId, displayName, null, null, null, List.of(),
				engagements, years, List.of(skills), null, null, null, null, List.of());
	}

	private ProjectSnapshot project(String candidateId, String name, String... skills) {
		return new ProjectSnapshot("pr-" + name + "-" + tag, candidateId, name, "A project", null,
				Arrays.stream(skills).map(this::skillName).toList(), null, null, null, null);
	}

	private ProfileSnapshot.Skill skill(String name, int level) {
		// the candidate writes the name in their own case; matching ignores it
		return new ProfileSnapshot.Skill(name.equals(name.toLowerCase()) ? name + " " + tag : skillName(name), level,
				null);
	}

	// --- HTTP

	@SafeVarargs
	private String createOpening(String kind, Map<String, Object>... requirements) {
		HttpResponse<String> created = driver.call("POST", "/api/openings", recruiter,
				openingBody(kind, "Opening " + tag, requirements), null);
		assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
		assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
		String id = json(created).get("id").asString();
		assertThat(created.headers().firstValue("Location")).hasValue("/api/openings/" + id);
		return id;
	}

	@SafeVarargs
	private String openingBody(String kind, String title, Map<String, Object>... requirements) {
		return ServiceDriver.JSON
			.writeValueAsString(Map.of("kind", kind, "title", title, "requiredSkills", List.of(requirements)));
	}

	private Map<String, Object> requirement(String name, int minLevel, double weight) {
		return Map.of("name", skillName(name), "minLevel", minLevel, "weight", weight);
	}

	private JsonNode awaitMatches(String openingId, Predicate<JsonNode> done) {
		String path = "/api/openings/" + openingId + "/matches";
		return Eventually.await(PATIENCE, () -> json(driver.call("GET", path, recruiter, null, null)),
				body -> body.has("total") && done.test(body));
	}

	private String id(String name) {
		return "p-" + name + "-" + tag;
	}

	private String skillName(String name) {
		return name + " " + tag;
	}

}
