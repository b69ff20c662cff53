package dev.matchfolio.events;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The state of a candidate profile as it travels in events. Field names follow the public API. */
public record ProfileSnapshot(String id, String ownerId, String displayName, String headline, Location location,
		String timezone, List<WorkMode> workModes, List<Engagement> engagements, Integer yearsOfExperience,
		List<Skill> skills, Money hourlyRate, Money annualSalary, LocalDate availableFrom, Integer hoursPerWeek,
		List<Education> education) {

	public ProfileSnapshot {
		workModes = workModes == null ? List.of() : List.copyOf(workModes);
		engagements = engagements == null ? List.of() : List.copyOf(engagements);
		skills = skills == null ? List.of() : List.copyOf(skills);
		education = education == null ? List.of() : List.copyOf(education);
	}

	public record Location(String city, String country) {
	}

	/** A skill as the candidate typed it; {@code level} is 1 (aware) to 5 (expert). */
	public record Skill(String name, Integer level, Integer years) {
	}

	public record Money(BigDecimal amount, String currency) {
	}

	public record Education(String institution, String degree, String field, Integer graduationYear) {
	}

}
