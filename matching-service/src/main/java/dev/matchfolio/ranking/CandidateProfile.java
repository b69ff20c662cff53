package dev.matchfolio.ranking;

import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.matchfolio.events.Engagement;

/**
 * What ranking knows about a candidate.
 *
 * @param id the candidate (profile) id
 * @param displayName shown in results
 * @param engagements accepted engagements; empty means the candidate did not say, which counts as accepting any
 * @param yearsOfExperience {@code null} when not stated
 * @param skills as the candidate wrote them
 * @param projects the candidate's portfolio projects
 */
public record CandidateProfile(String id, String displayName, Set<Engagement> engagements, Integer yearsOfExperience,
		List<Skill> skills, List<Project> projects) {

	public CandidateProfile {
		Objects.requireNonNull(id, "id");
		engagements = engagements == null ? Set.of() : Set.copyOf(engagements);
		skills = skills == null ? List.of() : List.copyOf(skills);
		projects = projects == null ? List.of() : List.copyOf(projects);
	}

	boolean accepts(Engagement engagement) {
		return engagements.isEmpty() || engagements.contains(engagement);
	}

	/**
	 * A skill of the candidate.
	 *
	 * @param name as typed
	 * @param level 1 to 5, {@code null} when unknown
	 */
	public record Skill(String name, Integer level) {
	}

	/**
	 * A portfolio project and the skills it shows.
	 *
	 * @param id the project id
	 * @param skills as typed
	 */
	public record Project(String id, List<String> skills) {

		public Project {
			skills = skills == null ? List.of() : List.copyOf(skills);
		}

	}

}
