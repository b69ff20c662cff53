package dev.matchfolio.gateway.auth;

import java.util.List;

import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** Body of {@code POST /api/auth/token}: who to issue a dev token for. */
record TokenRequest(
		@NotNull(message = "is required") @Pattern(regexp = "[A-Za-z0-9._@-]{1,64}",
				message = "must be 1 to 64 characters of letters, digits, '.', '_', '@' or '-'") String username,
		@NotEmpty(message = "must list at least one role") List<@NotNull(message = "must not be null") @Pattern(
				regexp = "CANDIDATE|AGENCY|RECRUITER|ADMIN",
				message = "must be one of CANDIDATE, AGENCY, RECRUITER, ADMIN") String> roles) {
}
