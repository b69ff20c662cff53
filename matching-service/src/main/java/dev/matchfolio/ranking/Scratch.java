package dev.matchfolio.ranking;

/**
 * Per-thread work arrays of a ranking, kept between queries so a ranking over a million candidates does not allocate
 * and zero megabytes each time: the prospect bit set and the per-ordinal sums of required credit (handed back all zero:
 * a ranking clears what it reads; after a failure they are dropped instead), and the list of candidates that passed
 * the hard rules (overwritten by each ranking).
 */
final class Scratch {

	private static final ThreadLocal<Scratch> CURRENT = new ThreadLocal<>();

	/** Room for this many more ordinals when growing, so a slowly growing index does not reallocate every time. */
	private static final int HEADROOM = 1024;

	final long[] bits;

	final float[] credit;

	/** The ordinals that passed the hard rules, in ordinal order, and their sums of required credit. */
	final int[] passing;

	final float[] passingCredit;

	private Scratch(int ordinals) {
		bits = new long[(ordinals + 63) >>> 6];
		credit = new float[ordinals];
		passing = new int[ordinals];
		passingCredit = new float[ordinals];
	}

	/** The calling thread's arrays, all zero, for ordinals below {@code limit}. */
	static Scratch of(int limit) {
		Scratch scratch = CURRENT.get();
		if (scratch == null || scratch.credit.length < limit) {
			scratch = new Scratch(limit + HEADROOM);
			CURRENT.set(scratch);
		}
		return scratch;
	}

	/** Drops the calling thread's arrays (they may not be all zero any more). */
	static void discard() {
		CURRENT.remove();
	}

}
