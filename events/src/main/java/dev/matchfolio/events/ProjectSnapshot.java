package dev.matchfolio.events;

import java.time.LocalDate;
import java.util.List;

/** The state of a portfolio project as it travels in events. Field names follow the public API. */
public record ProjectSnapshot(String id, String candidateId, String title, String summary, String role,
		List<String> skills, String repositoryUrl, String liveUrl, LocalDate startedOn, LocalDate completedOn) {

	public ProjectSnapshot {
		skills = skills == null ? List.of() : List.copyOf(skills);
	}

}
