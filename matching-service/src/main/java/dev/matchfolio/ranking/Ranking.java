package dev.matchfolio.ranking;

import java.util.List;

/**
 * One page of a ranking.
 *
 * @param total how many candidates passed the hard filters
 * @param items the requested slice, best first
 */
public record Ranking(int total, List<Ranked> items) {

	public Ranking {
		items = List.copyOf(items);
	}

	/**
	 * A ranked candidate.
	 *
	 * @param rank 1-based position in the whole ranking, not in the page
	 * @param assessment why it is there
	 */
	public record Ranked(int rank, Assessment assessment) {
	}

}
