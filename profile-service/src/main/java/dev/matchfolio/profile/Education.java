package dev.matchfolio.profile;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** One degree or programme; {@code graduationYear} may lie in the future for students. */
record Education(@NotBlank @Size(max = 200) String institution, @Size(max = 100) String degree,
		@Size(max = 100) String field, @Min(1950) @Max(2100) Integer graduationYear) {
}
