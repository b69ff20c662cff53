package dev.matchfolio;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import dev.matchfolio.events.ProfileEvent;
import dev.matchfolio.support.outbox.OutboxRelay;
import dev.matchfolio.testsupport.Eventually;
import dev.matchfolio.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The promise of the outbox: with the broker down, profile writes still succeed, and once the broker is back every
 * event of those writes arrives exactly once, in order per candidate, and the outboxes end empty. Subclasses own a
 * broker of their own (the test stops it) and a database of their own (no other test's relay may publish these
 * events elsewhere). The relay's timeouts are short so the outage costs seconds, not minutes.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "matchfolio.outbox.delivery-timeout=2s", "matchfolio.outbox.min-backoff=50ms",
				"matchfolio.outbox.max-backoff=500ms" })
@DirtiesContext
abstract class ProfileOutageIntegrationTests {

	static final String DATABASE = "profiles-outage";

	private static final int CANDIDATES = 20;

	/** One creation and nine updates each: 200 changes. */
	private static final int CHANGES_PER_CANDIDATE = 10;

	private static final int CHANGES = CANDIDATES * CHANGES_PER_CANDIDATE;

	private static final Duration ARRIVAL_TIMEOUT = Duration.ofSeconds(40);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newHttpClient();

	@LocalServerPort
	int port;

	@Autowired
	OutboxRelay relay;

	/** Stops the broker; its data may go with it. */
	abstract void stopKafka();

	/** Starts the broker again at the address the service was given. */
	abstract void startKafka();

	abstract String bootstrapServers();

	@Test
	void changesWrittenWhileKafkaIsDownArriveExactlyOnceInOrderPerCandidateWhenItIsBack() throws Exception {
		stopKafka();
		Set<String> ids = new HashSet<>();
		for (int candidate = 0; candidate < CANDIDATES; candidate++) {
			ids.add(writeHistory(TestTokens.bearer("outage-" + UUID.randomUUID(), "CANDIDATE")));
		}
		assertThat(relay.pendingEvents("profiles")).isEqualTo(CHANGES);

		startKafka();

		List<ProfileEvent> events = ProfileTopic.read(bootstrapServers(), ids::contains, CHANGES, ARRIVAL_TIMEOUT);
		assertThat(events).hasSize(CHANGES);
		assertThat(events).extracting(ProfileEvent::eventId).doesNotHaveDuplicates();
		Map<String, List<Long>> versions = events.stream()
			.collect(Collectors.groupingBy(ProfileEvent::candidateId,
					Collectors.mapping(ProfileEvent::version, Collectors.toList())));
		assertThat(versions).hasSize(CANDIDATES)
			.allSatisfy((id, history) -> assertThat(history).containsExactly(
					LongStream.rangeClosed(1, CHANGES_PER_CANDIDATE).boxed().toArray(Long[]::new)));
		Eventually.await(ARRIVAL_TIMEOUT, () -> relay.pendingEvents("profiles"), pending -> pending == 0);
	}

	/** Creates a profile and updates it until it has all its changes; every request must succeed. */
	private String writeHistory(String token) throws IOException, InterruptedException {
		HttpResponse<String> created = call("POST", "/api/profiles", token, profile(0), null);
		assertThat(created.statusCode()).isEqualTo(201);
		String id = JSON.readTree(created.body()).get("id").asString();
		for (int version = 1; version < CHANGES_PER_CANDIDATE; version++) {
			HttpResponse<String> updated = call("PUT", "/api/profiles/" + id, token, profile(version),
					"\"" + version + "\"");
			assertThat(updated.statusCode()).isEqualTo(200);
		}
		return id;
	}

	private static Map<String, Object> profile(int change) {
		return Map.of("displayName", "Candidate at change " + change, "skills",
				List.of(Map.of("name", "Java", "level", 1 + change % 5)));
	}

	private HttpResponse<String> call(String method, String path, String token, Object body, String ifMatch)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
			.method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
			.header("Content-Type", "application/json")
			.header("Authorization", token);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
