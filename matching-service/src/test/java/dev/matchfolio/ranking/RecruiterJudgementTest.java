package dev.matchfolio.ranking;

import java.time.LocalDate;
import java.util.List;

import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.WorkMode;
import org.junit.jupiter.api.Test;

import static dev.matchfolio.ranking.TestData.TAXONOMY;
import static dev.matchfolio.ranking.TestData.TODAY;
import static dev.matchfolio.ranking.TestData.opening;
import static dev.matchfolio.ranking.TestData.person;
import static dev.matchfolio.ranking.TestData.skill;
import static org.assertj.core.api.Assertions.assertThat;

/** Orders a careful recruiter would agree with. */
class RecruiterJudgementTest {

	private final MatchingEngine engine = new MatchingEngine(EngineSettings.DEFAULTS);

	@Test
	void anAliasMatchBeatsNoMatchAndCountsAsTheSameSkill() {
		OpeningSpec job = opening(JobKind.BACKEND_JOB, skill("PostgreSQL"), skill("Java")).build();
		Ranking ranking = rank(job, person("p-alias").skill("Postgres", 3).skill("Java", 3),
				person("p-none").skill("Java", 3));

		assertThat(ids(ranking)).containsExactly("p-alias", "p-none");
		Assessment alias = ranking.items().get(0).assessment();
		assertThat(alias.matchedSkills().get(0))
			.isEqualTo(new SkillMatch("PostgreSQL", "Postgres", SkillMatch.ALIAS, List.of()));
		assertThat(alias.breakdown().get("requiredSkills")).isEqualTo(1.0);
		assertThat(ranking.items().get(1).assessment().missingSkills()).containsExactly("PostgreSQL");
	}

	@Test
	void portfolioEvidenceBeatsABareClaim() {
		OpeningSpec job = opening(JobKind.BACKEND_JOB, skill("Java"), skill("Kafka")).build();
		Ranking ranking = rank(job, person("p-a-claims").skill("Java", 4).skill("Kafka", 4),
				person("p-b-shows").skill("Java", 4).skill("Kafka", 4).project("pr-1", TODAY.minusMonths(2), "Kafka"));

		assertThat(ids(ranking)).containsExactly("p-b-shows", "p-a-claims");
		Assessment shows = ranking.items().get(0).assessment();
		assertThat(shows.matchedSkills().get(1).evidence()).containsExactly("pr-1");
		assertThat(shows.explanation()).contains("Apache Kafka shown in 1 portfolio project");
	}

	@Test
	void aRecentProjectCountsMoreThanAnOldOne() {
		OpeningSpec job = opening(JobKind.BACKEND_JOB, skill("Java")).build();
		Ranking ranking = rank(job, person("p-a-old").skill("Java", 4).project("pr-old", TODAY.minusYears(8), "Java"),
				person("p-b-recent").skill("Java", 4).project("pr-new", TODAY.minusMonths(1), "Java"));

		assertThat(ids(ranking)).containsExactly("p-b-recent", "p-a-old");
	}

	@Test
	void anInternBeatsAnOverQualifiedSeniorForAnInternship() {
		OpeningSpec internship = opening(JobKind.INTERNSHIP, skill("Java"), skill("SQL")).build();
		Ranking ranking = rank(internship,
				person("p-a-senior").skill("Java", 5).skill("SQL", 5).years(15).accepts(Engagement.INTERNSHIP,
						Engagement.FULL_TIME),
				person("p-b-student").skill("Java", 3).skill("SQL", 2).years(0).graduates(TODAY.getYear() + 1)
					.project("pr-thesis", TODAY.minusMonths(3), "Java", "SQL")
					.accepts(Engagement.INTERNSHIP));

		assertThat(ids(ranking)).containsExactly("p-b-student", "p-a-senior");
		assertThat(ranking.items().get(1).assessment().breakdown().get("experience")).isEqualTo(0.0);
	}

	@Test
	void aFreelancerOverBudgetDropsBelowOneWithinBudget() {
		OpeningSpec gig = opening(JobKind.FREELANCE, skill("Go")).rateMax(90, "EUR").build();
		Ranking ranking = rank(gig, person("p-a-expensive").skill("Go", 5).years(8).rate(140, "EUR"),
				person("p-b-within").skill("Go", 4).years(6).rate(85, "EUR"));

		assertThat(ids(ranking)).containsExactly("p-b-within", "p-a-expensive");
		assertThat(ranking.items().get(1).assessment().breakdown().get("compensation")).isLessThan(0.1);
		assertThat(ranking.items().get(1).assessment().explanation()).contains("weak on compensation");
	}

