package dev.matchfolio.ranking;

/**
 * The best {@code k} candidates seen so far in a bounded binary heap whose root is the worst kept one: higher score
 * first, then smaller candidate id. A candidate that cannot beat the root costs one comparison.
 */
final class TopK {

	private final int[] ordinals;

	private final int[] scores;

	private final String[] ids;

	private int size;

	TopK(int k, String[] ids) {
		this.ordinals = new int[Math.max(k, 0)];
		this.scores = new int[Math.max(k, 0)];
		this.ids = ids;
	}

	/** How many it keeps at most. */
	int capacity() {
		return ordinals.length;
	}

	void offer(int ordinal, int score) {
		if (ordinals.length == 0) {
			return;
		}
		if (size < ordinals.length) {
			ordinals[size] = ordinal;
			scores[size] = score;
			up(size++);
		}
		else if (better(score, ordinal, scores[0], ordinals[0])) {
			ordinals[0] = ordinal;
			scores[0] = score;
			down(0);
		}
	}

	/**
	 * The score a candidate must at least have to enter (it still has to beat the worst kept one on ties), or
	 * {@link Integer#MIN_VALUE} while there is room ({@link Integer#MAX_VALUE} when nothing is kept at all).
	 */
	int threshold() {
		if (ordinals.length == 0) {
			return Integer.MAX_VALUE;
		}
		return size < ordinals.length ? Integer.MIN_VALUE : scores[0];
	}

	/** The kept ordinals, best first; empties the heap. */
	int[] drainBestFirst() {
		int[] result = new int[size];
		for (int i = size - 1; i >= 0; i--) {
			result[i] = ordinals[0];
			size--;
			ordinals[0] = ordinals[size];
			scores[0] = scores[size];
			down(0);
		}
		return result;
	}

	/** Whether A ranks above B. */
	private boolean better(int scoreA, int ordinalA, int scoreB, int ordinalB) {
		if (scoreA != scoreB) {
			return scoreA > scoreB;
		}
		return ids[ordinalA].compareTo(ids[ordinalB]) < 0;
	}

	private void up(int i) {
		while (i > 0) {
			int parent = (i - 1) >>> 1;
			if (!better(scores[parent], ordinals[parent], scores[i], ordinals[i])) {
				return;
			}
			swap(i, parent);
			i = parent;
		}
	}

	private void down(int i) {
		while (true) {
			int left = 2 * i + 1;
			if (left >= size) {
				return;
			}
			int worst = left;
			int right = left + 1;
			if (right < size && better(scores[left], ordinals[left], scores[right], ordinals[right])) {
				worst = right;
			}
			if (!better(scores[i], ordinals[i], scores[worst], ordinals[worst])) {
				return;
			}
			swap(i, worst);
			i = worst;
		}
	}

	private void swap(int a, int b) {
		int ordinal = ordinals[a];
		ordinals[a] = ordinals[b];
		ordinals[b] = ordinal;
		int score = scores[a];
		scores[a] = scores[b];
		scores[b] = score;
	}

}
