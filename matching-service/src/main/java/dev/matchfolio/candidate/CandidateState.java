package dev.matchfolio.candidate;

import java.util.List;

import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.events.ProjectSnapshot;

/**
 * What the read model holds for one candidate.
 *
 * @param id the candidate (profile) id
 * @param profileVersion the newest profile version applied, the version of the deletion, or -1 before any
 * @param deleted whether the profile was deleted (a tombstone: {@code profile} is {@code null})
 * @param profile the latest profile, {@code null} until it arrives or after deletion
 * @param projects live portfolio projects, ordered by project id
 */
public record CandidateState(String id, long profileVersion, boolean deleted, ProfileSnapshot profile,
		List<Project> projects) {

	public CandidateState {
		projects = List.copyOf(projects);
	}

	/** A candidate can be ranked once the profile has arrived and while it is not deleted. */
	public boolean hasProfile() {
		return profile != null && !deleted;
	}

	/**
	 * A portfolio project.
	 *
	 * @param projectId its id
	 * @param version the newest project version applied
	 * @param snapshot its state
	 */
	public record Project(String projectId, long version, ProjectSnapshot snapshot) {
	}

}
