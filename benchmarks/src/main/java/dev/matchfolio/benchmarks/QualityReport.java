package dev.matchfolio.benchmarks;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Ranks every opening of the labelled set with the engine and the two baselines and prints NDCG@10 per opening and
 * the mean: {@code benchmarks/quality.sh [directory of the labelled set]}.
 */
public final class QualityReport {

	static final int CUT_OFF = 10;

	private QualityReport() {
	}

	public static void main(String[] args) throws Exception {
		Path directory = args.length > 0 ? Path.of(args[0]) : QualitySet.DEFAULT_DIRECTORY;
		QualitySet set = QualitySet.load(directory);
		try (LuceneRanker lucene = new LuceneRanker(set.candidates())) {
			List<Ranker> rankers = List.of(new EngineRanker(set.candidates(), QualitySet.WRITTEN_ON),
					new OverlapRanker(set.candidates()), lucene);
			print(set, rankers, System.out);
		}
	}

	static double[][] scores(QualitySet set, List<Ranker> rankers) {
		double[][] ndcg = new double[set.openings().size()][rankers.size()];
		for (int o = 0; o < ndcg.length; o++) {
			Posting opening = set.openings().get(o);
			for (int r = 0; r < rankers.size(); r++) {
				ndcg[o][r] = Ndcg.at(CUT_OFF, rankers.get(r).rank(opening, CUT_OFF), set.grades(opening.id()));
			}
		}
		return ndcg;
	}

	static void print(QualitySet set, List<Ranker> rankers, PrintStream out) {
		double[][] ndcg = scores(set, rankers);
		out.printf("NDCG@%d on %d openings x %d candidates%n", CUT_OFF, set.openings().size(),
				set.candidates().size());
		StringBuilder header = new StringBuilder(String.format("%-8s %-12s", "opening", "kind"));
		rankers.forEach(ranker -> header.append(String.format(" %16s", ranker.name())));
		out.println(header);
		double[] sums = new double[rankers.size()];
		for (int o = 0; o < ndcg.length; o++) {
			Posting opening = set.openings().get(o);
			out.println(row(opening.id(), opening.kind(), ndcg[o]));
			for (int r = 0; r < sums.length; r++) {
				sums[r] += ndcg[o][r];
			}
		}
		List<Double> means = new ArrayList<>();
		for (double sum : sums) {
			means.add(sum / ndcg.length);
		}
		out.println(row("mean", "", means.stream().mapToDouble(Double::doubleValue).toArray()));
	}

	private static String row(String id, String kind, double[] values) {
		StringBuilder line = new StringBuilder(String.format("%-8s %-12s", id, kind));
		for (double value : values) {
			line.append(String.format(Locale.ROOT, " %16.3f", value));
		}
		return line.toString();
	}

}
