package dev.matchfolio.benchmarks;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Where the ranking time goes, opening by opening: both rankers over the same N synthetic candidates (default 1M) in
 * one JVM, each of the twenty benchmark openings timed back to back, engine then Lucene, interleaved round after
 * round so that both see the same machine. Prints the mean milliseconds per ranking for each opening and the ratio.
 * Arguments: candidates (default 1,000,000), measured rounds (default 40), and optionally the openings to time, by
 * number (e.g. {@code 4,5,16}). A diagnosis aid beside {@link RankingBenchmark}, whose JMH figures are the ones to
 * report.
 */
public final class PerOpening {

	private static final int DEFAULT_CANDIDATES = 1_000_000;

	private static final int WARM_UP_ROUNDS = 30;

	private static final int ROUNDS = 40;

	private PerOpening() {
	}

	public static void main(String[] args) throws IOException {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_CANDIDATES;
		int rounds = args.length > 1 ? Integer.parseInt(args[1]) : ROUNDS;
		SyntheticData data = new SyntheticData(RankingBenchmark.SEED);
		List<Posting> all = data.openings(RankingBenchmark.OPENINGS);
		List<Posting> openings = args.length > 2
				? Arrays.stream(args[2].split(",")).map(o -> all.get(Integer.parseInt(o.strip()))).toList() : all;
		System.out.printf(Locale.ROOT, "Indexing %,d synthetic candidates for both rankers...%n", count);
		EngineRanker engine = new EngineRanker(data.candidates(count), SyntheticData.TODAY);
		try (LuceneRanker lucene = new LuceneRanker(data.candidates(count))) {
			System.out.printf(Locale.ROOT, "Warming up (%d rounds of %d openings)...%n", WARM_UP_ROUNDS,
					openings.size());
			long[] engineNanos = new long[openings.size()];
			long[] luceneNanos = new long[openings.size()];
			run(engine, lucene, openings, WARM_UP_ROUNDS, new long[openings.size()], new long[openings.size()]);
			System.out.printf(Locale.ROOT, "Measuring (%d rounds)...%n", rounds);
			run(engine, lucene, openings, rounds, engineNanos, luceneNanos);
			System.out.printf(Locale.ROOT, "%n%-14s %-12s %4s %4s %10s %10s %7s%n", "opening", "kind", "req", "nice",
					"engine ms", "lucene ms", "ratio");
			double engineSum = 0;
			double luceneSum = 0;
			for (int o = 0; o < openings.size(); o++) {
				Posting p = openings.get(o);
				double e = engineNanos[o] / 1e6 / rounds;
				double l = luceneNanos[o] / 1e6 / rounds;
				engineSum += e;
				luceneSum += l;
				System.out.printf(Locale.ROOT, "%-14s %-12s %4d %4d %10.3f %10.3f %7.2f%n", p.id(), p.kind(),
						p.requiredSkills().size(), p.niceToHaveSkills().size(), e, l, e / l);
			}
			int n = openings.size();
			System.out.printf(Locale.ROOT, "%-14s %-12s %4s %4s %10.3f %10.3f %7.2f%n", "mean", "", "", "",
					engineSum / n, luceneSum / n, engineSum / luceneSum);
		}
	}

	private static void run(Ranker engine, Ranker lucene, List<Posting> openings, int rounds, long[] engineNanos,
			long[] luceneNanos) {
		long sink = 0;
		for (int round = 0; round < rounds; round++) {
			for (int o = 0; o < openings.size(); o++) {
				long start = System.nanoTime();
				sink += engine.rank(openings.get(o), RankingBenchmark.ENGINE_PAGE).size();
				long middle = System.nanoTime();
				sink += lucene.rank(openings.get(o), RankingBenchmark.LUCENE_TOP).size();
				long end = System.nanoTime();
				engineNanos[o] += middle - start;
				luceneNanos[o] += end - middle;
			}
		}
		if (sink < 0) {
			throw new AssertionError();
		}
	}

}
