package dev.matchfolio.localstack.demo;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import tools.jackson.databind.json.JsonMapper;

/**
 * Request bodies of the public API as the demo posts them, field for field as API.md names them. Only what a client
 * may send: ids, owners and versions are the server's. The services refuse unknown fields, so nothing extra goes in.
 */
public final class Api {

	/** Leaves unset fields out, as a hand-written request would. */
	public static final JsonMapper MAPPER = JsonMapper.builder()
		.changeDefaultPropertyInclusion(incl -> incl.withValueInclusion(JsonInclude.Include.NON_NULL))
		.build();

	private Api() {
	}

	public record Location(String city, String country) {
	}

	public record Money(long amount, String currency) {
	}

	/** {@code level} 1 (aware) to 5 (expert); {@code years} may be left out. */
	public record Skill(String name, Integer level, Integer years) {
	}

	public record Education(String institution, String degree, String field, Integer graduationYear) {
	}

	public record Profile(String displayName, String headline, Location location, String timezone,
			List<String> workModes, List<String> engagements, Integer yearsOfExperience, List<Skill> skills,
			Money hourlyRate, Money annualSalary, LocalDate availableFrom, Integer hoursPerWeek,
			List<Education> education) {
	}

	public record Project(String title, String summary, String role, List<String> skills, String repositoryUrl,
			String liveUrl, LocalDate startedOn, LocalDate completedOn) {
	}

	/** {@code minLevel} defaults to 1 and {@code weight} to 1.0 on the server, so both may be left out. */
	public record SkillRequirement(String name, Integer minLevel, Double weight) {
	}

	public record Opening(String kind, String title, String organization, String description,
			List<SkillRequirement> requiredSkills, List<SkillRequirement> niceToHaveSkills,
			Integer minYearsOfExperience, Integer maxYearsOfExperience, String workMode, Location location,
			Money hourlyRateMax, Money annualSalaryMax, LocalDate startDate, Integer hoursPerWeek,
			Integer durationWeeks) {
	}

}
