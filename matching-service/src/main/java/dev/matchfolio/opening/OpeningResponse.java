package dev.matchfolio.opening;

import java.time.LocalDate;
import java.util.List;

import dev.matchfolio.events.WorkMode;

/** An opening as the public API shows it. */
record OpeningResponse(String id, String ownerId, OpeningKind kind, String title, String organization,
		String description, List<SkillRequirement> requiredSkills, List<SkillRequirement> niceToHaveSkills,
		Integer minYearsOfExperience, Integer maxYearsOfExperience, WorkMode workMode, Location location,
		Money hourlyRateMax, Money annualSalaryMax, LocalDate startDate, Integer hoursPerWeek, Integer durationWeeks,
		OpeningStatus status, long version) {

	static OpeningResponse of(Opening opening) {
		return new OpeningResponse(opening.getId(), opening.getOwnerId(), opening.getKind(), opening.getTitle(),
				opening.getOrganization(), opening.getDescription(), opening.getRequiredSkills(),
				opening.getNiceToHaveSkills(), opening.getMinYearsOfExperience(), opening.getMaxYearsOfExperience(),
				opening.getWorkMode(), opening.getLocation(), opening.getHourlyRateMax(), opening.getAnnualSalaryMax(),
				opening.getStartDate(), opening.getHoursPerWeek(), opening.getDurationWeeks(), opening.getStatus(),
				opening.getVersion());
	}

}
