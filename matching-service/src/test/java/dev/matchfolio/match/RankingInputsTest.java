package dev.matchfolio.match;

import java.util.List;

import dev.matchfolio.candidate.CandidateState;
import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.events.ProjectSnapshot;
import dev.matchfolio.ranking.CandidateProfile;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingInputsTest {

	@Test
	void aCandidateFromTheReadModelKeepsWhatRankingNeeds() {
		ProfileSnapshot profile = new ProfileSnapshot("p-1", "alice", "Alice Doe", "Back-end", null, null, List.of(),
				List.of(Engagement.FREELANCE), 4,
				List.of(new ProfileSnapshot.Skill("Java", 4, 4), new ProfileSnapshot.Skill(null, 2, null),
						new ProfileSnapshot.Skill("Postgres", null, null)),
				null, null, null, null, null);
		ProjectSnapshot project = new ProjectSnapshot("pr-1", "p-1", "Ledger", "Double-entry", "Lead",
				List.of("Java", "Kafka"), null, null, null, null);
		CandidateState state = new CandidateState("p-1", 3, false, profile,
				List.of(new CandidateState.Project("pr-1", 2, project)));

		CandidateProfile candidate = RankingInputs.candidate(state);

		assertThat(candidate.id()).isEqualTo("p-1");
		assertThat(candidate.displayName()).isEqualTo("Alice Doe");
		assertThat(candidate.engagements()).containsExactly(Engagement.FREELANCE);
		assertThat(candidate.yearsOfExperience()).isEqualTo(4);
		assertThat(candidate.skills()).containsExactly(new CandidateProfile.Skill("Java", 4),
				new CandidateProfile.Skill("Postgres", null));
		assertThat(candidate.projects()).containsExactly(new CandidateProfile.Project("pr-1", List.of("Java", "Kafka")));
	}

}
