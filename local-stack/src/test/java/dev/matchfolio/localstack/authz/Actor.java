package dev.matchfolio.localstack.authz;

/**
 * Who calls: a role, and whether the caller owns the resource in the path. "Other" also covers endpoints without a
 * resource in the path (a search, a creation), where nobody owns anything yet.
 */
enum Actor {

	CANDIDATE_OWNER("CAND own", "CANDIDATE", "authz-alice"),
	CANDIDATE_OTHER("CAND other", "CANDIDATE", "authz-bob"),
	RECRUITER_OWNER("RECR own", "RECRUITER", "authz-rita"),
	RECRUITER_OTHER("RECR other", "RECRUITER", "authz-ray"),
	AGENCY_OWNER("AGCY own", "AGENCY", "authz-agnes"),
	AGENCY_OTHER("AGCY other", "AGENCY", "authz-otto"),
	ADMIN("ADMIN", "ADMIN", "authz-adam"),
	NONE("no token", null, null);

	private final String column;

	private final String role;

	private final String subject;

	Actor(String column, String role, String subject) {
		this.column = column;
		this.role = role;
		this.subject = subject;
	}

	String column() {
		return this.column;
	}

	/** The token's only role, or null for a caller without a token. */
	String role() {
		return this.role;
	}

	/** The token's {@code sub} by default; a resource that needs an owner of its own names another. */
	String subject() {
		return this.subject;
	}

}
