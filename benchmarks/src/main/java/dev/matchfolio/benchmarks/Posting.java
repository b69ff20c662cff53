package dev.matchfolio.benchmarks;

import java.time.LocalDate;
import java.util.List;

import dev.matchfolio.benchmarks.Profile.Amount;

/** An opening as the benchmarks see it: the API.md opening fields that ranking reads. */
record Posting(String id, String kind, List<Need> requiredSkills, List<Need> niceToHaveSkills,
		Integer minYearsOfExperience, Integer maxYearsOfExperience, String workMode, String country, String city,
		Amount hourlyRateMax, Amount annualSalaryMax, LocalDate startDate, Integer hoursPerWeek) {

	Posting {
		niceToHaveSkills = niceToHaveSkills == null ? List.of() : niceToHaveSkills;
	}

	/**
	 * One skill the opening asks for.
	 *
	 * @param minLevel 1 to 5
	 * @param weight greater than zero
	 */
	record Need(String name, int minLevel, double weight) {
	}

}
