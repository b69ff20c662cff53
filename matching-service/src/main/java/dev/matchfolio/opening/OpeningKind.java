package dev.matchfolio.opening;

import dev.matchfolio.events.Engagement;

/** What an opening is; each kind needs the candidate to accept one engagement. */
public enum OpeningKind {

	BACKEND_JOB(Engagement.FULL_TIME), FREELANCE(Engagement.FREELANCE), INTERNSHIP(Engagement.INTERNSHIP);

	private final Engagement engagement;

	OpeningKind(Engagement engagement) {
		this.engagement = engagement;
	}

	public Engagement engagement() {
		return engagement;
	}

}
