package dev.matchfolio.candidate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import dev.matchfolio.events.ProfileDeleted;
import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.events.ProfileUpserted;
import dev.matchfolio.events.ProjectDeleted;
import dev.matchfolio.events.ProjectSnapshot;
import dev.matchfolio.events.ProjectUpserted;
import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@DataMongoTest
@Import(CandidateReadModel.class)
class CandidateReadModelTest {

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		EmbeddedInfrastructure.register(registry, "matching-read-model-test");
	}

	@Autowired
	CandidateReadModel readModel;

	@Test
	void newerProfileEventsApplyWhileOlderAndDuplicateOnesChangeNothing() {
		String id = newId();
		assertThat(readModel.apply(ProfileUpserted.of(profile(id, "Alice v2", "Java"), 2))).isTrue();

		assertThat(readModel.apply(ProfileUpserted.of(profile(id, "Alice v1", "Cobol"), 1))).isFalse();
		assertThat(readModel.apply(ProfileUpserted.of(profile(id, "Alice v2 again", "Go"), 2))).isFalse();

		CandidateState state = readModel.find(id).orElseThrow();
		assertThat(state.profileVersion()).isEqualTo(2);
		assertThat(state.profile().displayName()).isEqualTo("Alice v2");
		assertThat(readModel.withAnySkill(List.of("java"))).extracting(CandidateState::id).contains(id);
		assertThat(readModel.withAnySkill(List.of("cobol", "go"))).extracting(CandidateState::id).doesNotContain(id);

		assertThat(readModel.apply(ProfileUpserted.of(profile(id, "Alice v3", "Go"), 3))).isTrue();
		assertThat(readModel.find(id).orElseThrow().profile().displayName()).isEqualTo("Alice v3");
		assertThat(readModel.withAnySkill(List.of("java"))).extracting(CandidateState::id).doesNotContain(id);
	}

	@Test
	void deletionLeavesATombstoneThatOlderEventsCannotResurrect() {
		String id = newId();
		readModel.apply(ProfileUpserted.of(profile(id, "Bob", "Java"), 1));
		readModel.apply(ProjectUpserted.of(project(id, "pr-1", "Java"), 1));

		assertThat(readModel.apply(ProfileDeleted.of(id, 2))).isTrue();
		assertThat(readModel.apply(ProfileUpserted.of(profile(id, "Bob replayed", "Java"), 1))).isFalse();
		assertThat(readModel.apply(ProfileDeleted.of(id, 2))).isFalse();
		assertThat(readModel.apply(ProjectUpserted.of(project(id, "pr-2", "Java"), 1))).isFalse();

		CandidateState tombstone = readModel.find(id).orElseThrow();
		assertThat(tombstone.deleted()).isTrue();
		assertThat(tombstone.hasProfile()).isFalse();
		assertThat(tombstone.profileVersion()).isEqualTo(2);
		assertThat(tombstone.projects()).isEmpty();
		assertThat(readModel.withAnySkill(List.of("java"))).extracting(CandidateState::id).doesNotContain(id);

		assertThat(readModel.apply(ProfileUpserted.of(profile(id, "Bob is back", "Java"), 3))).isTrue();
		assertThat(readModel.withAnySkill(List.of("java"))).extracting(CandidateState::id).contains(id);
	}

	@Test
	void aDeletionOfAnUnknownCandidateStillBlocksItsOlderEvents() {
		String id = newId();
		assertThat(readModel.apply(ProfileDeleted.of(id, 5))).isTrue();
		assertThat(readModel.apply(ProfileUpserted.of(profile(id, "Late", "Java"), 4))).isFalse();
		assertThat(readModel.find(id).orElseThrow().hasProfile()).isFalse();
	}

	@Test
	void projectsOfACandidateWhoseProfileHasNotArrivedAreKept() {
		String id = newId();
		assertThat(readModel.apply(ProjectUpserted.of(project(id, "pr-1", "Java"), 1))).isTrue();

		CandidateState early = readModel.find(id).orElseThrow();
		assertThat(early.hasProfile()).isFalse();
		assertThat(early.profileVersion()).isEqualTo(CandidateReadModel.NO_PROFILE_YET);
		assertThat(readModel.withAnySkill(List.of("java"))).extracting(CandidateState::id).doesNotContain(id);

		assertThat(readModel.apply(ProfileUpserted.of(profile(id, "Carol", "Java"), 1))).isTrue();
		CandidateState complete = readModel.withAnySkill(List.of("java"))
			.stream()
			.filter(state -> state.id().equals(id))
			.findFirst()
			.orElseThrow();
		assertThat(complete.projects()).extracting(CandidateState.Project::projectId).containsExactly("pr-1");
		assertThat(complete.projects().get(0).snapshot().skills()).containsExactly("Java");
	}

	@Test
	void projectVersionsAreGuardedPerProjectAndDeletionsAreTombstones() {
		String id = newId();
		readModel.apply(ProfileUpserted.of(profile(id, "Dan", "Java"), 1));
		assertThat(readModel.apply(ProjectUpserted.of(project(id, "pr-1", "Java"), 2))).isTrue();
		assertThat(readModel.apply(ProjectUpserted.of(project(id, "pr-1", "Cobol"), 1))).isFalse();
		assertThat(readModel.apply(ProjectUpserted.of(project(id, "pr-1", "Go"), 2))).isFalse();
		assertThat(readModel.apply(ProjectUpserted.of(project(id, "pr-2", "Kafka"), 1))).isTrue();

		assertThat(readModel.apply(ProjectDeleted.of(id, "pr-1", 3))).isTrue();
		assertThat(readModel.apply(ProjectUpserted.of(project(id, "pr-1", "Java"), 2))).isFalse();

		CandidateState state = readModel.find(id).orElseThrow();
		assertThat(state.projects()).extracting(CandidateState.Project::projectId).containsExactly("pr-2");
		assertThat(state.profileVersion()).isEqualTo(1);
	}

	@Test
	void projectIdsThatAreNotPlainTokensAreStoredSafely() {
		String id = newId();
		readModel.apply(ProfileUpserted.of(profile(id, "Eve", "Java"), 1));
		assertThat(readModel.apply(ProjectUpserted.of(project(id, "odd.id$with dots", "Java"), 1))).isTrue();
		assertThat(readModel.apply(ProjectUpserted.of(project(id, "odd.id$with dots", "Java"), 1))).isFalse();

		assertThat(readModel.find(id).orElseThrow().projects()).extracting(CandidateState.Project::projectId)
			.containsExactly("odd.id$with dots");
	}

	@Test
	void concurrentFirstEventsForOneCandidateEndWithTheNewest() throws Exception {
		String id = newId();
		List<Callable<Boolean>> writes = new ArrayList<>();
		for (int version = 1; version <= 8; version++) {
			long v = version;
			writes.add(() -> readModel.apply(ProfileUpserted.of(profile(id, "v" + v, "Java"), v)));
			writes.add(() -> readModel.apply(ProjectUpserted.of(project(id, "pr-" + v, "Java"), 1)));
		}
		Collections.shuffle(writes);
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			for (var result : pool.invokeAll(writes)) {
				result.get();
			}
		}
		finally {
			pool.shutdown();
			pool.awaitTermination(10, TimeUnit.SECONDS);
		}

		CandidateState state = readModel.find(id).orElseThrow();
		assertThat(state.profileVersion()).isEqualTo(8);
		assertThat(state.profile().displayName()).isEqualTo("v8");
		assertThat(state.projects()).hasSize(8);
	}

	private static String newId() {
		return "p-" + UUID.randomUUID();
	}

	static ProfileSnapshot profile(String id, String displayName, String... skills) {
		return new ProfileSnapshot(id, "owner-" + id, displayName, null, null, null, List.of(), List.of(), 3,
				java.util.Arrays.stream(skills).map(name -> new ProfileSnapshot.Skill(name, 3, null)).toList(), null,
				null, null, null, List.of());
	}

	static ProjectSnapshot project(String candidateId, String projectId, String... skills) {
		return new ProjectSnapshot(projectId, candidateId, "Project " + projectId, "Summary", null, List.of(skills),
				null, null, null, null);
	}

}
