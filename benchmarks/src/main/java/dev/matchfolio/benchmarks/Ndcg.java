package dev.matchfolio.benchmarks;

import java.util.List;
import java.util.Map;

/**
 * Normalised discounted cumulative gain at a cut-off, with graded relevance: gain {@code 2^grade - 1}, discount
 * {@code log2(position + 1)} for positions counted from 1. The ideal ordering is every judged candidate sorted by
 * grade, so a ranking that leaves a relevant candidate out of its top k is penalised even if it never returns it.
 */
final class Ndcg {

	private Ndcg() {
	}

	/**
	 * @param ranked candidate ids, best first
	 * @param grades the judged grade per candidate id; unlisted ids are grade 0
	 * @return in [0, 1]; 0 when nothing is relevant
	 */
	static double at(int k, List<String> ranked, Map<String, Integer> grades) {
		double dcg = 0;
		for (int i = 0; i < Math.min(k, ranked.size()); i++) {
			dcg += gain(grades.getOrDefault(ranked.get(i), 0)) / discount(i);
		}
		int[] ideal = grades.values().stream().mapToInt(Integer::intValue).filter(g -> g > 0)
			.boxed().sorted((a, b) -> b - a).mapToInt(Integer::intValue).toArray();
		double idcg = 0;
		for (int i = 0; i < Math.min(k, ideal.length); i++) {
			idcg += gain(ideal[i]) / discount(i);
		}
		return idcg == 0 ? 0 : dcg / idcg;
	}

	private static double gain(int grade) {
		return Math.pow(2, grade) - 1;
	}

	private static double discount(int zeroBasedPosition) {
		return Math.log(zeroBasedPosition + 2) / Math.log(2);
	}

}
