package dev.matchfolio.ranking;

import java.util.Collection;
import java.util.Optional;

/** Scores and orders candidates for an opening. Implementations are pure: no I/O, no clock, no shared state. */
public interface CandidateRanker {

	/** How {@code candidate} fits {@code opening}, or empty when a hard requirement fails. */
	Optional<Assessment> assess(OpeningCriteria opening, CandidateProfile candidate);

	/**
	 * Every candidate that passes the hard requirements, best first with ties broken by candidate id; returns the
	 * slice {@code [offset, offset + limit)} with ranks counted from the top.
	 */
	Ranking rank(OpeningCriteria opening, Collection<CandidateProfile> candidates, int offset, int limit);

}
