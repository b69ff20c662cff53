package dev.matchfolio.ranking;

/** Bit sets over candidate ordinals as plain {@code long[]} words, so a query can combine them 64 candidates at a time. */
final class Bits {

	private Bits() {
	}

	static int words(int ordinals) {
		return (ordinals + Long.SIZE - 1) >>> 6;
	}

	static void set(long[] bits, int ordinal) {
		bits[ordinal >>> 6] |= 1L << ordinal;
	}

	static void clear(long[] bits, int ordinal) {
		bits[ordinal >>> 6] &= ~(1L << ordinal);
	}

}