	@Test
	void broaderAndRelatedSkillsGivePartialCreditBelowExact() {
		OpeningSpec job = opening(JobKind.BACKEND_JOB, skill("SQL")).build();
		OpeningSpec postgresJob = opening(JobKind.BACKEND_JOB, skill("PostgreSQL")).build();
		Ranking sql = rank(job, person("p-exact").skill("SQL", 3), person("p-narrower").skill("PostgreSQL", 3));
		Ranking postgres = rank(postgresJob, person("p-exact").skill("PostgreSQL", 3),
				person("p-related").skill("MySQL", 3));

		assertThat(ids(sql)).containsExactly("p-exact", "p-narrower");
		SkillMatch broader = sql.items().get(1).assessment().matchedSkills().get(0);
		assertThat(broader.via()).isEqualTo(SkillMatch.BROADER);
		assertThat(broader.matchedBy()).isEqualTo("PostgreSQL");
		assertThat(sql.items().get(1).assessment().breakdown().get("requiredSkills")).isEqualTo(0.8);
		assertThat(ids(postgres)).containsExactly("p-exact", "p-related");
		assertThat(postgres.items().get(1).assessment().matchedSkills().get(0).via()).isEqualTo(SkillMatch.RELATED);
		assertThat(postgres.items().get(1).assessment().breakdown().get("requiredSkills")).isEqualTo(0.54);
	}

	@Test
	void aCandidateWhoOnlyHasTheBroaderSkillEarnsNothingForTheSpecificOne() {
		OpeningSpec job = opening(JobKind.BACKEND_JOB, skill("Spring Boot")).build();
		Ranking ranking = rank(job, person("p-java").skill("Java", 5), person("p-spring").skill("SpringBoot", 2));

		assertThat(ids(ranking)).containsExactly("p-spring");
		// "SpringBoot" and "Spring Boot" differ only in spacing: the same name, not an alias
		assertThat(ranking.items().get(0).assessment().matchedSkills().get(0).via()).isEqualTo(SkillMatch.EXACT);
	}

	@Test
	void theRightCountryAndCityBeatAnotherCityForAnOnSiteJob() {
		OpeningSpec job = opening(JobKind.BACKEND_JOB, skill("Java")).at(WorkMode.ONSITE, "DE", "Berlin").build();
		Ranking ranking = rank(job, person("p-a-munich").skill("Java", 3).lives("DE", "Munich", "Europe/Berlin"),
				person("p-b-berlin").skill("Java", 3).lives("DE", "Berlin", "Europe/Berlin"),
				person("p-c-paris").skill("Java", 5).lives("FR", "Paris", "Europe/Paris"));

		assertThat(ids(ranking)).containsExactly("p-b-berlin", "p-a-munich");
	}

	@Test
	void aRemoteFreelancerInACloseTimeZoneBeatsOneFarAway() {
		OpeningSpec gig = opening(JobKind.FREELANCE, skill("Python")).at(WorkMode.REMOTE, "DE", null).build();
		Ranking ranking = rank(gig, person("p-a-sydney").skill("Python", 4).lives("AU", "Sydney", "Australia/Sydney"),
				person("p-b-lisbon").skill("Python", 4).lives("PT", "Lisbon", "Europe/Lisbon"));

		assertThat(ids(ranking)).containsExactly("p-b-lisbon", "p-a-sydney");
		assertThat(ranking.items().get(1).assessment().breakdown().get("location")).isLessThan(0.2);
	}

	@Test
	void equalCandidatesAreOrderedByIdAndTheOrderIsStable() {
		OpeningSpec job = opening(JobKind.BACKEND_JOB, skill("Java")).build();
		TestData.Person[] same = { person("p-c").skill("Java", 3), person("p-a").skill("java", 3),
				person("p-b").skill("JAVA", 3) };

		assertThat(ids(rank(job, same))).containsExactly("p-a", "p-b", "p-c");
		assertThat(rank(job, same)).isEqualTo(rank(job, same));
	}

	@Test
	void pagesKeepRanksCountedFromTheTop() {
		OpeningSpec job = opening(JobKind.BACKEND_JOB, skill("Java")).build();
		Ranking page = engine.rank(job, index(person("p-1").skill("Java", 5), person("p-2").skill("Java", 4),
				person("p-3").skill("Java", 3)), WeightProfiles.DEFAULTS.backendJob(), TODAY, 1, 1);

		assertThat(page.total()).isEqualTo(3);
		assertThat(page.items()).singleElement().satisfies(ranked -> {
			assertThat(ranked.rank()).isEqualTo(2);
			assertThat(ranked.assessment().candidateId()).isEqualTo("p-2");
		});
	}

	@Test
	void unknownSkillsMatchByNormalisedText() {
		OpeningSpec job = opening(JobKind.BACKEND_JOB, skill("Vert.x")).build();
		Ranking ranking = rank(job, person("p-1").skill("vertx", 3), person("p-2").skill("Vert X", 3),
				person("p-3").skill("Vertica", 3));

		assertThat(ids(ranking)).containsExactly("p-1", "p-2");
		assertThat(ranking.items().get(0).assessment().matchedSkills().get(0).via()).isEqualTo(SkillMatch.EXACT);
	}

	private Ranking rank(OpeningSpec opening, TestData.Person... people) {
		return engine.rank(opening, index(people), WeightProfiles.DEFAULTS.forKind(opening.kind()), TODAY, 0, 20);
	}

	static CandidateIndex index(TestData.Person... people) {
		CandidateIndex.Builder builder = CandidateIndex.builder(TAXONOMY);
		for (TestData.Person person : people) {
			builder.add(person.build());
		}
		return builder.build();
	}

	static List<String> ids(Ranking ranking) {
		return ranking.items().stream().map(ranked -> ranked.assessment().candidateId()).toList();
	}

	static LocalDate inDays(int days) {
		return TODAY.plusDays(days);
	}

}
