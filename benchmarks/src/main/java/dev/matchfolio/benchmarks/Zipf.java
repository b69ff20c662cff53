package dev.matchfolio.benchmarks;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Draws ranks 0..n-1 with probability proportional to 1 / (rank + 1)^exponent. */
final class Zipf {

	private final double[] cumulative;

	Zipf(int n, double exponent) {
		cumulative = new double[n];
		double sum = 0;
		for (int rank = 0; rank < n; rank++) {
			sum += 1 / Math.pow(rank + 1, exponent);
			cumulative[rank] = sum;
		}
		for (int rank = 0; rank < n; rank++) {
			cumulative[rank] /= sum;
		}
	}

	int next(SplittableRandom random) {
		int at = Arrays.binarySearch(cumulative, random.nextDouble());
		return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
	}

}
