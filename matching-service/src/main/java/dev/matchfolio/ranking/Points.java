package dev.matchfolio.ranking;

import java.util.Arrays;

/**
 * A bound on the required credit worked out for 64 candidates at once: a candidate's points are 2 per required skill
 * it holds itself and 1 per required skill for which it holds only a skill earning partial credit, counted bit-sliced
 * over the holder sets. Whatever skills those are, {@code a} held itself and {@code b} held in part earn at most the
 * {@code a} largest credits for a skill itself plus the {@code b} largest partial credits, so a floor on the credit is
 * a least number of points, and the candidates short of it are ruled out a word at a time without being listed one
 * by one. One per query; not thread-safe.
 */
final class Points {

	/** Bits of the count: enough for {@link #MAX_REQUIRED} required skills at 2 points each. */
	private static final int PLANES = 5;

	/** With more required skills the count could overflow, and no candidate is ruled out on points. */
	static final int MAX_REQUIRED = ((1 << PLANES) - 1) / 2;

	private final long[][] same;

	private final long[][] partial;

	private final int required;

	/** The most credit a candidate with {@code p} points can have, by {@code p}. */
	private final double[] most;

	/** The word whose counts {@link #plane} holds; -1 for none yet. */
	private int counted = -1;

	private final long[] plane = new long[PLANES];

	/**
	 * @param same holders of each required skill itself (an empty set when nobody holds it)
	 * @param partial holders of a skill earning partial credit for it (an empty set when nobody does)
	 * @param itselfCredit the most holding the skill itself adds (holding a partial one as well included)
	 * @param partialCredit the most holding only a partial one adds
	 */
	Points(long[][] same, long[][] partial, float[] itselfCredit, float[] partialCredit) {
		this.same = same;
		this.partial = partial;
		required = same.length;
		double[] itself = descendingSums(itselfCredit);
		double[] part = descendingSums(partialCredit);
		most = new double[2 * required + 1];
		for (int p = 0; p < most.length; p++) {
			double best = 0;
			// a skills held itself and b = p - 2a held in part, different skills, so a + b <= required
			for (int a = Math.max(0, p - required); 2 * a <= p; a++) {
				best = Math.max(best, itself[a] + part[p - 2 * a]);
			}
			most[p] = best;
		}
	}

	/**
	 * The least points a candidate needs for a required credit of at least {@code from} ({@code margin} lower, for
	 * float sums); 0 when it rules nobody out.
	 */
	int least(float from, double margin) {
		if (required > MAX_REQUIRED || from == Float.NEGATIVE_INFINITY) {
			return 0;
		}
		for (int p = 0; p < most.length; p++) {
			if (most[p] >= from - margin) {
				return p;
			}
		}
		return most.length;
	}

	/** Of the 64 candidates of {@code word}, those with at least {@code least} points ({@link #least}). */
	long atLeast(int word, int least) {
		if (least <= 0) {
			return -1L;
		}
		if (least >= 1 << PLANES) {
			return 0;
		}
		if (word != counted) {
			count(word);
		}
		long less = 0;
		long equal = -1L;
		for (int j = PLANES - 1; j >= 0; j--) {
			long bits = plane[j];
			if ((least >>> j & 1) != 0) {
				less |= equal & ~bits;
				equal &= bits;
			}
			else {
				equal &= ~bits;
			}
		}
		return ~less;
	}

	/** Adds 2 per skill held itself and 1 per skill held only in part, bit-sliced, ripple-carry. */
	private void count(int word) {
		long c0 = 0;
		long c1 = 0;
		long c2 = 0;
		long c3 = 0;
		long c4 = 0;
		for (int r = 0; r < required; r++) {
			long two = same[r][word];
			long one = partial[r][word] & ~two;
			long carry = c0 & one;
			c0 ^= one;
			long sum = c1 ^ two;
			long next = c1 & two | sum & carry;
			c1 = sum ^ carry;
			carry = next;
			next = c2 & carry;
			c2 ^= carry;
			carry = next;
			next = c3 & carry;
			c3 ^= carry;
			c4 ^= next;
		}
		plane[0] = c0;
		plane[1] = c1;
		plane[2] = c2;
		plane[3] = c3;
		plane[4] = c4;
		counted = word;
	}

	/** {@code sums[k]}: the sum of the {@code k} largest of {@code credits}. */
	private static double[] descendingSums(float[] credits) {
		float[] sorted = credits.clone();
		Arrays.sort(sorted);
		double[] sums = new double[sorted.length + 1];
		for (int k = 1; k <= sorted.length; k++) {
			sums[k] = sums[k - 1] + Math.max(0, sorted[sorted.length - k]);
		}
		return sums;
	}

}
