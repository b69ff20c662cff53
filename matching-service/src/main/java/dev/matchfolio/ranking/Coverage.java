package dev.matchfolio.ranking;

/**
 * The prospects of one query sorted into classes by how well they cover the required skills: those holding every
 * required skill itself ({@link #EVERY_SAME}), and those earning no credit for exactly k of them
 * ({@link #MISSING_NONE} + k, k below {@link #MISSING_CLASSES}; a candidate holding every required skill itself is in
 * {@link #MISSING_NONE} too). The classes are mostly empty, so beside each bit set it lists the words where the class
 * has members, and a round over a class visits only those. Built on the {@link Scratch} arrays, which it hands back
 * all zero ({@link #clear}); one per query.
 */
final class Coverage {

	/** How many classes by required skills without credit there are: 0 to 4 missing. */
	static final int MISSING_CLASSES = 5;

	static final int EVERY_SAME = 0;

	static final int MISSING_NONE = 1;

	static final int CLASSES = MISSING_NONE + MISSING_CLASSES;

	private final long[][] sets;

	private final int[][] words;

	private final int[] sizes = new int[CLASSES];

	Coverage(Scratch scratch) {
		sets = scratch.classSets;
		words = scratch.classWords;
	}

	/** Adds a word's members to class {@code k}; words must be entered in ascending order, each once per class. */
	void enter(int k, int w, long members) {
		if (members != 0) {
			sets[k][w] = members;
			words[k][sizes[k]++] = w;
		}
	}

	/** The members of class {@code k} as a bit set over the ordinals. */
	long[] members(int k) {
		return sets[k];
	}

	/** The words where class {@code k} has members, ascending, in the first {@link #size} entries. */
	int[] words(int k) {
		return words[k];
	}

	int size(int k) {
		return sizes[k];
	}

	/** Zeroes the words that were written, handing the scratch sets back all zero. */
	void clear() {
		for (int k = 0; k < CLASSES; k++) {
			for (int i = 0; i < sizes[k]; i++) {
				sets[k][words[k][i]] = 0;
			}
			sizes[k] = 0;
		}
	}

}
