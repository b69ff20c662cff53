package dev.matchfolio.ranking;

import java.util.List;

import org.junit.jupiter.api.Test;

import static dev.matchfolio.ranking.RecruiterJudgementTest.ids;
import static dev.matchfolio.ranking.TestData.TAXONOMY;
import static dev.matchfolio.ranking.TestData.TODAY;
import static dev.matchfolio.ranking.TestData.opening;
import static dev.matchfolio.ranking.TestData.person;
import static dev.matchfolio.ranking.TestData.skill;
import static org.assertj.core.api.Assertions.assertThat;

class CandidateIndexTest {

	private final MatchingEngine engine = new MatchingEngine(EngineSettings.DEFAULTS);

	private final OpeningSpec javaJob = opening(JobKind.BACKEND_JOB, skill("Java")).build();

	@Test
	void anUpsertReplacesTheCandidateAndARemoveTakesItOut() {
		CandidateIndex index = CandidateIndex.create(TAXONOMY);
		index.upsert(person("p-1").skill("Java", 3).build());
		index.upsert(person("p-2").skill("Go", 3).build());
		assertThat(ids(rank(index))).containsExactly("p-1");

		index.upsert(person("p-2").skill("Java", 5).build());
		index.upsert(person("p-1").skill("Python", 5).build());
		assertThat(ids(rank(index))).containsExactly("p-2");

		assertThat(index.remove("p-2")).isTrue();
		assertThat(index.remove("p-2")).isFalse();
		assertThat(rank(index).total()).isZero();
		assertThat(index.size()).isEqualTo(1);
		assertThat(index.contains("p-1")).isTrue();
	}

	@Test
	void manyUpdatesReuseOrdinalsAndCompactTheSkillPoolWithoutLosingAnyone() {
		CandidateIndex index = CandidateIndex.create(TAXONOMY);
		for (int round = 0; round < 50; round++) {
			for (int i = 0; i < 200; i++) {
				String level = String.valueOf(1 + (i + round) % 5);
				TestData.Person person = person("p-" + i).skill("Java", Integer.valueOf(level)).skill("Go", 2);
				// every other candidate has more skills than fit inline and lives in the shared pool
				for (int extra = 0; extra < (i % 2 == 0 ? 10 : 1); extra++) {
					person.skill("Skill" + ((i + extra) % 13), 1);
				}
				index.upsert(person.build());
			}
			index.remove("p-" + round);
			index.upsert(person("p-" + round).skill("Java", 5).build());
		}
		Ranking ranking = engine.rank(javaJob, index, WeightProfiles.DEFAULTS.backendJob(), TODAY, 0, 200);

		assertThat(ranking.total()).isEqualTo(200);
		assertThat(index.size()).isEqualTo(200);
		// 5,000 pooled upserts wrote 60,000 slots; compaction kept the pool at its initial size
		assertThat(index.pool.length).isLessThanOrEqualTo(8192 * CandidateIndex.SLOT);
	}

	@Test
	void theBuilderFillsAnIndexThatStaysUpdatable() {
		CandidateIndex index = CandidateIndex.builder(TAXONOMY)
			.addAll(List.of(person("p-1").skill("Java", 3).build(), person("p-2").skill("Java", 4).build()))
			.build();
		index.upsert(person("p-3").skill("Java", 5).build());

		// levels above the minimum earn nothing extra: equal scores, ordered by id
		assertThat(ids(rank(index))).containsExactly("p-1", "p-2", "p-3");
	}

	@Test
	void aSmallPageIsExactlyTheTopOfTheFullRanking() {
		java.util.Random random = new java.util.Random(7);
		String[] skills = { "Java", "Spring Boot", "PostgreSQL", "MySQL", "Kotlin", "SQL", "Docker", "Go" };
		CandidateIndex index = CandidateIndex.create(TAXONOMY);
		for (int i = 0; i < 300; i++) {
			TestData.Person person = person(String.format("p-%03d", i)).years(random.nextInt(15))
				.rate(40 + random.nextInt(100), "EUR");
			for (int k = 0; k < 3; k++) {
				person.skill(skills[random.nextInt(skills.length)], 1 + random.nextInt(5));
			}
			index.upsert(person.build());
		}
		OpeningSpec gig = opening(JobKind.FREELANCE, skill("Java", 3, 2.0), skill("PostgreSQL")).rateMax(90, "EUR")
			.build();
		WeightProfile weights = WeightProfiles.DEFAULTS.freelance();

		Ranking full = engine.rank(gig, index, weights, TODAY, 0, 300);
		Ranking page = engine.rank(gig, index, weights, TODAY, 5, 5);

		assertThat(page.total()).isEqualTo(full.total());
		assertThat(page.items()).isEqualTo(full.items().subList(5, 10));
	}

	private Ranking rank(CandidateIndex index) {
		return engine.rank(javaJob, index, WeightProfiles.DEFAULTS.backendJob(), TODAY, 0, 20);
	}

}
