package dev.matchfolio.match;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.matchfolio.candidate.CandidateState;
import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.events.ProjectSnapshot;
import dev.matchfolio.events.WorkMode;
import dev.matchfolio.ranking.Candidate;
import dev.matchfolio.ranking.Money;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RankingInputsTest {

	@Test
	void aCandidateFromTheReadModelKeepsWhatRankingNeeds() {
		ProfileSnapshot profile = new ProfileSnapshot("p-1", "alice", "Alice Doe", "Back-end",
				new ProfileSnapshot.Location("Berlin", "DE"), "Europe/Berlin", List.of(WorkMode.REMOTE),
				List.of(Engagement.FREELANCE), 4,
				List.of(new ProfileSnapshot.Skill("Java", 4, 4), new ProfileSnapshot.Skill(null, 2, null),
						new ProfileSnapshot.Skill("Postgres", null, null)),
				new ProfileSnapshot.Money(new BigDecimal("85.50"), "EUR"), null, LocalDate.of(2027, 1, 1), 30,
				List.of(new ProfileSnapshot.Education("TU Berlin", "BSc", "CS", 2025)));
		ProjectSnapshot project = new ProjectSnapshot("pr-1", "p-1", "Ledger", "Double-entry", "Lead",
				List.of("Java", "Kafka"), null, null, LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1));
		CandidateState state = new CandidateState("p-1", 3, false, profile,
				List.of(new CandidateState.Project("pr-1", 2, project)));

		Candidate candidate = RankingInputs.candidate(state);

		assertThat(candidate.id()).isEqualTo("p-1");
		assertThat(candidate.displayName()).isEqualTo("Alice Doe");
		assertThat(candidate.engagements()).containsExactly(Engagement.FREELANCE);
		assertThat(candidate.workModes()).containsExactly(WorkMode.REMOTE);
		assertThat(candidate.country()).isEqualTo("DE");
		assertThat(candidate.city()).isEqualTo("Berlin");
		assertThat(candidate.timezone()).isEqualTo("Europe/Berlin");
		assertThat(candidate.yearsOfExperience()).isEqualTo(4);
		assertThat(candidate.skills()).containsExactly(new Candidate.Skill("Java", 4),
				new Candidate.Skill("Postgres", null));
		assertThat(candidate.projects()).containsExactly(new Candidate.Project("pr-1", List.of("Java", "Kafka"),
				LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 1)));
		assertThat(candidate.hourlyRate()).isEqualTo(new Money(85.5, "EUR"));
		assertThat(candidate.availableFrom()).isEqualTo(LocalDate.of(2027, 1, 1));
		assertThat(candidate.hoursPerWeek()).isEqualTo(30);
		assertThat(candidate.education()).containsExactly(new Candidate.Education("BSc", 2025));
	}

}
