package dev.matchfolio.events;

/** The kind of engagement a candidate accepts; each opening kind requires one of them. */
public enum Engagement {

	FULL_TIME, FREELANCE, INTERNSHIP

}
