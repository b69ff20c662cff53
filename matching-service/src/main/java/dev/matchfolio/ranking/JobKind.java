package dev.matchfolio.ranking;

import dev.matchfolio.events.Engagement;

/** The kind of an opening; each has its own weight profile and needs the candidate to accept one engagement. */
public enum JobKind {

	BACKEND_JOB(Engagement.FULL_TIME), FREELANCE(Engagement.FREELANCE), INTERNSHIP(Engagement.INTERNSHIP);

	private final Engagement engagement;

	JobKind(Engagement engagement) {
		this.engagement = engagement;
	}

	public Engagement engagement() {
		return engagement;
	}

}
