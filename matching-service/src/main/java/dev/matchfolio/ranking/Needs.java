package dev.matchfolio.ranking;

/**
 * Which required skills a candidate must have for a credit bound of at least a floor, checked 64 candidates at a
 * time: those whose absence alone costs more than the slack (the skill itself, or at least some credit), and how many
 * {@link Points} they need; none at all when the floor cannot be reached. One per floor and {@link Selection#collect};
 * reads the selection's sets, never writes them.
 */
final class Needs {

	/** Relative slack on float sums, so rounding never rules out a candidate that could reach the page. */
	static final float SLACK = 1e-4f;

	private final long[][] same;

	private final long[][] partial;

	private final Points points;

	private final int[] itself;

	private final int[] some;

	private int itselfCount;

	private int someCount;

	private final boolean nobody;

	/** See {@link Points#least}. */
	private final int leastPoints;

	/**
	 * @param from the floor on the required credit
	 * @param full the most required credit a candidate can have
	 * @param held per required skill its holders, {@code null} when nobody holds it
	 * @param same per required skill its holders, an empty set when nobody holds it
	 * @param partial per required skill the holders of a skill earning partial credit for it (or an empty set)
	 * @param sameCredit the most holding the skill itself adds
	 * @param partialCredit the most holding only a partial one adds
	 */
	Needs(float from, float full, long[][] held, long[][] same, long[][] partial, float[] sameCredit,
			float[] partialCredit, Points points) {
		this.same = same;
		this.partial = partial;
		this.points = points;
		int required = same.length;
		itself = new int[required];
		some = new int[required];
		float slack = full - from + SLACK * full;
		boolean impossible = from == Float.POSITIVE_INFINITY;
		for (int r = 0; r < required && !impossible; r++) {
			if (sameCredit[r] - partialCredit[r] > slack) {
				impossible = held[r] == null;
				itself[itselfCount++] = r;
			}
			else if (sameCredit[r] > slack) {
				some[someCount++] = r;
			}
		}
		nobody = impossible;
		leastPoints = impossible ? 0 : points.least(from, SLACK * full);
	}

	/** Of the {@code lanes} of word {@code w}, those holding what the floor needs. */
	long filter(int w, long lanes) {
		if (nobody) {
			return 0;
		}
		long kept = lanes;
		for (int i = 0; i < itselfCount && kept != 0; i++) {
			kept &= same[itself[i]][w];
		}
		for (int i = 0; i < someCount && kept != 0; i++) {
			kept &= same[some[i]][w] | partial[some[i]][w];
		}
		if (leastPoints > 0 && kept != 0) {
			kept &= points.atLeast(w, leastPoints);
		}
		return kept;
	}

}
