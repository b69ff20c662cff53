package dev.matchfolio.ranking;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Scores candidates of one index for one opening: the hot loop. Everything that depends only on the opening is
 * computed once, here, in {@link RestFactors} (the factors that do not depend on skills) and in {@link Ceilings} (the
 * bounds read from summaries); per candidate it reads primitive arrays and the two scratch arrays, and allocates
 * nothing. Not thread-safe (one per query), used under the index's read lock.
 */
final class Scorer {

	static final int FACTOR_COUNT = 8;

	static final int REQUIRED = 0;

	static final int NICE = 1;

	static final int PORTFOLIO = 2;

	static final int EXPERIENCE = 3;

	static final int EDUCATION = 4;

	static final int AVAILABILITY = 5;

	static final int LOCATION = 6;

	static final int COMPENSATION = 7;

	/** Returned when a candidate passes the hard rules but cannot reach the asked score. */
	static final int BELOW = -2;

	/** The opening's country when no indexed candidate lives there: a country id nobody has. */
	static final int ABSENT = Integer.MAX_VALUE;

	private static final int MAX_LEVEL = 5;

	private static final int ENGAGEMENT_MASK = (1 << CandidateIndex.WORK_MODE_SHIFT) - 1;

	private static final double SCORE_SCALE = 1000;

	private static final double ROUNDING = 0.5;

	/** Absolute slack on {@link #cutoff}: far above the float error of a ceiling, far below a tenth of a point. */
	private static final float CUTOFF_SLACK = 1e-5f;

	/** In tenths of a point: far above the float error of the bound, far below one tenth. */
	private static final double BOUND_MARGIN = 0.01;

	/** Relative margin on {@link #neededCredit}, so float rounding never rules out a candidate that could make it. */
	private static final double NEEDED_SLACK = 1e-4;

	final QueryPlan plan;

	final double[] weights = new double[FACTOR_COUNT];

	/** The most every factor but required skills and portfolio evidence can add (normalised weights). */
	private final double otherWeights;

	/** The most the factors that do not depend on skills can add together (normalised weights). */
	private final double restWeights;

	/** Those factors, heaviest first. */
	private final int[] restOrder;

	/** Whether {@link #cannotReach} may prune: the bound needs a positive required weight. */
	private final boolean boundable;

	private final CandidateIndex index;

	final EngineSettings settings;

	private final int engagementBit;

	private final RestFactors restFactors;

	private final Recency recency;

	private final Ceilings ceilings;

	private final float[][] levelCredit = new float[MAX_LEVEL + 1][MAX_LEVEL + 1];

	private final float[] best;

	private final float[] bestEvidence;

	Scorer(OpeningSpec opening, CandidateIndex index, WeightProfile profile, EngineSettings settings, LocalDate asOf,
			float[] decayByAge) {
		this.index = index;
		this.settings = settings;
		plan = new QueryPlan(opening, index, settings);
		double[] raw = { profile.requiredSkills(), profile.niceToHaveSkills(), profile.portfolioEvidence(),
				profile.experience(), profile.education(), profile.availability(), profile.location(),
				profile.compensation() };
		for (int f = 0; f < FACTOR_COUNT; f++) {
			weights[f] = raw[f] / profile.sum();
		}
		double others = 0;
		for (int f = 0; f < FACTOR_COUNT; f++) {
			others += f == REQUIRED || f == PORTFOLIO ? 0 : Math.max(0, weights[f]);
		}
		otherWeights = others;
		double ceiling = 0;
		for (int f = EXPERIENCE; f < FACTOR_COUNT; f++) {
			ceiling += Math.max(0, weights[f]);
		}
		restWeights = ceiling;
		restOrder = IntStream.range(EXPERIENCE, FACTOR_COUNT)
			.boxed()
			.sorted(Comparator.comparingDouble((Integer f) -> weights[f]).reversed())
			.mapToInt(Integer::intValue)
			.toArray();
		engagementBit = 1 << opening.kind().engagement().ordinal();
		restFactors = new RestFactors(opening, index, settings, asOf);
		recency = new Recency((int) asOf.toEpochDay(), (float) settings.undatedEvidenceWeight(), decayByAge);
		for (int level = 0; level <= MAX_LEVEL; level++) {
			for (int min = 1; min <= MAX_LEVEL; min++) {
				levelCredit[min][level] = (float) FactorMath.levelCredit(level, min, settings);
			}
		}
		best = new float[plan.count];
		bestEvidence = new float[plan.requiredCount];
		boundable = plan.requiredWeight > 0 && weights[REQUIRED] >= 0 && weights[PORTFOLIO] >= 0
				&& settings.undatedEvidenceWeight() <= 1;
		ceilings = new Ceilings(weights, restFactors, recency, settings);
	}

