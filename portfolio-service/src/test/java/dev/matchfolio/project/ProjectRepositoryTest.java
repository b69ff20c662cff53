package dev.matchfolio.project;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
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

	final String candidate = "p-" + UUID.randomUUID();

	@Test
	void theFirstStoredVersionIs1AndEverySaveAddsOne() {
		Project project = projects.save(project("Ledger", Instant.now()));
		assertThat(project.version()).isEqualTo(1);

		project.apply(request("Ledger v2"), Instant.now());
		assertThat(projects.save(project).version()).isEqualTo(2);
		assertThat(projects.findById(project.id())).get().extracting(Project::version, Project::title)
			.containsExactly(2L, "Ledger v2");
	}

	@Test
	void aStaleWriteFailsAndLeavesTheStoredProjectAlone() {
		Project project = projects.save(project("Ledger", Instant.now()));
		Project stale = projects.findById(project.id()).orElseThrow();
		project.apply(request("First writer"), Instant.now());
		projects.save(project);

		stale.apply(request("Second writer"), Instant.now());
		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> projects.save(stale));
		assertThat(projects.findById(project.id()).orElseThrow().title()).isEqualTo("First writer");
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

		Page<Project> first = projects.findByCandidateId(candidate, PageRequest.of(0, 2, newestFirst));
		Page<Project> second = projects.findByCandidateId(candidate, PageRequest.of(1, 2, newestFirst));

		assertThat(first.getTotalElements()).isEqualTo(4);
		assertThat(first.getContent().get(0).id()).isEqualTo(newest);
		List<String> tied = Stream.concat(first.getContent().stream().skip(1), second.stream())
			.map(Project::id)
			.toList();
		assertThat(tied).isEqualTo(saved.stream().sorted(Comparator.reverseOrder()).toList());
		assertThat(projects.countByCandidateId(candidate)).isEqualTo(4);
		assertThat(projects.findByCandidateId("p-someone-else", PageRequest.of(0, 2)).getContent()).isEmpty();
	}

	private Project project(String title, Instant createdAt) {
		return Project.create(candidate, request(title), createdAt);
	}

	private static ProjectRequest request(String title) {
		return new ProjectRequest(title, "Double-entry ledger", "Lead", List.of("Java", "Kafka"),
				"https://example.org/ledger", null, LocalDate.parse("2025-01-01"), LocalDate.parse("2025-06-30"));
	}

}
