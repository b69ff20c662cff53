package dev.matchfolio.ranking;

import java.util.List;
import java.util.Set;

import dev.matchfolio.events.Engagement;
import dev.matchfolio.ranking.CandidateProfile.Project;
import dev.matchfolio.ranking.CandidateProfile.Skill;
import dev.matchfolio.ranking.OpeningCriteria.SkillRequirement;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SkillCoverageRankerTest {

	private final SkillCoverageRanker ranker = new SkillCoverageRanker(RankingWeights.DEFAULT);

	private static final OpeningCriteria JAVA_JOB = new OpeningCriteria("o-1", Engagement.FULL_TIME,
			List.of(new SkillRequirement("Java", 3, 2.0), new SkillRequirement("PostgreSQL", 1, 1.0),
					new SkillRequirement("Kafka", 1, 1.0)),
			List.of(new SkillRequirement("Kubernetes", 1, 1.0)));

	@Test
	void higherWeightedCoverageRanksFirst() {
		CandidateProfile javaOnly = candidate("c-1", 5, skill("Java", 4));
		CandidateProfile javaAndPostgres = candidate("c-2", 5, skill("Java", 4), skill("PostgreSQL", 3));
		CandidateProfile kafkaOnly = candidate("c-3", 5, skill("Kafka", 5));

		Ranking ranking = ranker.rank(JAVA_JOB, List.of(kafkaOnly, javaOnly, javaAndPostgres), 0, 10);

		assertThat(ranking.items()).extracting(r -> r.assessment().candidateId()).containsExactly("c-2", "c-1", "c-3");
		assertThat(ranking.items()).extracting(Ranking.Ranked::rank).containsExactly(1, 2, 3);
		// Java weighs 2 of 4: coverage 0.75 and 0.5 and 0.25, plus 5 years of 20 = 1.25 points
		assertThat(ranking.items()).extracting(r -> r.assessment().score()).containsExactly(72.5, 48.8, 25.0);
		assertThat(ranking.items().get(0).assessment().breakdown()).containsEntry("requiredSkills", 0.75)
			.containsEntry("experience", 0.25)
			.containsEntry("niceToHaveSkills", 0.0);
	}

	@Test
	void skillNamesMatchIgnoringCaseAndSurroundingWhitespace() {
		CandidateProfile candidate = candidate("c-1", 1, skill("  jAvA ", 3), skill("postgresql", null));

		Assessment assessment = ranker.assess(JAVA_JOB, candidate).orElseThrow();

		assertThat(assessment.matchedSkills()).extracting(SkillMatch::skill).containsExactly("Java", "PostgreSQL");
		assertThat(assessment.matchedSkills()).extracting(SkillMatch::matchedBy).containsExactly("jAvA", "postgresql");
		assertThat(assessment.matchedSkills()).extracting(SkillMatch::via).containsOnly("EXACT");
		assertThat(assessment.missingSkills()).containsExactly("Kafka");
	}

	@Test
	void skillBelowMinLevelDoesNotCountButUnknownLevelDoes() {
		CandidateProfile tooJunior = candidate("c-1", 1, skill("Java", 2), skill("Kafka", 1));
		CandidateProfile levelUnknown = candidate("c-2", 1, skill("Java", null));

		Assessment junior = ranker.assess(JAVA_JOB, tooJunior).orElseThrow();
		Assessment unknown = ranker.assess(JAVA_JOB, levelUnknown).orElseThrow();

		assertThat(junior.matchedSkills()).extracting(SkillMatch::skill).containsExactly("Kafka");
		assertThat(junior.missingSkills()).containsExactly("Java", "PostgreSQL");
		assertThat(junior.explanation()).contains("Java below level 3").contains("missing PostgreSQL");
		assertThat(unknown.matchedSkills()).extracting(SkillMatch::skill).containsExactly("Java");
	}

	@Test
	void candidatesWhoDoNotAcceptTheEngagementOrCoverNoRequiredSkillAreLeftOut() {
		CandidateProfile freelancerOnly = new CandidateProfile("c-1", "F", Set.of(Engagement.FREELANCE), 3,
				List.of(skill("Java", 5)), List.of());
		CandidateProfile saidNothing = new CandidateProfile("c-2", "N", Set.of(), 3, List.of(skill("Java", 5)),
				List.of());
		CandidateProfile fullTime = new CandidateProfile("c-3", "T", Set.of(Engagement.FULL_TIME, Engagement.FREELANCE),
				3, List.of(skill("Java", 5)), List.of());
		CandidateProfile wrongSkills = candidate("c-4", 10, skill("COBOL", 5));

		Ranking ranking = ranker.rank(JAVA_JOB, List.of(freelancerOnly, saidNothing, fullTime, wrongSkills), 0, 10);

		assertThat(ranking.total()).isEqualTo(2);
		assertThat(ranking.items()).extracting(r -> r.assessment().candidateId()).containsExactly("c-2", "c-3");
	}

	@Test
	void yearsOfExperienceBreakTiesInCoverageButCapAtTheLimit() {
		CandidateProfile junior = candidate("c-1", 2, skill("Java", 4));
		CandidateProfile senior = candidate("c-2", 12, skill("Java", 4));
		CandidateProfile veteran = candidate("c-3", 40, skill("Java", 4));
		CandidateProfile unstated = candidate("c-4", null, skill("Java", 4));
		CandidateProfile betterCoverage = candidate("c-5", 0, skill("Java", 4), skill("Kafka", 1));

		Ranking ranking = ranker.rank(JAVA_JOB, List.of(junior, senior, veteran, unstated, betterCoverage), 0, 10);

		assertThat(ranking.items()).extracting(r -> r.assessment().candidateId())
			.containsExactly("c-5", "c-3", "c-2", "c-1", "c-4");
		assertThat(ranking.items().get(1).assessment().breakdown()).containsEntry("experience", 1.0);
		assertThat(ranking.items().get(4).assessment().explanation()).contains("years of experience not stated");
	}

	@Test
	void equalScoresAreOrderedByCandidateId() {
		List<CandidateProfile> twins = List.of(candidate("c-b", 3, skill("Java", 4)),
				candidate("c-c", 3, skill("Java", 4)), candidate("c-a", 3, skill("Java", 4)));

		Ranking first = ranker.rank(JAVA_JOB, twins, 0, 10);
		Ranking again = ranker.rank(JAVA_JOB, List.of(twins.get(2), twins.get(0), twins.get(1)), 0, 10);

		assertThat(first.items()).extracting(r -> r.assessment().candidateId()).containsExactly("c-a", "c-b", "c-c");
		assertThat(again).isEqualTo(first);
	}

	@Test
	void offsetAndLimitSliceTheRankingWithRanksCountedFromTheTop() {
		List<CandidateProfile> five = List.of(candidate("c-1", 1, skill("Java", 4)), candidate("c-2", 2, skill("Java", 4)),
				candidate("c-3", 3, skill("Java", 4)), candidate("c-4", 4, skill("Java", 4)),
				candidate("c-5", 5, skill("Java", 4)));

		Ranking page = ranker.rank(JAVA_JOB, five, 1, 2);
		Ranking pastTheEnd = ranker.rank(JAVA_JOB, five, 10, 2);

		assertThat(page.total()).isEqualTo(5);
		assertThat(page.items()).extracting(Ranking.Ranked::rank).containsExactly(2, 3);
		assertThat(page.items()).extracting(r -> r.assessment().candidateId()).containsExactly("c-4", "c-3");
		assertThat(pastTheEnd.total()).isEqualTo(5);
		assertThat(pastTheEnd.items()).isEmpty();
	}

	@Test
	void evidenceListsTheProjectsShowingAMatchedSkillAndTheExplanationSaysSo() {
		CandidateProfile candidate = new CandidateProfile("c-1", "Alice", Set.of(), 4,
				List.of(skill("Java", 4), skill("PostgreSQL", 3)),
				List.of(new Project("pr-2", List.of("java", "Spring Boot")), new Project("pr-1", List.of(" Java ")),
						new Project("pr-3", List.of("Go"))));

		Assessment assessment = ranker.assess(JAVA_JOB, candidate).orElseThrow();

		assertThat(assessment.matchedSkills().get(0).evidence()).containsExactly("pr-1", "pr-2");
		assertThat(assessment.matchedSkills().get(1).evidence()).isEmpty();
		assertThat(assessment.breakdown()).containsEntry("portfolioEvidence", 0.5);
		assertThat(assessment.explanation()).isEqualTo(
				"Covers 2 of 3 required skills; Java shown in 2 portfolio projects; 4 years of experience; missing Kafka");
	}

	@Test
	void weightsMustAddUpToOneHundred() {
		assertThatIllegalArgumentException().isThrownBy(() -> new RankingWeights(90, 5, 20));
		assertThatIllegalArgumentException().isThrownBy(() -> new RankingWeights(95, 5, 0));
	}

	private static CandidateProfile candidate(String id, Integer years, Skill... skills) {
		return new CandidateProfile(id, "Candidate " + id, Set.of(Engagement.FULL_TIME), years, List.of(skills),
				List.of());
	}

	private static Skill skill(String name, Integer level) {
		return new Skill(name, level);
	}

}
