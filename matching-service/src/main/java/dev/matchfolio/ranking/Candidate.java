package dev.matchfolio.ranking;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.WorkMode;

/**
 * What the engine knows about a candidate: the profile and the portfolio projects. {@code null} means "not stated".
 *
 * @param id the candidate (profile) id; ties are broken by it
 * @param displayName shown in results
 * @param engagements accepted engagements; empty means any
 * @param workModes accepted work modes; empty means any
 * @param country ISO 3166-1 alpha-2
 * @param city free text
 * @param timezone IANA zone id, e.g. {@code Europe/Berlin}
 * @param yearsOfExperience professional years
 * @param skills as typed, with a level 1 (aware) to 5 (expert)
 * @param projects portfolio projects and the skills they show
 * @param hourlyRate asked rate (freelance)
 * @param annualSalary asked salary (employment)
 * @param availableFrom first day the candidate can start
 * @param hoursPerWeek hours the candidate can work
 * @param education degrees, finished or expected
 */
public record Candidate(String id, String displayName, Set<Engagement> engagements, Set<WorkMode> workModes,
		String country, String city, String timezone, Integer yearsOfExperience, List<Skill> skills,
		List<Project> projects, Money hourlyRate, Money annualSalary, LocalDate availableFrom, Integer hoursPerWeek,
		List<Education> education) {

	public Candidate {
		Objects.requireNonNull(id, "id");
		engagements = engagements == null ? Set.of() : Set.copyOf(engagements);
		workModes = workModes == null ? Set.of() : Set.copyOf(workModes);
		skills = skills == null ? List.of() : List.copyOf(skills);
		projects = projects == null ? List.of() : List.copyOf(projects);
		education = education == null ? List.of() : List.copyOf(education);
	}

	/** A candidate with skills only, every other field unstated: handy in tests and benchmarks. */
	public static Candidate withSkills(String id, List<Skill> skills) {
		return new Candidate(id, id, null, null, null, null, null, null, skills, null, null, null, null, null, null);
	}

	/**
	 * A skill of the candidate.
	 *
	 * @param name as typed
	 * @param level 1 to 5, {@code null} when unknown (counts as meeting any minimum)
	 */
	public record Skill(String name, Integer level) {
	}

	/**
	 * A portfolio project.
	 *
	 * @param id the project id, reported as evidence
	 * @param skills the skills it shows, as typed
	 * @param startedOn when it started
	 * @param completedOn when it ended; {@code null} with a start date means ongoing
	 */
	public record Project(String id, List<String> skills, LocalDate startedOn, LocalDate completedOn) {

		public Project {
			skills = skills == null ? List.of() : List.copyOf(skills);
		}

	}

	/**
	 * A degree.
	 *
	 * @param degree e.g. {@code BSc}
	 * @param graduationYear the year it was or will be finished
	 */
	public record Education(String degree, Integer graduationYear) {
	}

}
