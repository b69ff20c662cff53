package dev.matchfolio.benchmarks;

import java.lang.ref.Reference;
import java.util.Locale;

/**
 * Heap taken by each index for N synthetic candidates (default 100,000): used heap after full GCs, before and after
 * building, with the candidates streamed in so that only the index itself stays reachable. Run with a fixed heap
 * ({@code -Xms -Xmx}) so that the numbers are not blurred by heap resizing.
 */
public final class IndexFootprint {

	private static final int DEFAULT_CANDIDATES = 100_000;

	private static final int GC_ROUNDS = 5;

	private static final long GC_PAUSE_MS = 100;

	private static final double MIB = 1024.0 * 1024.0;

	private IndexFootprint() {
	}

	public static void main(String[] args) throws Exception {
		int count = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_CANDIDATES;
		SyntheticData data = new SyntheticData(RankingBenchmark.SEED);
		long before = usedAfterGc();
		EngineRanker engine = new EngineRanker(data.candidates(count), SyntheticData.TODAY);
		long engineBytes = usedAfterGc() - before;
		Reference.reachabilityFence(engine);
		engine = null;
		before = usedAfterGc();
		try (LuceneRanker lucene = new LuceneRanker(data.candidates(count))) {
			long luceneBytes = usedAfterGc() - before;
			System.out.printf(Locale.ROOT, "Index memory for %,d synthetic candidates (heap after full GC)%n", count);
			System.out.printf(Locale.ROOT, "  engine      %8.1f MiB  (%.0f bytes per candidate)%n", engineBytes / MIB,
					(double) engineBytes / count);
			System.out.printf(Locale.ROOT, "  lucene-bm25 %8.1f MiB  (index files %.1f MiB)%n", luceneBytes / MIB,
					lucene.directoryBytes() / MIB);
		}
	}

	private static long usedAfterGc() throws InterruptedException {
		Runtime runtime = Runtime.getRuntime();
		for (int i = 0; i < GC_ROUNDS; i++) {
			System.gc();
			Thread.sleep(GC_PAUSE_MS);
		}
		return runtime.totalMemory() - runtime.freeMemory();
	}

}
