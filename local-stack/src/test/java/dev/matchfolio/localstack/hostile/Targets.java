package dev.matchfolio.localstack.hostile;

import java.util.List;

/**
 * What the barrage aims at. The known resources are snapshotted and must come out unchanged; the sacrificial ones
 * belong to other users and may legitimately be changed by requests that happen to be valid.
 */
record Targets(Known known, List<Sacrifice> candidates, List<Sacrifice> recruiters, List<String> agencies,
		List<String> admins) {

	/** The snapshotted resources and their owners' tokens. */
	record Known(String ownerToken, String profile, String project, String attachment, String recruiterToken,
			String opening) {

		String projectPath() {
			return "/api/portfolios/" + this.profile + "/projects/" + this.project;
		}

	}

	/**
	 * A user with resources of their own: a candidate's profile and project, or a recruiter's opening (then
	 * {@code project} is null).
	 */
	record Sacrifice(String user, String token, String resource, String project) {

		String projectPath() {
			return "/api/portfolios/" + this.resource + "/projects/" + this.project;
		}

	}

}
