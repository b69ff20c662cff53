package dev.matchfolio.events;

/** Kafka topic names. Every message is keyed by the candidate id, so one candidate's events stay in order. */
public final class Topics {

	public static final String PROFILE_EVENTS = "profile-events";

	public static final String PORTFOLIO_EVENTS = "portfolio-events";

	private Topics() {
	}

}
