package dev.matchfolio.ranking;

import java.util.Arrays;

/**
 * A small non-negative int per candidate stored bit-sliced: plane {@code j} holds bit {@code j} of every candidate's
 * value. A comparison against a constant is then a few word operations per 64 candidates, which is how the hard rules
 * are applied to a million candidates without reading any of them one by one. Planes are added as larger values
 * arrive.
 */
final class BitSlices {

	private long[][] planes = new long[0][];

	private int words;

	void grow(int words) {
		this.words = words;
		for (int j = 0; j < planes.length; j++) {
			planes[j] = Arrays.copyOf(planes[j], words);
		}
	}

	/** Sets the candidate's value (from 0, the value of every candidate never set). */
	void set(int ordinal, int value) {
		if (value < 0) {
			throw new IllegalArgumentException("bit-sliced values are not negative");
		}
		int needed = Integer.SIZE - Integer.numberOfLeadingZeros(value);
		if (needed > planes.length) {
			int had = planes.length;
			planes = Arrays.copyOf(planes, needed);
			for (int j = had; j < needed; j++) {
				planes[j] = new long[words];
			}
		}
		for (int j = 0; j < planes.length; j++) {
			if ((value >>> j & 1) != 0) {
				Bits.set(planes[j], ordinal);
			}
			else {
				Bits.clear(planes[j], ordinal);
			}
		}
	}

	/** The most a stored value can be with the planes there are. */
	int max() {
		return planes.length >= Integer.SIZE - 1 ? Integer.MAX_VALUE : (1 << planes.length) - 1;
	}

	/** Of the 64 candidates of {@code word}, those whose value equals {@code value}. */
	long equal(int word, int value) {
		if (value < 0 || value > max()) {
			return 0;
		}
		long match = -1L;
		for (int j = 0; j < planes.length; j++) {
			long plane = planes[j][word];
			match &= (value >>> j & 1) != 0 ? plane : ~plane;
		}
		return match;
	}

	/** Of the 64 candidates of {@code word}, those whose value is at most {@code value}. */
	long atMost(int word, int value) {
		if (value < 0) {
			return 0;
		}
		if (value >= max()) {
			return -1L;
		}
		long less = 0;
		long equal = -1L;
		for (int j = planes.length - 1; j >= 0; j--) {
			long plane = planes[j][word];
			if ((value >>> j & 1) != 0) {
				less |= equal & ~plane;
				equal &= plane;
			}
			else {
				equal &= ~plane;
			}
		}
		return less | equal;
	}

}
