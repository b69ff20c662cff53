package dev.matchfolio;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import dev.matchfolio.attachment.SampleFiles;
import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.PortfolioEvent;
import dev.matchfolio.events.ProfileDeleted;
import dev.matchfolio.events.ProjectDeleted;
import dev.matchfolio.events.ProjectUpserted;
import dev.matchfolio.support.outbox.Outbox;
import dev.matchfolio.support.outbox.OutboxRelay;
import dev.matchfolio.testsupport.Eventually;
import io.micrometer.core.instrument.MeterRegistry;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The outbox end to end: each change stores its event in the project document by the same write, the relay publishes
 * them in order and leaves no entry (nor tombstone) behind. Some tests stop the relay to look at what waits in the
 * store; they start it again whatever happens, since the other scenarios of this context need it.
 */
@Import(CuttableRelay.class)
abstract class ProjectOutboxIntegrationTests extends AttachmentIntegrationTests {

	/** How long the topic is watched to show that nothing is published while the relay is stopped. */
	static final Duration QUIET = Duration.ofSeconds(1);

	@Autowired
	OutboxRelay relay;

	@Autowired
	CuttableRelay.Connection relayConnection;

	@Autowired
	MeterRegistry meters;

	@Test
	void createUpdateAndDeletePublishExactlyTheirEventsInOrderAndLeaveNothingInTheStore() {
		kafka.publish(profile(candidate, ownerId, 1));
		String id = api.post(projects(candidate), owner, project("Ledger")).json().get("id").asString();
		String path = projects(candidate) + "/" + id;
		assertThat(api.upload(path + "/attachments", owner, "notes.txt", "text/plain", SampleFiles.text("notes"))
			.status()).isEqualTo(201);
		assertThat(api.put(path, owner, "\"2\"", project("Ledger v2")).header("ETag")).isEqualTo("\"3\"");
		assertThat(api.delete(path, owner).status()).isEqualTo(204);

		Eventually.await(KafkaProbe.TIMEOUT, () -> stored(id), document -> document == null);
		List<PortfolioEvent> events = kafka.awaitPortfolioEvents(candidate, seen -> seen.size() >= 3);
		assertThat(events).as("the attachment bumps the version but publishes nothing")
			.extracting(event -> event.getClass(), PortfolioEvent::version)
			.containsExactly(tuple(ProjectUpserted.class, 1L), tuple(ProjectUpserted.class, 3L),
					tuple(ProjectDeleted.class, 4L));
		assertThat(((ProjectUpserted) events.get(1)).project().title()).isEqualTo("Ledger v2");
		assertThat(events).extracting(PortfolioEvent::eventId).doesNotHaveDuplicates();
	}

	@Test
	void eventsWrittenWhileTheRelayIsStoppedWaitInTheirDocumentsAndAllArriveInOrderOnceItRuns() {
		kafka.publish(profile(candidate, ownerId, 1));
		relay.stop();
		String kept;
		String deleted;
		try {
			kept = api.post(projects(candidate), owner, project("Kept")).json().get("id").asString();
			assertThat(api.put(projects(candidate) + "/" + kept, owner, "\"1\"", project("Kept v2")).status())
				.isEqualTo(200);
			deleted = api.post(projects(candidate), owner, project("Deleted")).json().get("id").asString();
			assertThat(api.delete(projects(candidate) + "/" + deleted, owner).status()).isEqualTo(204);
			// a change without an event, while events wait: it must keep them
			assertThat(api.upload(projects(candidate) + "/" + kept + "/attachments", owner, "notes.txt", "text/plain",
					SampleFiles.text("notes"))
				.status()).isEqualTo(201);

			assertThat(pending(kept)).extracting(event -> event.getClass(), PortfolioEvent::version)
				.containsExactly(tuple(ProjectUpserted.class, 1L), tuple(ProjectUpserted.class, 2L));
			assertThat(stored(kept)).containsEntry(Outbox.PENDING, true);
			assertThat(pending(deleted)).extracting(event -> event.getClass(), PortfolioEvent::version)
				.containsExactly(tuple(ProjectUpserted.class, 1L), tuple(ProjectDeleted.class, 2L));
			assertThat(stored(deleted)).containsEntry(Outbox.DELETED, true).doesNotContainKey("title");
			assertThat(api.get(projects(candidate) + "/" + deleted, owner).status()).isEqualTo(404);
			assertThat(api.get(projects(candidate), owner).json().get("total").asInt()).isEqualTo(1);
			assertThat(kafka.portfolioEventsWithin(candidate, QUIET)).isEmpty();
		}
		finally {
			relay.start();
		}

		Map<String, List<PortfolioEvent>> byProject = kafka
			.awaitPortfolioEvents(candidate, seen -> seen.size() >= 4)
			.stream()
			.collect(Collectors.groupingBy(PortfolioEvent::projectId));
		assertThat(byProject.get(kept)).extracting(PortfolioEvent::version).containsExactly(1L, 2L);
		assertThat(((ProjectUpserted) byProject.get(kept).get(1)).project().title()).isEqualTo("Kept v2");
		assertThat(byProject.get(deleted)).extracting(event -> event.getClass(), PortfolioEvent::version)
			.containsExactly(tuple(ProjectUpserted.class, 1L), tuple(ProjectDeleted.class, 2L));
		Eventually.await(KafkaProbe.TIMEOUT, () -> stored(deleted), document -> document == null);
		Eventually.await(KafkaProbe.TIMEOUT, () -> stored(kept), document -> !document.containsKey(Outbox.PENDING));
		assertThat(pending(kept)).isEmpty();
		assertThat(((Number) stored(kept).get("version")).longValue()).as("the attachment's change is still there")
			.isEqualTo(3);
	}

