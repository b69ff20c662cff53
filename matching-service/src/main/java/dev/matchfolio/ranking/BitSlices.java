package dev.matchfolio.ranking;

import java.util.Arrays;

/**
 * A small non-negative int per candidate stored bit-sliced: plane {@code j} holds bit {@code j} of every candidate's
 * value. A comparison against a constant is then a few word operations per 64 candidates, which is how the hard rules
 * are applied to a million candidates without reading any of them one by one. The planes of a word lie next to each
 * other ({@code words[word * planes + j]}), so a comparison reads one stream of memory, not one per plane, beside the
 * other columns a query scans. Planes are added as larger values arrive.
 */
final class BitSlices {

	private long[] words = new long[0];

	private int planes;

	private int wordCount;

	void grow(int wordCount) {
		this.wordCount = wordCount;
		words = Arrays.copyOf(words, wordCount * planes);
	}

	/** Sets the candidate's value (from 0, the value of every candidate never set). */
	void set(int ordinal, int value) {
		if (value < 0) {
			throw new IllegalArgumentException("bit-sliced values are not negative");
		}
		int needed = Integer.SIZE - Integer.numberOfLeadingZeros(value);
		if (needed > planes) {
			long[] wider = new long[wordCount * needed];
			for (int w = 0; w < wordCount; w++) {
				System.arraycopy(words, w * planes, wider, w * needed, planes);
			}
			words = wider;
			planes = needed;
		}
		int base = (ordinal >>> 6) * planes;
		long bit = 1L << ordinal;
		for (int j = 0; j < planes; j++) {
			if ((value >>> j & 1) != 0) {
				words[base + j] |= bit;
			}
			else {
				words[base + j] &= ~bit;
			}
		}
	}

	/** The most a stored value can be with the planes there are. */
	int max() {
		return planes >= Integer.SIZE - 1 ? Integer.MAX_VALUE : (1 << planes) - 1;
	}

	/** Of the 64 candidates of {@code word}, those whose value equals {@code value}. */
	long equal(int word, int value) {
		if (value < 0 || value > max()) {
			return 0;
		}
		long[] words = this.words;
		int base = word * planes;
		long match = -1L;
		for (int j = 0; j < planes && match != 0; j++) {
			long plane = words[base + j];
			match &= (value >>> j & 1) != 0 ? plane : ~plane;
		}
		return match;
	}

	/** As {@link #equal} for either of two values, reading the planes once. */
	long equalEither(int word, int value, int other) {
		if (value < 0 || value > max()) {
			return equal(word, other);
		}
		if (other < 0 || other > max()) {
			return equal(word, value);
		}
		long[] words = this.words;
		int base = word * planes;
		long match = -1L;
		long otherMatch = -1L;
		for (int j = 0; j < planes && (match | otherMatch) != 0; j++) {
			long plane = words[base + j];
			match &= (value >>> j & 1) != 0 ? plane : ~plane;
			otherMatch &= (other >>> j & 1) != 0 ? plane : ~plane;
		}
		return match | otherMatch;
	}

	/** Of the 64 candidates of {@code word}, those whose value is at most {@code value}. */
	long atMost(int word, int value) {
		if (value < 0) {
			return 0;
		}
		if (value >= max()) {
			return -1L;
		}
		long[] words = this.words;
		int base = word * planes;
		long less = 0;
		long equal = -1L;
		// from the highest plane down; once no candidate is still equal so far, the lower planes change nothing
		for (int j = planes - 1; j >= 0 && equal != 0; j--) {
			long plane = words[base + j];
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