	/** The index's rows of attributes ({@link CandidateIndex#STRIDE} ints per ordinal). */
	int[] attrs() {
		return index.attrs;
	}

	/** See {@link RestFactors#openingCountry}. */
	int openingCountry() {
		return restFactors.openingCountry;
	}

	/** See {@link RestFactors#startDay}. */
	int startDay() {
		return restFactors.startDay;
	}

	/** Whether a candidate's required credit bounds its score ({@link #cannotReach} and {@link #neededCredit}). */
	boolean boundable() {
		return boundable;
	}

	/** The most the required-skill factor can be for a candidate whose credit sum is {@code requiredCredit}. */
	double requiredBound(float requiredCredit) {
		return boundable ? Math.min(1, requiredCredit / plan.requiredWeight) : 1;
	}

	/** Whether a score of at most {@code bound} (0..1) rounds below {@code atLeast}, with a margin for float sums. */
	private static boolean below(double bound, int atLeast) {
		// Math.round(x) < atLeast exactly when x + 0.5 < atLeast
		return bound * SCORE_SCALE + ROUNDING + BOUND_MARGIN < atLeast;
	}

	/** {@link Ceilings#ceiling} for a required credit of at most {@code requiredCredit}. */
	float ceiling(long summary, float requiredCredit) {
		return ceilings.ceiling(summary, (float) requiredBound(requiredCredit));
	}

	/**
	 * The least {@link #ceiling} with which a candidate may still reach {@code atLeast} (what {@link #cannotReach}
	 * tests, a little lower for float sums); minus infinity when nothing can be ruled out.
	 */
	float cutoff(int atLeast) {
		if (atLeast == Integer.MIN_VALUE || !boundable) {
			return Float.NEGATIVE_INFINITY;
		}
		return (float) ((atLeast - ROUNDING - BOUND_MARGIN) / SCORE_SCALE) - CUTOFF_SLACK;
	}

	/** Whether a candidate with this {@link #ceiling} cannot reach {@code atLeast}; errs towards scoring. */
	boolean cannotReach(float ceiling, int atLeast) {
		return atLeast != Integer.MIN_VALUE && boundable && below(ceiling, atLeast);
	}

	/**
	 * The least required credit with which a candidate might still reach {@code atLeast} (what {@link #cannotReach}
	 * tests, solved for the credit, a little lower for float sums), for a candidate of the given
	 * {@link Selection#TRAITS} kind: with or without any education (without, the education factor is 0), with or
	 * without a skill shown in a project (without, portfolio evidence is 0), listing the opening's work mode (or none)
	 * or not (not, the location factor is at most the miss credit); minus infinity when no bound applies, plus infinity
	 * when nobody of that kind can reach it.
	 */
	float neededCredit(int atLeast, int traits) {
		if (atLeast == Integer.MIN_VALUE || !boundable) {
			return Float.NEGATIVE_INFINITY;
		}
		double others = otherWeights;
		if ((traits & Selection.EDUCATED) == 0) {
			others -= Math.max(0, weights[EDUCATION]);
		}
		if ((traits & Selection.FITS_MODE) == 0 && restFactors.workMode != null) {
			others -= Math.max(0, weights[LOCATION]) * Math.max(0, 1 - settings.workModeMissCredit());
		}
		double skills = weights[REQUIRED] + ((traits & Selection.EVIDENCED) != 0 ? weights[PORTFOLIO] : 0);
		double target = (atLeast - ROUNDING - BOUND_MARGIN) / SCORE_SCALE - others;
		if (skills <= 0) {
			return target <= 0 ? Float.NEGATIVE_INFINITY : Float.POSITIVE_INFINITY;
		}
		double share = target / skills;
		if (share > 1) {
			// not even every required skill reaches it: nobody of this kind can
			return Float.POSITIVE_INFINITY;
		}
		return (float) (share * plan.requiredWeight * (1 - NEEDED_SLACK));
	}

	/**
	 * Fills {@code factors} and returns the score in tenths of a point (0..1000), or -1 when a hard rule excludes the
	 * candidate.
	 */
	int score(int c, double[] factors) {
		return score(c, factors, Integer.MIN_VALUE);
	}

