package dev.matchfolio.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.mongodb.client.model.Updates;
import dev.matchfolio.support.outbox.Outbox;
import dev.matchfolio.support.outbox.OutboxEntry;
import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import org.bson.Document;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

@DataMongoTest
class ProjectRepositoryTest {

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedInfrastructure.mongoUri("portfolios-projects-test"));
	}

	@Autowired
	ProjectRepository projects;

	@Autowired
	MongoOperations mongo;

	final String candidate = "p-" + UUID.randomUUID();

	@Test
	void theFirstStoredVersionIs1AndEveryUpdateAddsOneAndAppendsItsEvent() {
		Project project = inserted("Ledger");
		assertThat(project.version()).isEqualTo(1);

		project.apply(request("Ledger v2"), Instant.now());
		OutboxEntry second = upserted(project, 2);
		assertThat(projects.update(project, second).version()).isEqualTo(2);

		Project read = projects.findById(project.id()).orElseThrow();
		assertThat(read).extracting(Project::version, Project::title).containsExactly(2L, "Ledger v2");
		assertThat(read.outbox()).extracting(OutboxEntry::eventId)
			.containsExactly(project.outbox().get(0).eventId(), second.eventId());
		assertThat(pendingFlag(project)).isTrue();
	}

	@Test
	void aStaleWriteFailsAndLeavesTheStoredProjectAndItsOutboxAlone() {
		Project project = inserted("Ledger");
		Project stale = projects.findById(project.id()).orElseThrow();
		project.apply(request("First writer"), Instant.now());
		projects.update(project, upserted(project, 2));

		stale.apply(request("Second writer"), Instant.now());
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> projects.update(stale, upserted(stale, 2)));
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.isThrownBy(() -> projects.tombstone(stale, deleted(stale)));
		Project read = projects.findById(project.id()).orElseThrow();
		assertThat(read.title()).isEqualTo("First writer");
		assertThat(read.isDeleted()).isFalse();
		assertThat(read.outbox()).hasSize(2);
	}

	@Test
	void anUpdateAppendsAndNeverPutsBackEntriesTheRelayRemovedMeanwhile() {
		Project project = inserted("Ledger");
		// what the relay does once the broker acknowledged the creation's event
		mongo.getCollection("projects")
			.updateOne(new Document("_id", project.id()), Updates.pull(Outbox.OUTBOX,
					new Document("eventId", project.outbox().get(0).eventId())));

		project.apply(request("Ledger v2"), Instant.now());
		OutboxEntry second = upserted(project, 2);
		projects.update(project, second);

		assertThat(projects.findById(project.id()).orElseThrow().outbox()).extracting(OutboxEntry::eventId)
			.containsExactly(second.eventId());
	}

	@Test
	void aTombstoneKeepsOnlyItsIdentityAndPendingEventsAndQueriesSkipIt() {
		Project kept = inserted("Kept");
		Project gone = inserted("Gone");
		OutboxEntry deletion = deleted(gone);

		projects.tombstone(gone, deletion);

		Document stored = mongo.getCollection("projects").find(new Document("_id", gone.id())).first();
		assertThat(stored).containsEntry(Outbox.DELETED, true)
			.containsEntry(Outbox.PENDING, true)
			.containsEntry("candidateId", candidate)
			.doesNotContainKeys("title", "summary", "role", "skills", "repositoryUrl", "startedOn", "completedOn",
					"attachments", "updatedAt");
		assertThat(((Number) stored.get("version")).longValue()).isEqualTo(2);
		assertThat(projects.findById(gone.id()).orElseThrow().outbox()).extracting(OutboxEntry::eventId)
			.containsExactly(gone.outbox().get(0).eventId(), deletion.eventId());
		assertThat(projects.countByCandidateIdAndDeletedIsNull(candidate)).isEqualTo(1);
		assertThat(projects.findByCandidateIdAndDeletedIsNull(candidate)).extracting(Project::id)
			.containsExactly(kept.id());
		assertThat(projects.findByCandidateIdAndDeletedIsNull(candidate, PageRequest.of(0, 10)).getTotalElements())
			.isEqualTo(1);
		assertThatExceptionOfType(OptimisticLockingFailureException.class)
			.as("a tombstone takes no further change")
			.isThrownBy(() -> projects.tombstone(projects.findById(gone.id()).orElseThrow(), deletion));
	}

	@Test
	void allFieldsSurviveTheStore() {
		Project project = projects.save(project("Ledger", Instant.now()));

		Project read = projects.findById(project.id()).orElseThrow();
		assertThat(ProjectResponse.of(read)).isEqualTo(ProjectResponse.of(project));
		assertThat(read.startedOn()).isEqualTo(LocalDate.parse("2025-01-01"));
		assertThat(read.skills()).containsExactly("Java", "Kafka");
	}

	@Test
	void pagesAreNewestFirstAndStableWhenCreatedInTheSameInstant() {
		Instant sameInstant = Instant.parse("2026-01-01T00:00:00Z");
		List<String> saved = List.of(projects.save(project("A", sameInstant)).id(),
				projects.save(project("B", sameInstant)).id(), projects.save(project("C", sameInstant)).id());
		String newest = projects.save(project("D", sameInstant.plusSeconds(1))).id();
		Sort newestFirst = Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"));

		Page<Project> first = projects.findByCandidateIdAndDeletedIsNull(candidate, PageRequest.of(0, 2, newestFirst));
		Page<Project> second = projects.findByCandidateIdAndDeletedIsNull(candidate,
				PageRequest.of(1, 2, newestFirst));

		assertThat(first.getTotalElements()).isEqualTo(4);
		assertThat(first.getContent().get(0).id()).isEqualTo(newest);
		List<String> tied = Stream.concat(first.getContent().stream().skip(1), second.stream())
			.map(Project::id)
			.toList();
		assertThat(tied).isEqualTo(saved.stream().sorted(Comparator.reverseOrder()).toList());
		assertThat(projects.countByCandidateIdAndDeletedIsNull(candidate)).isEqualTo(4);
		assertThat(projects.findByCandidateIdAndDeletedIsNull("p-someone-else", PageRequest.of(0, 2)).getContent())
			.isEmpty();
	}

	private Project inserted(String title) {
		Project project = project(title, Instant.now());
		project.recordForInsert(ProjectEvents.outboxEntry(ProjectEvents.upserted(project, 1)));
		return projects.insert(project);
	}

	private Boolean pendingFlag(Project project) {
		return mongo.getCollection("projects")
			.find(new Document("_id", project.id()))
			.first()
			.getBoolean(Outbox.PENDING);
	}

	private static OutboxEntry upserted(Project project, long version) {
		return ProjectEvents.outboxEntry(ProjectEvents.upserted(project, version));
	}

	private static OutboxEntry deleted(Project project) {
		return ProjectEvents.outboxEntry(ProjectEvents.deleted(project));
	}

	private Project project(String title, Instant createdAt) {
		return Project.create(candidate, request(title), createdAt);
	}

	private static ProjectRequest request(String title) {
		return new ProjectRequest(title, "Double-entry ledger", "Lead", List.of("Java", "Kafka"),
				"https://example.org/ledger", null, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-06-30"));
	}

}
