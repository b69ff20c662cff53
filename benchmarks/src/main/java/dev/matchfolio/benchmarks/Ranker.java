package dev.matchfolio.benchmarks;

import java.util.List;

/**
 * One way of ranking candidates, behind the same two calls so the benchmark and the quality report can put the engine
 * and its baselines side by side. Implementations index the candidates once, in their constructor.
 */
interface Ranker {

	String name();

	/** The ids of the best {@code limit} candidates for the posting, best first. */
	List<String> rank(Posting posting, int limit);

}
