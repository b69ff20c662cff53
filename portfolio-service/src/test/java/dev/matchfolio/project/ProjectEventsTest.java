package dev.matchfolio.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.PortfolioEvent;
import dev.matchfolio.events.ProjectDeleted;
import dev.matchfolio.events.ProjectSnapshot;
import dev.matchfolio.events.ProjectUpserted;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.ReflectionTestUtils;

import static org.assertj.core.api.Assertions.assertThat;

class ProjectEventsTest {

	private final Project project = stored(3);

	@Test
	void snapshotCarriesEveryApiField() {
		assertThat(ProjectEvents.snapshot(project)).isEqualTo(new ProjectSnapshot(project.id(), "p-1", "Ledger",
				"Double-entry ledger", "Lead", List.of("Java", "Kafka"), "https://example.org/ledger", null,
				LocalDate.parse("2025-01-01"), LocalDate.parse("2025-06-30")));
	}

	@Test
	void upsertedCarriesTheProjectVersionAndIsKeyedByCandidate() {
		ProjectUpserted event = ProjectEvents.upserted(project);

		assertThat(event.version()).isEqualTo(3);
		assertThat(event.candidateId()).isEqualTo("p-1");
		assertThat(event.projectId()).isEqualTo(project.id());
		assertThat(event.project()).isEqualTo(ProjectEvents.snapshot(project));
	}

	@Test
	void deletedIsTheNextVersionSoItOrdersAfterTheLastUpsert() {
		ProjectDeleted event = ProjectEvents.deleted(project);

		assertThat(event.version()).isEqualTo(4);
		assertThat(event.candidateId()).isEqualTo("p-1");
		assertThat(event.projectId()).isEqualTo(project.id());
	}

	@Test
	void eventsSurviveTheWireFormat() {
		PortfolioEvent event = ProjectEvents.upserted(project);

		assertThat(EventJson.readPortfolioEvent(EventJson.write(event))).isEqualTo(event);
	}

	@Test
	void newProjectsGetPrefixedRandomIds() {
		Project other = stored(1);

		assertThat(project.id()).startsWith("pr-").isNotEqualTo(other.id());
	}

	static Project stored(long version) {
		ProjectRequest request = new ProjectRequest("Ledger", "Double-entry ledger", "Lead", List.of("Java", "Kafka"),
				"https://example.org/ledger", null, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-06-30"));
		Project project = Project.create("p-1", request, Instant.parse("2026-01-01T00:00:00Z"));
		ReflectionTestUtils.setField(project, "version", version);
		return project;
	}

}
