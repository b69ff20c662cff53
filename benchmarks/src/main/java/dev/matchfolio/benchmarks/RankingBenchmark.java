package dev.matchfolio.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Milliseconds to rank one opening over N synthetic candidates, the engine and the Lucene BM25 baseline side by side
 * in one run. Each invocation takes the next of twenty openings, so no single query's posting lists stay hot. Each
 * (ranker, N) pair gets its own fork, so only one index is in the heap at a time.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
@Fork(value = 1, jvmArgsAppend = { "-Xms4g", "-Xmx4g" })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class RankingBenchmark {

	static final long SEED = 20261124L;

	static final int OPENINGS = 20;

	/** The engine returns the API's default page, explanations included. */
	static final int ENGINE_PAGE = 20;

	/** The baseline returns the top 100 hits, as a search page would fetch them. */
	static final int LUCENE_TOP = 100;

	@Param({ "10000", "100000", "1000000" })
	public int candidates;

	@Param({ EngineRanker.NAME, LuceneRanker.NAME })
	public String ranker;

	private Ranker subject;

	private int limit;

	private List<Posting> openings;

	private int next;

	@Setup(Level.Trial)
	public void index() {
		SyntheticData data = new SyntheticData(SEED);
		openings = data.openings(OPENINGS);
		if (ranker.equals(EngineRanker.NAME)) {
			subject = new EngineRanker(data.candidates(candidates), SyntheticData.TODAY);
			limit = ENGINE_PAGE;
		}
		else {
			subject = new LuceneRanker(data.candidates(candidates));
			limit = LUCENE_TOP;
		}
	}

	@Benchmark
	public List<String> rankOneOpening() {
		Posting opening = openings.get(next);
		next = (next + 1) % openings.size();
		return subject.rank(opening, limit);
	}

	@TearDown(Level.Trial)
	public void close() throws Exception {
		if (subject instanceof AutoCloseable closeable) {
			closeable.close();
		}
	}

}
