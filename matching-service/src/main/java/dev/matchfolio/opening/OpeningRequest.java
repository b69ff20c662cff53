package dev.matchfolio.opening;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.matchfolio.events.WorkMode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST} and {@code PUT /api/openings}. A {@code PUT} replaces every field. The read-only fields of
 * a response ({@code id}, {@code ownerId}, {@code version}) are accepted and ignored, so a client can send back what it
 * read; the version to check goes in {@code If-Match}.
 */
@JsonIgnoreProperties({ "id", "ownerId", "version" })
@ConsistentOpening
record OpeningRequest(@NotNull OpeningKind kind, @NotBlank @Size(max = 200) String title,
		@Size(max = 200) String organization, @Size(max = 5000) String description,
		@NotNull @Size(min = 1, max = 50) List<@NotNull @Valid Skill> requiredSkills,
		@Size(max = 50) List<@NotNull @Valid Skill> niceToHaveSkills,
		@Min(0) @Max(60) Integer minYearsOfExperience, @Min(0) @Max(60) Integer maxYearsOfExperience,
		WorkMode workMode, @Valid Location location, @Valid Money hourlyRateMax, @Valid Money annualSalaryMax,
		LocalDate startDate, @Min(1) @Max(80) Integer hoursPerWeek, @Min(1) @Max(260) Integer durationWeeks,
		OpeningStatus status) {

	/**
	 * A skill in a request; {@code minLevel} defaults to 1 and {@code weight} to 1.0.
	 *
	 * @param name required, at most 60 characters
	 * @param minLevel 1 to 5
	 * @param weight greater than 0, at most 10
	 */
	record Skill(@NotBlank @Size(max = 60) String name, @Min(1) @Max(5) Integer minLevel,
			@DecimalMin(value = "0", inclusive = false) @DecimalMax("10") Double weight) {

		SkillRequirement withDefaults() {
			return new SkillRequirement(name.strip(), minLevel == null ? SkillRequirement.DEFAULT_MIN_LEVEL : minLevel,
					weight == null ? SkillRequirement.DEFAULT_WEIGHT : weight);
		}

	}

	List<SkillRequirement> requiredSkillsWithDefaults() {
		return requiredSkills.stream().map(Skill::withDefaults).toList();
	}

	List<SkillRequirement> niceToHaveSkillsWithDefaults() {
		return niceToHaveSkills == null ? List.of() : niceToHaveSkills.stream().map(Skill::withDefaults).toList();
	}

	OpeningStatus statusOrDefault() {
		return status == null ? OpeningStatus.OPEN : status;
	}

}
