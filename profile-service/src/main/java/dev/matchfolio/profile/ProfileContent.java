package dev.matchfolio.profile;

import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.WorkMode;
import dev.matchfolio.profile.ProfileConstraints.IanaTimeZone;
import dev.matchfolio.profile.ProfileConstraints.UniqueSkillNames;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a candidate writes into their profile: the body of {@code POST} and {@code PUT}, and the part of the stored
 * profile the candidate owns. {@code id}, {@code ownerId} and {@code version} belong to the service; they are
 * ignored when a client sends them back (so a profile read with {@code GET} can be edited and sent with {@code PUT}
 * as it is), while every other unknown field is a 400.
 */
@JsonIgnoreProperties({ "id", "ownerId", "version" })
record ProfileContent(@NotBlank @Size(max = 100) String displayName, @Size(max = 200) String headline,
		@Valid Location location, @IanaTimeZone String timezone, List<@NotNull WorkMode> workModes,
		List<@NotNull Engagement> engagements, @Min(0) @Max(60) Integer yearsOfExperience,
		@Size(max = 100) @UniqueSkillNames List<@NotNull @Valid Skill> skills, @Valid Money hourlyRate,
		@Valid Money annualSalary, LocalDate availableFrom, @Min(1) @Max(80) Integer hoursPerWeek,
		@Size(max = 10) List<@NotNull @Valid Education> education) {

	ProfileContent {
		// work modes and engagements are sets; the lists only keep the candidate's order
		workModes = (workModes != null) ? workModes.stream().distinct().toList() : List.of();
		engagements = (engagements != null) ? engagements.stream().distinct().toList() : List.of();
		skills = (skills != null) ? skills : List.of();
		education = (education != null) ? education : List.of();
	}

}
