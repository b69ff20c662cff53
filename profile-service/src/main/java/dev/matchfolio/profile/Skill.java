package dev.matchfolio.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A skill as the candidate typed it (the matching side normalises synonyms); {@code level} is 1 (aware) to 5
 * (expert). Surrounding spaces are dropped, since they never carry meaning and would defeat the uniqueness rule.
 */
record Skill(@NotBlank @Size(max = 60) String name, @Min(1) @Max(5) Integer level, @Min(0) @Max(60) Integer years) {

	Skill {
		name = (name != null) ? name.strip() : null;
	}

}
