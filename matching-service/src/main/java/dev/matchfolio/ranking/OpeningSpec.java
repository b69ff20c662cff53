package dev.matchfolio.ranking;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import dev.matchfolio.events.WorkMode;

/**
 * What an opening asks for. {@code null} means "not stated" and never excludes anyone.
 *
 * @param id the opening id
 * @param kind decides the engagement a candidate must accept and, for the caller, the weight profile
 * @param requiredSkills at least one
 * @param niceToHaveSkills possibly empty
 * @param minYearsOfExperience lower bound of the experience that fits
 * @param maxYearsOfExperience upper bound of the experience that fits
 * @param workMode remote, hybrid or on-site
 * @param country ISO 3166-1 alpha-2 of the location
 * @param city the location's city
 * @param hourlyRateMax budget of a freelance gig
 * @param annualSalaryMax budget of a job
 * @param startDate when the work starts
 * @param hoursPerWeek hours the work needs
 */
public record OpeningSpec(String id, JobKind kind, List<Requirement> requiredSkills,
		List<Requirement> niceToHaveSkills, Integer minYearsOfExperience, Integer maxYearsOfExperience,
		WorkMode workMode, String country, String city, Money hourlyRateMax, Money annualSalaryMax,
		LocalDate startDate, Integer hoursPerWeek) {

	public OpeningSpec {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(kind, "kind");
		requiredSkills = List.copyOf(requiredSkills);
		niceToHaveSkills = niceToHaveSkills == null ? List.of() : List.copyOf(niceToHaveSkills);
		if (requiredSkills.isEmpty()) {
			throw new IllegalArgumentException("An opening needs at least one required skill");
		}
	}

	/** An opening with skills only, every other field unstated. */
	public static OpeningSpec withSkills(String id, JobKind kind, List<Requirement> required,
			List<Requirement> niceToHave) {
		return new OpeningSpec(id, kind, required, niceToHave, null, null, null, null, null, null, null, null, null);
	}

	/**
	 * One skill the opening asks for.
	 *
	 * @param name as the opening wrote it
	 * @param minLevel 1 (aware) to 5 (expert)
	 * @param weight greater than zero
	 */
	public record Requirement(String name, int minLevel, double weight) {

		public Requirement {
			Objects.requireNonNull(name, "name");
			if (!(weight > 0)) {
				throw new IllegalArgumentException("weight must be greater than zero");
			}
		}

	}

}
