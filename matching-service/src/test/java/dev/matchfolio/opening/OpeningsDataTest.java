package dev.matchfolio.opening;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

import dev.matchfolio.events.WorkMode;
import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.security.Role;
import dev.matchfolio.support.store.StoreAutoConfiguration;
import dev.matchfolio.support.web.ApiException;
import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.Mockito.when;

@DataMongoTest
@Import(Openings.class)
@ImportAutoConfiguration(StoreAutoConfiguration.class)
class OpeningsDataTest {

	private static final Caller RECRUITER = new Caller("acme", Set.of(Role.RECRUITER));

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		EmbeddedInfrastructure.register(registry, "matching-openings-test");
	}

	@Autowired
	Openings openings;

	@Autowired
	OpeningRepository repository;

	@MockitoBean
	Clock clock;

	private final AtomicLong seconds = new AtomicLong();

	@BeforeEach
	void emptyStoreAndTickingClock() {
		repository.deleteAll();
		when(clock.instant()).thenAnswer(call -> Instant.parse("2026-11-01T00:00:00Z").plusSeconds(seconds.get()));
	}

	@Test
	void theFirstStoredVersionIsOneAndEveryUpdateAddsOne() {
		Opening created = create(OpeningKind.BACKEND_JOB, OpeningStatus.OPEN, "Java");
		assertThat(created.getVersion()).isEqualTo(1);

		Opening updated = openings.update(created.getId(), request(OpeningKind.FREELANCE, OpeningStatus.CLOSED, "Go"),
				IfMatch.of("\"1\""), RECRUITER);

		assertThat(updated.getVersion()).isEqualTo(2);
		Opening stored = openings.get(created.getId());
		assertThat(stored.getVersion()).isEqualTo(2);
		assertThat(stored.getKind()).isEqualTo(OpeningKind.FREELANCE);
		assertThat(stored.getRequiredSkillKeys()).containsExactly("go");
		assertThat(stored.getCreatedAt()).isEqualTo(created.getCreatedAt());
	}

	@Test
	void everyFieldSurvivesTheRoundTripIncludingMoney() {
		Opening created = create(OpeningKind.BACKEND_JOB, OpeningStatus.OPEN, "Java");

		Opening stored = openings.get(created.getId());

		assertThat(OpeningResponse.of(stored)).isEqualTo(OpeningResponse.of(created));
		assertThat(stored.getAnnualSalaryMax().amount()).isEqualByComparingTo("80000.50");
		assertThat(stored.getStartDate()).isEqualTo(LocalDate.parse("2027-01-15"));
	}

	@Test
	void aStaleWriteLosesTheRaceInsteadOfOverwriting() {
		Opening created = create(OpeningKind.BACKEND_JOB, OpeningStatus.OPEN, "Java");
		Opening first = openings.get(created.getId());
		Opening second = openings.get(created.getId());
		repository.save(first);

		assertThatExceptionOfType(OptimisticLockingFailureException.class).isThrownBy(() -> repository.save(second));
		assertThat(openings.get(created.getId()).getVersion()).isEqualTo(2);
	}

	@Test
	void listsAreNewestFirstFilteredAndPaged() {
		Opening oldest = create(OpeningKind.BACKEND_JOB, OpeningStatus.OPEN, "Java");
		Opening middle = create(OpeningKind.INTERNSHIP, OpeningStatus.OPEN, "Java");
		Opening newest = create(OpeningKind.BACKEND_JOB, OpeningStatus.CLOSED, "Java");

		assertThat(openings.list(null, null, 0, 20).getContent()).extracting(Opening::getId)
			.containsExactly(newest.getId(), middle.getId(), oldest.getId());
		assertThat(openings.list(OpeningKind.BACKEND_JOB, null, 0, 20).getContent()).extracting(Opening::getId)
			.containsExactly(newest.getId(), oldest.getId());
		assertThat(openings.list(OpeningKind.BACKEND_JOB, OpeningStatus.OPEN, 0, 20).getContent())
			.extracting(Opening::getId)
			.containsExactly(oldest.getId());

		Page<Opening> second = openings.list(null, null, 1, 2);
		assertThat(second.getTotalElements()).isEqualTo(3);
		assertThat(second.getContent()).extracting(Opening::getId).containsExactly(oldest.getId());
	}

	@Test
	void openingsCreatedInTheSameInstantKeepAStableOrder() {
		seconds.set(100);
		List<String> ids = List.of(create(OpeningKind.FREELANCE, OpeningStatus.OPEN, "Go").getId(),
				createWithoutTick(), createWithoutTick());

		List<String> listed = openings.list(null, null, 0, 20).getContent().stream().map(Opening::getId).toList();

		assertThat(listed).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(openings.list(null, null, 0, 20).getContent()).extracting(Opening::getId).isEqualTo(listed);
		assertThat(listed).isSortedAccordingTo(java.util.Comparator.reverseOrder());
	}

	@Test
	void openOpeningsAreFoundByAnyOfTheirRequiredSkillKeys() {
		Opening java = create(OpeningKind.BACKEND_JOB, OpeningStatus.OPEN, "Java", "Kafka");
		create(OpeningKind.BACKEND_JOB, OpeningStatus.CLOSED, "Java");
		Opening go = create(OpeningKind.FREELANCE, OpeningStatus.OPEN, " GO ");

		assertThat(openings.openRequiringAnyOf(List.of("kafka", "go"))).extracting(Opening::getId)
			.containsExactlyInAnyOrder(java.getId(), go.getId());
		assertThat(openings.openRequiringAnyOf(List.of("cobol"))).isEmpty();
	}

	@Test
	void deleteRemovesAndUnknownIdsAreNotFound() {
		Opening created = create(OpeningKind.BACKEND_JOB, OpeningStatus.OPEN, "Java");

		openings.delete(created.getId(), IfMatch.of(null), RECRUITER);

		assertThatExceptionOfType(ApiException.class).isThrownBy(() -> openings.get(created.getId()))
			.satisfies(ex -> assertThat(ex.getStatusCode().value()).isEqualTo(404));
	}

	private Opening create(OpeningKind kind, OpeningStatus status, String... skills) {
		seconds.incrementAndGet();
		return openings.create(request(kind, status, skills), RECRUITER);
	}

	private String createWithoutTick() {
		return openings.create(request(OpeningKind.FREELANCE, OpeningStatus.OPEN, "Go"), RECRUITER).getId();
	}

	private static OpeningRequest request(OpeningKind kind, OpeningStatus status, String... skills) {
		List<OpeningRequest.Skill> required = java.util.Arrays.stream(skills)
			.map(name -> new OpeningRequest.Skill(name, 2, 1.5))
			.toList();
		return new OpeningRequest(kind, "Title", "Acme", "Description", required,
				List.of(new OpeningRequest.Skill("Docker", null, null)), 2, 8, WorkMode.REMOTE,
				new Location("Berlin", "DE"), null, new Money(new BigDecimal("80000.50"), "EUR"),
				LocalDate.parse("2027-01-15"), 40, null, status);
	}

}
