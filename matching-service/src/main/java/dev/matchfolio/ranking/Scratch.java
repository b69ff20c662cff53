package dev.matchfolio.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Per-thread work arrays of a ranking, kept between queries so a ranking over a million candidates does not allocate
 * and zero megabytes each time: the prospect bit set (handed back all zero: a ranking clears what it set; after a
 * failure the arrays are dropped instead), the bit sets a {@link Selection} builds, and the lists of candidates to
 * score with their bounds and ceilings (overwritten by each ranking).
 */
final class Scratch {

	private static final ThreadLocal<Scratch> CURRENT = new ThreadLocal<>();

	/** Room for this many more ordinals when growing, so a slowly growing index does not reallocate every time. */
	private static final int HEADROOM = 1024;

	final long[] prospects;

	final int[] ordinals;

	final float[] bounds;

	final float[] ceilings;

	/** The {@link CandidateIndex#summaries} of {@link #ordinals}, gathered in one go. */
	final long[] summaries;

	/** {@link #ordinals} and {@link #bounds} sorted by ceiling, best first. */
	final int[] sortedOrdinals;

	final float[] sortedBounds;

	final float[] sortedCeilings;

	/** An all-zero bit set that is never written: the holders of a skill nobody holds. */
	final long[] none;

	/** The classes of a {@link Coverage} (handed back all zero) and per class the words where it has members. */
	final long[][] classSets;

	final int[][] classWords;

	/** Where a read-ahead loop leaves its result, so the reads are not optimised away. */
	int touched;

	private final List<long[]> free = new ArrayList<>();

	private final List<long[]> inUse = new ArrayList<>();

	private Scratch(int ordinals) {
		prospects = new long[Bits.words(ordinals)];
		none = new long[Bits.words(ordinals)];
		classSets = new long[Coverage.CLASSES][Bits.words(ordinals)];
		classWords = new int[Coverage.CLASSES][Bits.words(ordinals)];
		this.ordinals = new int[ordinals];
		bounds = new float[ordinals];
		ceilings = new float[ordinals];
		summaries = new long[ordinals];
		sortedOrdinals = new int[ordinals];
		sortedBounds = new float[ordinals];
		sortedCeilings = new float[ordinals];
	}

	/**
	 * The calling thread's arrays, all zero, for ordinals below {@code limit}, with at least one slot to spare (see
	 * {@link Selection#collect}).
	 */
	static Scratch of(int limit) {
		Scratch scratch = CURRENT.get();
		if (scratch == null || scratch.ordinals.length <= limit) {
			scratch = new Scratch(limit + HEADROOM);
			CURRENT.set(scratch);
		}
		return scratch;
	}

	/** Drops the calling thread's arrays (they may not be all zero any more). */
	static void discard() {
		CURRENT.remove();
	}

	/** An all-zero bit set of at least {@code words} words, until {@link #releaseBitSets}. */
	long[] bitSet(int words) {
		long[] bits = null;
		while (!free.isEmpty() && bits == null) {
			long[] candidate = free.remove(free.size() - 1);
			bits = candidate.length >= words ? candidate : null;
		}
		if (bits == null) {
			bits = new long[words];
		}
		inUse.add(bits);
		return bits;
	}

	/** Zeroes the bit sets handed out and keeps them for the next ranking. */
	void releaseBitSets() {
		for (long[] bits : inUse) {
			Arrays.fill(bits, 0L);
			free.add(bits);
		}
		inUse.clear();
	}

}