	/**
	 * As {@link #score(int, double[])}, but when even perfect skill factors could not reach {@code atLeast} it skips
	 * the skills and returns {@link #BELOW} (the candidate passed the hard rules; {@code factors} is incomplete).
	 */
	int score(int c, double[] factors, int atLeast) {
		return score(c, factors, atLeast, 1);
	}

	/**
	 * As {@link #score(int, double[], int)}, knowing the required-skill factor is at most {@code requiredBound}
	 * (see {@link #requiredBound}), which makes skipping the skills more likely.
	 */
	int score(int c, double[] factors, int atLeast, double requiredBound) {
		int[] a = index.attrs;
		int base = c * CandidateIndex.STRIDE;
		int flags = a[base + CandidateIndex.FLAGS];
		int engagements = flags & ENGAGEMENT_MASK;
		if (engagements != 0 && (engagements & engagementBit) == 0) {
			return -1;
		}
		int country = a[base + CandidateIndex.COUNTRY];
		int available = a[base + CandidateIndex.AVAILABLE];
		RestFactors restFactors = this.restFactors;
		if (FactorMath.inAnotherCountry(restFactors.workMode, restFactors.openingCountry, country)
				|| FactorMath.startsTooLate(available, restFactors.startDay, settings)) {
			return -1;
		}
		// the heaviest factors first: as soon as what is left cannot reach the asked score, stop reading
		boolean pruning = atLeast != Integer.MIN_VALUE;
		double ceiling = restWeights + Math.max(0, weights[NICE])
				+ Math.max(0, weights[REQUIRED] + weights[PORTFOLIO]) * requiredBound;
		if (pruning && below(ceiling, atLeast)) {
			return BELOW;
		}
		double rest = 0;
		for (int f : restOrder) {
			if (pruning && weights[f] == 0) {
				// what a weightless factor is only matters for the page, which is scored again in full
				continue;
			}
			double value = restFactors.value(f, a, base, flags, country, available);
			factors[f] = value;
			rest += weights[f] * value;
			ceiling -= Math.max(0, weights[f]) * (1 - value);
			if (pruning && below(ceiling, atLeast)) {
				return BELOW;
			}
		}
		skills(index.skillArray(base), index.skillOffset(base), a[base + CandidateIndex.SKILL_COUNT]);
		QueryPlan p = plan;
		double required = 0;
		double evidence = 0;
		for (int r = 0; r < p.requiredCount; r++) {
			required += p.weight[r] * best[r];
			evidence += p.weight[r] * best[r] * bestEvidence[r];
		}
		double nice = 0;
		for (int r = p.requiredCount; r < p.count; r++) {
			nice += p.weight[r] * best[r];
		}
		factors[REQUIRED] = required / p.requiredWeight;
		factors[NICE] = p.count == p.requiredCount ? 1 : nice / p.niceWeight;
		factors[PORTFOLIO] = evidence / p.requiredWeight;
		double score = rest + weights[REQUIRED] * factors[REQUIRED] + weights[NICE] * factors[NICE]
				+ weights[PORTFOLIO] * factors[PORTFOLIO];
		return (int) Math.round(score * SCORE_SCALE);
	}

	/** Best credit per requirement over the candidate's skills, and the evidence weight of that best skill. */
	private void skills(int[] pool, int start, int count) {
		float[] best = this.best;
		float[] bestEvidence = this.bestEvidence;
		Recency recency = this.recency;
		QueryPlan p = plan;
		int required = p.requiredCount;
		for (int r = 0; r < best.length; r++) {
			best[r] = 0f;
		}
		for (int r = 0; r < required; r++) {
			bestEvidence[r] = 0f;
		}
		int[] entryBySkill = p.entryBySkill;
		for (int k = start, end = start + count * CandidateIndex.SLOT; k < end; k += CandidateIndex.SLOT) {
			int skill = pool[k] >>> CandidateIndex.LEVEL_BITS;
			int entry = skill < entryBySkill.length ? entryBySkill[skill] : 0;
			if (entry == 0) {
				continue;
			}
			int level = pool[k] & CandidateIndex.LEVEL_MASK;
			for (int q = p.entryStart[entry - 1], last = p.entryStart[entry]; q < last; q++) {
				int r = p.pairRequirement[q];
				float credit = p.pairCredit[q] * levelCredit[p.minLevel[r]][level];
				if (credit < best[r]) {
					continue;
				}
				if (r >= required) {
					best[r] = credit;
					continue;
				}
				float shown = recency.of(pool[k + 1]);
				if (credit > best[r] || shown > bestEvidence[r]) {
					best[r] = credit;
					bestEvidence[r] = shown;
				}
			}
		}
	}

}
