package dev.matchfolio.opening;

/** Only open openings are offered to candidates; closed ones can still be read and ranked by their owner. */
public enum OpeningStatus {

	OPEN, CLOSED

}
