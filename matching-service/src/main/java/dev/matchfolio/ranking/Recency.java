package dev.matchfolio.ranking;

/**
 * How much a project showing a skill counts as evidence (0..1) as of one day: fully while ongoing or just finished,
 * then less with its age, and a fixed weight when it has no dates. Immutable; allocates nothing.
 */
final class Recency {

	private final int today;

	private final float undated;

	/** Weight by age in days; beyond its end a project no longer counts. */
	private final float[] decayByAge;

	Recency(int today, float undated, float[] decayByAge) {
		this.today = today;
		this.undated = undated;
		this.decayByAge = decayByAge;
	}

	/** The weight of a skill shown only in projects without dates. */
	float undated() {
		return undated;
	}

	/** The weight of the most recent project showing a skill, by its evidence day (see {@link CandidateIndex}). */
	float of(int day) {
		if (day == CandidateIndex.NO_EVIDENCE) {
			return 0f;
		}
		if (day == CandidateIndex.UNDATED) {
			return undated;
		}
		if (day == CandidateIndex.ONGOING || day >= today) {
			return 1f;
		}
		int age = today - day;
		return age < decayByAge.length ? decayByAge[age] : 0f;
	}

}
