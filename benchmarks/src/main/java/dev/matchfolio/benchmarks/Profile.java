package dev.matchfolio.benchmarks;

import java.time.LocalDate;
import java.util.List;

/**
 * A candidate as the benchmarks see it: the API.md profile fields plus the portfolio projects, independent of any
 * ranker's own model so that every ranker is fed exactly the same data.
 */
record Profile(String id, String displayName, String country, String city, String timezone, List<String> workModes,
		List<String> engagements, Integer yearsOfExperience, List<Skill> skills, Amount hourlyRate,
		Amount annualSalary, LocalDate availableFrom, Integer hoursPerWeek, List<Education> education,
		List<Project> projects) {

	Profile {
		workModes = workModes == null ? List.of() : workModes;
		engagements = engagements == null ? List.of() : engagements;
		skills = skills == null ? List.of() : skills;
		education = education == null ? List.of() : education;
		projects = projects == null ? List.of() : projects;
	}

	record Skill(String name, Integer level) {
	}

	record Project(String id, List<String> skills, LocalDate startedOn, LocalDate completedOn) {
	}

	record Education(String degree, Integer graduationYear) {
	}

	record Amount(double amount, String currency) {
	}

}