	@Test
	void writesWhileTheBrokerIsUnreachableSucceedAndTheirEventsArriveInOrderOnceItIsBack() {
		kafka.publish(profile(candidate, ownerId, 1));
		double failedRounds = failedRelayRounds();
		relayConnection.cut();
		String kept;
		String deleted;
		try {
			kept = api.post(projects(candidate), owner, project("Kept")).json().get("id").asString();
			for (int version = 1; version <= 2; version++) {
				assertThat(api.put(projects(candidate) + "/" + kept, owner, "\"" + version + "\"",
						project("Kept v" + (version + 1)))
					.status()).isEqualTo(200);
			}
			deleted = api.post(projects(candidate), owner, project("Deleted")).json().get("id").asString();
			assertThat(api.delete(projects(candidate) + "/" + deleted, owner).status()).isEqualTo(204);

			// more than one round: the events keep waiting through a lasting outage, not just one failed send
			Eventually.await(KafkaProbe.TIMEOUT, this::failedRelayRounds, failed -> failed >= failedRounds + 2);
			assertThat(pending(kept)).extracting(PortfolioEvent::version).containsExactly(1L, 2L, 3L);
			assertThat(pending(deleted)).extracting(event -> event.getClass(), PortfolioEvent::version)
				.containsExactly(tuple(ProjectUpserted.class, 1L), tuple(ProjectDeleted.class, 2L));
		}
		finally {
			relayConnection.restore();
		}

		Map<String, List<PortfolioEvent>> byProject = kafka
			.awaitPortfolioEvents(candidate, seen -> seen.size() >= 5)
			.stream()
			.collect(Collectors.groupingBy(PortfolioEvent::projectId));
		assertThat(byProject.get(kept)).extracting(PortfolioEvent::version).containsExactly(1L, 2L, 3L);
		assertThat(byProject.get(deleted)).extracting(event -> event.getClass(), PortfolioEvent::version)
			.containsExactly(tuple(ProjectUpserted.class, 1L), tuple(ProjectDeleted.class, 2L));
		Eventually.await(KafkaProbe.TIMEOUT, () -> stored(deleted), document -> document == null);
		Eventually.await(KafkaProbe.TIMEOUT, () -> stored(kept), document -> !document.containsKey(Outbox.PENDING));
	}

	@Test
	void aDeletedProfileLeavesTombstonesWithTheirDeletionsPendingUntilTheRelayPublishesThem() {
		kafka.publish(profile(candidate, ownerId, 1));
		relay.stop();
		String first;
		String second;
		try {
			first = api.post(projects(candidate), owner, project("One")).json().get("id").asString();
			second = api.post(projects(candidate), owner, project("Two")).json().get("id").asString();

			kafka.awaitConsumed(kafka.publish(ProfileDeleted.of(candidate, 2)));

			for (String id : List.of(first, second)) {
				assertThat(stored(id)).containsEntry(Outbox.DELETED, true).doesNotContainKey("title");
				assertThat(pending(id)).extracting(event -> event.getClass(), PortfolioEvent::version)
					.containsExactly(tuple(ProjectUpserted.class, 1L), tuple(ProjectDeleted.class, 2L));
			}
		}
		finally {
			relay.start();
		}

		List<PortfolioEvent> events = kafka.awaitPortfolioEvents(candidate, seen -> seen.size() >= 4);
		assertThat(events).filteredOn(ProjectDeleted.class::isInstance)
			.extracting(PortfolioEvent::projectId)
			.containsExactlyInAnyOrder(first, second);
		Eventually.await(KafkaProbe.TIMEOUT, () -> stored(first) == null && stored(second) == null, gone -> gone);
	}

	double failedRelayRounds() {
		return meters.get("outbox.publish.failures").counter().count();
	}

	/** The project's document as stored, or null once it is gone. */
	Document stored(String projectId) {
		return mongo.getCollection("projects").find(new Document("_id", projectId)).first();
	}

	/** The events waiting in the project's outbox, in order. */
	List<PortfolioEvent> pending(String projectId) {
		return stored(projectId).getList(Outbox.OUTBOX, Document.class, List.of())
			.stream()
			.map(entry -> EventJson.readPortfolioEvent(entry.getString("payload").getBytes(StandardCharsets.UTF_8)))
			.toList();
	}

}
