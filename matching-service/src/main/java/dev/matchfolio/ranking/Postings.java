package dev.matchfolio.ranking;

import java.util.Arrays;

/**
 * The inverted index: per skill id, the candidates holding it. A rare skill keeps their ordinals in a growable int
 * array; once a skill is held by at least one candidate in {@link #DENSE_SHARE} of the capacity, a bit set over the
 * ordinals takes no more room than the list and a query can combine it 64 candidates at a time, so it switches to one
 * for good.
 */
final class Postings {

	/** A skill held by 1 in this many ordinals (of the capacity) or more is kept as a bit set. */
	static final int DENSE_SHARE = 32;

	private static final int INITIAL_SIZE = 4;

	/** Ordinals of the sparse skills, unordered; {@code null} for a dense one. */
	private int[][] lists = new int[0][];

	/** Bit sets of the dense skills, {@code null} for a sparse one. */
	private long[][] dense = new long[0][];

	private int[] sizes = new int[0];

	private int words;

	/** Follows the index's capacity (in 64-ordinal words). */
	void grow(int words) {
		this.words = words;
		for (int s = 0; s < dense.length; s++) {
			if (dense[s] != null) {
				dense[s] = Arrays.copyOf(dense[s], words);
			}
		}
	}

	void add(int skillId, int ordinal) {
		if (skillId >= sizes.length) {
			int size = Math.max(skillId + 1, sizes.length * 2);
			lists = Arrays.copyOf(lists, size);
			dense = Arrays.copyOf(dense, size);
			sizes = Arrays.copyOf(sizes, size);
		}
		sizes[skillId]++;
		if (dense[skillId] != null) {
			Bits.set(dense[skillId], ordinal);
			return;
		}
		int[] list = lists[skillId];
		int held = sizes[skillId] - 1;
		if (list == null) {
			list = lists[skillId] = new int[INITIAL_SIZE];
		}
		else if (held == list.length) {
			list = lists[skillId] = Arrays.copyOf(list, list.length * 2);
		}
		list[held] = ordinal;
		if ((long) sizes[skillId] * DENSE_SHARE >= (long) words * Long.SIZE) {
			toDense(skillId);
		}
	}

	/** Swaps the last entry into the removed one's place: order does not matter. */
	void remove(int skillId, int ordinal) {
		if (dense[skillId] != null) {
			Bits.clear(dense[skillId], ordinal);
			sizes[skillId]--;
			return;
		}
		int[] list = lists[skillId];
		int size = sizes[skillId];
		for (int i = 0; i < size; i++) {
			if (list[i] == ordinal) {
				list[i] = list[size - 1];
				sizes[skillId] = size - 1;
				return;
			}
		}
	}

	/** How many candidates hold the skill. */
	int size(int skillId) {
		return skillId < sizes.length ? sizes[skillId] : 0;
	}

	/** The skill's bit set when it is dense, else {@code null}. */
	long[] dense(int skillId) {
		return skillId < dense.length ? dense[skillId] : null;
	}

	/** Sets the bit of every holder of the skill in {@code bits}. */
	void addTo(int skillId, long[] bits) {
		if (skillId >= sizes.length) {
			return;
		}
		long[] set = dense[skillId];
		if (set != null) {
			for (int w = 0, words = Math.min(set.length, bits.length); w < words; w++) {
				bits[w] |= set[w];
			}
			return;
		}
		int[] list = lists[skillId];
		for (int i = 0, size = sizes[skillId]; i < size; i++) {
			Bits.set(bits, list[i]);
		}
	}

	private void toDense(int skillId) {
		long[] set = new long[words];
		int[] list = lists[skillId];
		for (int i = 0, size = sizes[skillId]; i < size; i++) {
			Bits.set(set, list[i]);
		}
		dense[skillId] = set;
		lists[skillId] = null;
	}

}
