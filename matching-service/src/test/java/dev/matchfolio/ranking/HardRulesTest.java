package dev.matchfolio.ranking;

import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.WorkMode;
import org.junit.jupiter.api.Test;

import static dev.matchfolio.ranking.RecruiterJudgementTest.ids;
import static dev.matchfolio.ranking.RecruiterJudgementTest.inDays;
import static dev.matchfolio.ranking.RecruiterJudgementTest.index;
import static dev.matchfolio.ranking.TestData.TODAY;
import static dev.matchfolio.ranking.TestData.opening;
import static dev.matchfolio.ranking.TestData.person;
import static dev.matchfolio.ranking.TestData.skill;
import static org.assertj.core.api.Assertions.assertThat;

class HardRulesTest {

	private final MatchingEngine engine = new MatchingEngine(EngineSettings.DEFAULTS);

	@Test
	void aCandidateWhoDoesNotAcceptTheEngagementIsLeftOut() {
		OpeningSpec gig = opening(JobKind.FREELANCE, skill("Java")).build();
		Ranking ranking = rank(gig, person("p-employee").skill("Java", 5).accepts(Engagement.FULL_TIME),
				person("p-freelancer").skill("Java", 3).accepts(Engagement.FREELANCE),
				person("p-unstated").skill("Java", 3));

		assertThat(ids(ranking)).containsExactlyInAnyOrder("p-freelancer", "p-unstated");
		assertThat(ranking.total()).isEqualTo(2);
	}

	@Test
	void onSiteOrHybridWorkInAnotherCountryLeavesTheCandidateOut() {
		TestData.Person abroad = person("p-abroad").skill("Java", 5).lives("FR", "Paris", "Europe/Paris")
			.works(WorkMode.REMOTE, WorkMode.ONSITE);
		TestData.Person local = person("p-local").skill("Java", 3).lives("DE", "Hamburg", "Europe/Berlin");
		TestData.Person unknown = person("p-unknown").skill("Java", 3);

		for (WorkMode office : new WorkMode[] { WorkMode.ONSITE, WorkMode.HYBRID }) {
			OpeningSpec job = opening(JobKind.BACKEND_JOB, skill("Java")).at(office, "DE", "Berlin").build();
			assertThat(ids(rank(job, abroad, local, unknown))).containsExactly("p-local", "p-unknown");
		}
		OpeningSpec remote = opening(JobKind.BACKEND_JOB, skill("Java")).at(WorkMode.REMOTE, "DE", "Berlin").build();
		assertThat(ids(rank(remote, abroad, local, unknown))).containsExactly("p-abroad", "p-local", "p-unknown");
	}

	@Test
	void onSiteWorkInACountryWhereNoCandidateLivesLeavesOutEveryoneWhoLivesElsewhere() {
		OpeningSpec zurich = opening(JobKind.BACKEND_JOB, skill("Java")).at(WorkMode.ONSITE, "CH", "Zurich").build();
		Ranking ranking = rank(zurich, person("p-berlin").skill("Java", 5).lives("DE", "Berlin", "Europe/Berlin"),
				person("p-unknown").skill("Java", 3));

		assertThat(ids(ranking)).containsExactly("p-unknown");
		assertThat(ranking.total()).isEqualTo(1);
	}

	@Test
	void aCandidateAvailableOnlyAfterTheStartPlusTheGracePeriodIsLeftOut() {
		OpeningSpec job = opening(JobKind.BACKEND_JOB, skill("Java")).start(inDays(10), 40).build();
		Ranking ranking = rank(job, person("p-now").skill("Java", 3).available(TODAY, 40),
				person("p-within-grace").skill("Java", 3).available(inDays(10 + 30), 40),
				person("p-too-late").skill("Java", 5).available(inDays(10 + 31), 40),
				person("p-unstated").skill("Java", 3));

		assertThat(ids(ranking)).containsExactly("p-now", "p-within-grace", "p-unstated");
		assertThat(ranking.items().get(1).assessment().breakdown().get("availability")).isEqualTo(0.75);
	}

	@Test
	void theGracePeriodIsConfigurable() {
		EngineSettings strict = new EngineSettings(0.8, 0.9, 0.5, 0.9, 730, 0.5, 0, 30, 10, 0.05, 0.6, 1, 0.25, 2, 0.3,
				2.0, 0.5, 0.8, 0.5, 8);
		OpeningSpec job = opening(JobKind.BACKEND_JOB, skill("Java")).start(inDays(10), null).build();

		Ranking ranking = new MatchingEngine(strict).rank(job,
				index(person("p-late").skill("Java", 3).available(inDays(11), null)),
				WeightProfiles.DEFAULTS.backendJob(), TODAY, 0, 10);

		assertThat(ranking.total()).isZero();
	}

	@Test
	void aCandidateWithoutAnyRelevantSkillIsNotRanked() {
		OpeningSpec job = opening(JobKind.BACKEND_JOB, skill("Java")).niceToHave(skill("Docker")).build();
		Ranking ranking = rank(job, person("p-docker").skill("Docker", 5), person("p-java").skill("Java", 1));

		assertThat(ids(ranking)).containsExactly("p-java");
		assertThat(engine.assess(job, index(person("p-docker").skill("Docker", 5)), "p-docker",
				WeightProfiles.DEFAULTS.backendJob(), TODAY)).isEmpty();
	}

	private Ranking rank(OpeningSpec opening, TestData.Person... people) {
		return engine.rank(opening, index(people), WeightProfiles.DEFAULTS.forKind(opening.kind()), TODAY, 0, 20);
	}

}
