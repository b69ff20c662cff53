package dev.matchfolio.ranking;

import java.util.Random;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PointsTest {

	private static final int REQUIRED = 7;

	private static final int WORDS = 40;

	private static final float[] ITSELF = { 2.0f, 1.5f, 1.0f, 2.0f, 1.0f, 1.5f, 1.0f };

	private static final float[] PARTIAL = { 1.2f, 0.9f, 0.0f, 0.4f, 0.8f, 1.5f, 0.6f };

	private final Random random = new Random(7);

	@Test
	void noCandidateWhoseCreditReachesTheFloorIsRuledOutAndThoseShortOfItAreMostlyRuledOut() {
		long[][] same = new long[REQUIRED][];
		long[][] partial = new long[REQUIRED][];
		for (int r = 0; r < REQUIRED; r++) {
			same[r] = randomBits();
			partial[r] = r == 2 ? new long[WORDS] : randomBits();
		}
		Points points = new Points(same, partial, ITSELF, PARTIAL);
		float full = 0;
		for (float credit : ITSELF) {
			full += credit;
		}
		int ruledOut = 0;
		int shortOfFloor = 0;
		for (float from = 0.5f; from <= full; from += 0.5f) {
			int least = points.least(from, 0);
			for (int w = 0; w < WORDS; w++) {
				long kept = points.atLeast(w, least);
				for (int bit = 0; bit < Long.SIZE; bit++) {
					float credit = credit(same, partial, w, bit);
					boolean isKept = (kept >>> bit & 1) != 0;
					if (credit >= from) {
						assertThat(isKept).as("word %d lane %d credit %s floor %s", w, bit, credit, from).isTrue();
					}
					else {
						shortOfFloor++;
						ruledOut += isKept ? 0 : 1;
					}
				}
			}
		}
		assertThat(ruledOut).isGreaterThan(shortOfFloor / 2);
	}

	@Test
	void withoutAFloorEveryoneIsKept() {
		long[][] same = { randomBits() };
		long[][] partial = { new long[WORDS] };
		Points points = new Points(same, partial, new float[] { 1 }, new float[] { 0 });

		assertThat(points.least(Float.NEGATIVE_INFINITY, 0)).isZero();
		assertThat(points.atLeast(3, 0)).isEqualTo(-1L);
	}

	@Test
	void aFloorAboveEveryCreditRulesEveryoneOut() {
		long[][] same = { randomBits(), randomBits() };
		long[][] partial = { randomBits(), new long[WORDS] };
		Points points = new Points(same, partial, new float[] { 1, 1 }, new float[] { 0.5f, 0 });

		int least = points.least(2.5f, 0);

		for (int w = 0; w < WORDS; w++) {
			assertThat(points.atLeast(w, least)).isZero();
		}
	}

	/** What the selection bounds a candidate's required credit by: per skill, held itself or held in part. */
	private static float credit(long[][] same, long[][] partial, int word, int bit) {
		float credit = 0;
		for (int r = 0; r < REQUIRED; r++) {
			boolean itself = (same[r][word] >>> bit & 1) != 0;
			boolean part = (partial[r][word] >>> bit & 1) != 0;
			credit += itself ? Math.max(ITSELF[r], PARTIAL[r]) : part ? PARTIAL[r] : 0;
		}
		return credit;
	}

	private long[] randomBits() {
		long[] bits = new long[WORDS];
		for (int w = 0; w < WORDS; w++) {
			// a mix of sparse and dense words
			bits[w] = random.nextLong() & (w % 3 == 0 ? random.nextLong() & random.nextLong() : -1L);
		}
		return bits;
	}

}
