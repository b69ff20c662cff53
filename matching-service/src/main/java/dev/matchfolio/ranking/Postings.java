package dev.matchfolio.ranking;

import java.util.Arrays;

/** The inverted index: per skill id, the ordinals of the candidates holding it, unordered, in growable int arrays. */
final class Postings {

	private static final int INITIAL_SIZE = 4;

	int[][] lists = new int[0][];

	int[] sizes = new int[0];

	void add(int skillId, int ordinal) {
		if (skillId >= lists.length) {
			int size = Math.max(skillId + 1, lists.length * 2);
			lists = Arrays.copyOf(lists, size);
			sizes = Arrays.copyOf(sizes, size);
		}
		int[] list = lists[skillId];
		if (list == null) {
			list = lists[skillId] = new int[INITIAL_SIZE];
		}
		else if (sizes[skillId] == list.length) {
			list = lists[skillId] = Arrays.copyOf(list, list.length * 2);
		}
		list[sizes[skillId]++] = ordinal;
	}

	/** Swaps the last entry into the removed one's place: order does not matter, the engine uses a bit set. */
	void remove(int skillId, int ordinal) {
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

	/** Sets the bit of every ordinal holding {@code skillId} and adds {@code credit} to its sum. */
	void accumulate(int skillId, float credit, long[] bits, float[] sums) {
		if (skillId >= lists.length || lists[skillId] == null) {
			return;
		}
		int[] list = lists[skillId];
		for (int i = 0, size = sizes[skillId]; i < size; i++) {
			int ordinal = list[i];
			bits[ordinal >>> 6] |= 1L << ordinal;
			sums[ordinal] += credit;
		}
	}

}
