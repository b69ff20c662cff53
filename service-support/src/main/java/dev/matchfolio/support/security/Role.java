package dev.matchfolio.support.security;

/** The roles a token's {@code roles} claim may hold. */
public enum Role {

	CANDIDATE, AGENCY, RECRUITER, ADMIN;

	public String authority() {
		return "ROLE_" + name();
	}

}
