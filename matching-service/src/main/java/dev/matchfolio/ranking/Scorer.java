package dev.matchfolio.ranking;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

import dev.matchfolio.events.WorkMode;

/**
 * Scores candidates of one index for one opening: the hot loop. Everything that depends only on the opening is
 * computed once here; per candidate it reads primitive arrays and the two scratch arrays, and allocates nothing.
 * Not thread-safe (one per query), used under the index's read lock.
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

	private static final int MAX_LEVEL = 5;

	private static final int ENGAGEMENT_MASK = (1 << CandidateIndex.WORK_MODE_SHIFT) - 1;

	private static final int YEARS_TABLE = 128;

	private static final double SCORE_SCALE = 1000;

	private static final double ROUNDING = 0.5;

	/** In tenths of a point: far above the float error of the bound, far below one tenth. */
	private static final double BOUND_MARGIN = 0.01;

	final QueryPlan plan;

	final double[] weights = new double[FACTOR_COUNT];

	/** The most the three skill factors together can add (normalised weights). */
	private final double skillWeights;

	/** The most every factor but required skills and portfolio evidence can add (normalised weights). */
	private final double otherWeights;

	/** Whether {@link #cannotReach} may prune: the bound needs a positive required weight. */
	private final boolean boundable;

	private final float inverseRequiredWeight;

	private final CandidateIndex index;

	final EngineSettings settings;

	private final int engagementBit;

	private final WorkMode workMode;

	private final int openingCountry;

	private final int openingCity;

	private final int startDay;

	private final int availabilityStartDay;

	private final int openingHours;

	private final boolean freelance;

	private final double budget;

	private final int budgetCurrency;

	/** Per candidate zone id: the working-day overlap with the opening, or -1 when it does not matter. */
	private final double[] overlapByZone;

	private final double unknownZoneOverlap;

	private final int currentYear;

	private final int today;

	private final double[] experienceByYears = new double[YEARS_TABLE];

	private final float[][] levelCredit = new float[MAX_LEVEL + 1][MAX_LEVEL + 1];

	private final float[] decayByAge;

	private final float undatedEvidence;

	private final float[] best;

	private final float[] bestEvidence;

	Scorer(OpeningSpec opening, CandidateIndex index, WeightProfile profile, EngineSettings settings, LocalDate asOf,
			float[] decayByAge) {
		this.index = index;
		this.settings = settings;
		this.decayByAge = decayByAge;
		this.undatedEvidence = (float) settings.undatedEvidenceWeight();
		plan = new QueryPlan(opening, index, settings);
		double[] raw = { profile.requiredSkills(), profile.niceToHaveSkills(), profile.portfolioEvidence(),
				profile.experience(), profile.education(), profile.availability(), profile.location(),
				profile.compensation() };
		for (int f = 0; f < FACTOR_COUNT; f++) {
			weights[f] = raw[f] / profile.sum();
		}
		skillWeights = weights[REQUIRED] + weights[NICE] + weights[PORTFOLIO];
		double others = 0;
		for (int f = 0; f < FACTOR_COUNT; f++) {
			others += f == REQUIRED || f == PORTFOLIO ? 0 : Math.max(0, weights[f]);
		}
		otherWeights = others;
		engagementBit = 1 << opening.kind().engagement().ordinal();
		workMode = opening.workMode();
		openingCountry = index.places.find(CandidateIndex.upper(opening.country()));
		openingCity = index.places.find(SkillNormalizer.key(opening.city()));
		today = (int) asOf.toEpochDay();
		currentYear = asOf.getYear();
		startDay = CandidateIndex.day(opening.startDate());
		availabilityStartDay = startDay == CandidateIndex.UNKNOWN ? today : startDay;
		openingHours = opening.hoursPerWeek() == null ? -1 : opening.hoursPerWeek();
		freelance = opening.kind() == JobKind.FREELANCE;
		Money limit = freelance ? opening.hourlyRateMax() : opening.annualSalaryMax();
		budget = limit == null ? -1 : limit.amount();
		budgetCurrency = limit == null ? Interner.NONE : index.currencies.find(CandidateIndex.upper(limit.currency()));
		Instant noon = asOf.atStartOfDay(ZoneOffset.UTC).toInstant();
		// time-zone overlap matters for remote freelance work whose country has a known zone
		int openingOffset = freelance && workMode == WorkMode.REMOTE
				? offsetMinutes(CountryZones.of(opening.country()), noon) : CandidateIndex.UNKNOWN;
		unknownZoneOverlap = openingOffset == CandidateIndex.UNKNOWN ? -1 : settings.neutral();
		overlapByZone = new double[index.zones.limit()];
		for (int z = 0; z < overlapByZone.length; z++) {
			int offset = offsetMinutes(index.zones.value(z), noon);
			overlapByZone[z] = openingOffset == CandidateIndex.UNKNOWN ? -1
					: offset == CandidateIndex.UNKNOWN ? settings.neutral()
							: FactorMath.zoneOverlap(offset, openingOffset, settings);
		}
		for (int y = 0; y < YEARS_TABLE; y++) {
			experienceByYears[y] = FactorMath.experience(opening.kind(), y, opening.minYearsOfExperience(),
					opening.maxYearsOfExperience(), settings);
		}
		for (int level = 0; level <= MAX_LEVEL; level++) {
			for (int min = 1; min <= MAX_LEVEL; min++) {
				levelCredit[min][level] = (float) FactorMath.levelCredit(level, min, settings);
			}
		}
		best = new float[plan.count];
		bestEvidence = new float[plan.requiredCount];
		inverseRequiredWeight = (float) (1 / plan.requiredWeight);
		boundable = plan.requiredWeight > 0 && weights[REQUIRED] >= 0 && weights[PORTFOLIO] >= 0
				&& settings.undatedEvidenceWeight() <= 1;
	}

	/** Whether a hard rule leaves the candidate out: reads only its gate (engagements, country, availability). */
	boolean excluded(int c) {
		long gate = index.gates[c];
		int low = (int) gate;
		int engagements = low & ENGAGEMENT_MASK;
		return engagements != 0 && (engagements & engagementBit) == 0
				|| FactorMath.inAnotherCountry(workMode, openingCountry, low >> CandidateIndex.GATE_COUNTRY_SHIFT)
				|| FactorMath.startsTooLate((int) (gate >>> Integer.SIZE), startDay, settings);
	}

	/** The most the required-skill factor can be for a candidate whose credit sum is {@code requiredCredit}. */
	double requiredBound(float requiredCredit) {
		return boundable ? Math.min(1, requiredCredit / plan.requiredWeight) : 1;
	}

	/** Which of {@code buckets} equal slices of the required-skill bound a credit sum falls in (monotonic). */
	int bucket(float requiredCredit, int buckets) {
		return boundable ? (int) (Math.min(1f, requiredCredit * inverseRequiredWeight) * (buckets - 1)) : 0;
	}

	/** Whether a score of at most {@code bound} (0..1) rounds below {@code atLeast}, with a margin for float sums. */
	private static boolean below(double bound, int atLeast) {
		// Math.round(x) < atLeast exactly when x + 0.5 < atLeast
		return bound * SCORE_SCALE + ROUNDING + BOUND_MARGIN < atLeast;
	}

	/**
	 * Whether a candidate whose skills add at most {@code requiredCredit} (a sum of {@link QueryPlan#prospectCredit})
	 * cannot reach {@code atLeast} even with every other factor perfect: required skills are at most that share of
	 * the required weight, portfolio evidence at most the required-skill factor. Errs towards scoring: a small margin
	 * covers the float sums.
	 */
	boolean cannotReach(float requiredCredit, int atLeast) {
		if (atLeast == Integer.MIN_VALUE || !boundable) {
			return false;
		}
		return below(otherWeights + (weights[REQUIRED] + weights[PORTFOLIO]) * requiredBound(requiredCredit), atLeast);
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
		if (FactorMath.inAnotherCountry(workMode, openingCountry, country)
				|| FactorMath.startsTooLate(available, startDay, settings)) {
			return -1;
		}
		int years = a[base + CandidateIndex.YEARS];
		factors[EXPERIENCE] = years < 0 ? settings.neutral() : experienceByYears[Math.min(years, YEARS_TABLE - 1)];
		factors[EDUCATION] = FactorMath.education(a[base + CandidateIndex.GRADUATION], currentYear, settings);
		factors[AVAILABILITY] = FactorMath.availability(available, a[base + CandidateIndex.HOURS], availabilityStartDay,
				openingHours, settings);
		int zone = a[base + CandidateIndex.ZONE];
		double overlap = zone == Interner.NONE ? unknownZoneOverlap : overlapByZone[zone];
		factors[LOCATION] = FactorMath.location(workMode, openingCountry, openingCity,
				flags >>> CandidateIndex.WORK_MODE_SHIFT, country, a[base + CandidateIndex.CITY], overlap, settings);
		int money = base + (freelance ? CandidateIndex.RATE : CandidateIndex.SALARY);
		factors[COMPENSATION] = FactorMath.compensation(Float.intBitsToFloat(a[money]), a[money + 1], budget,
				budgetCurrency, settings);
		double rest = 0;
		for (int f = EXPERIENCE; f < FACTOR_COUNT; f++) {
			rest += weights[f] * factors[f];
		}
		if (atLeast != Integer.MIN_VALUE && (Math.round((rest + skillWeights) * SCORE_SCALE) < atLeast
				|| below(rest + Math.max(0, weights[NICE])
						+ Math.max(0, weights[REQUIRED] + weights[PORTFOLIO]) * requiredBound, atLeast))) {
			return BELOW;
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
				float shown = evidence(pool[k + 1]);
				if (credit > best[r] || shown > bestEvidence[r]) {
					best[r] = credit;
					bestEvidence[r] = shown;
				}
			}
		}
	}

	/** Recency weight of the most recent project showing a skill. */
	private float evidence(int day) {
		if (day == CandidateIndex.NO_EVIDENCE) {
			return 0f;
		}
		if (day == CandidateIndex.UNDATED) {
			return undatedEvidence;
		}
		if (day == CandidateIndex.ONGOING || day >= today) {
			return 1f;
		}
		int age = today - day;
		return age < decayByAge.length ? decayByAge[age] : 0f;
	}

	private static int offsetMinutes(String zone, Instant at) {
		if (zone == null) {
			return CandidateIndex.UNKNOWN;
		}
		try {
			return ZoneId.of(zone).getRules().getOffset(at).getTotalSeconds() / 60;
		}
		catch (DateTimeException ex) {
			return CandidateIndex.UNKNOWN;
		}
	}

}
