package dev.matchfolio.ranking;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.stream.IntStream;

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

	/** The opening's country when no indexed candidate lives there: a country id nobody has. */
	static final int ABSENT = Integer.MAX_VALUE;

	private static final int MAX_LEVEL = 5;

	private static final int ENGAGEMENT_MASK = (1 << CandidateIndex.WORK_MODE_SHIFT) - 1;

	private static final int YEARS_TABLE = 128;

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

	/** Weighted bounds of the factors that do not depend on skills, per packed {@link Summary} field. */
	private final float[] experienceCeiling = new float[Summary.SIX_BITS + 1];

	private final float[] educationCeiling = new float[Summary.EIGHT_BITS + 1];

	private final float[] availabilityCeiling = new float[Summary.SEVEN_BITS + 1];

	/** By {@code workModes | zone << 3}. */
	private final float[] locationCeiling = new float[Summary.TEN_BITS + 1];

	/** The most a project of each evidence bucket can count as evidence (0..1). */
	private final float[] evidenceCeiling = new float[Summary.EIGHT_BITS + 1];

	/** {@link #ceiling}: the required-skill factor bound per unit of required credit (1 once all is held). */
	private final float creditShare;

	private final float requiredWeight;

	private final float portfolioWeight;

	/** What nice-to-have skills can add at most. */
	private final float fixedCeiling;

	/** Weighted compensation bound by amount class, for candidates asking in the budget's currency. */
	private final float[] compensationCeiling = new float[Summary.EIGHT_BITS + 1];

	private final float fullCompensation;

	private final float neutralCompensation;

	/** The budget's currency as packed in a summary; never matches when there is no budget. */
	private final int budgetCode;

	/** Where the summary holds the money this opening compares: the rate for freelance work, else the salary. */
	private final int moneyShift;

	/** The most the factors that do not depend on skills can add together (normalised weights). */
	private final double restWeights;

	/** Those factors, heaviest first. */
	private final int[] restOrder;

	/** Whether {@link #cannotReach} may prune: the bound needs a positive required weight. */
	private final boolean boundable;

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
		fixedCeiling = (float) Math.max(0, weights[NICE]);
		requiredWeight = (float) Math.max(0, weights[REQUIRED]);
		portfolioWeight = (float) Math.max(0, weights[PORTFOLIO]);
		engagementBit = 1 << opening.kind().engagement().ordinal();
		workMode = opening.workMode();
		String country = CandidateIndex.upper(opening.country());
		int countryId = index.countries.find(country);
		openingCountry = countryId == Interner.NONE && country != null && !country.isEmpty() ? ABSENT : countryId;
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
		moneyShift = freelance ? Summary.RATE_SHIFT : Summary.SALARY_SHIFT;
		double compensation = Math.max(0, weights[COMPENSATION]);
		fullCompensation = (float) compensation;
		neutralCompensation = (float) (compensation * settings.neutral());
		int code = budget < 0 || budgetCurrency == Interner.NONE ? -1
				: Summary.money(0, budgetCurrency) >>> Summary.CURRENCY_SHIFT;
		// a currency too large to pack is not told apart from others: its candidates get the full bound instead
		budgetCode = code == Summary.OTHER_CURRENCY ? -1 : code;
		for (int k = 0; k <= Summary.EIGHT_BITS; k++) {
			double asked = k == 0 ? -1 : Summary.lowest(k);
			compensationCeiling[k] = (float) (compensation
					* FactorMath.compensation(asked, budgetCurrency, budget, budgetCurrency, settings));
		}
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
		boundable = plan.requiredWeight > 0 && weights[REQUIRED] >= 0 && weights[PORTFOLIO] >= 0
				&& settings.undatedEvidenceWeight() <= 1;
		// without a bound the ceiling takes the required-skill factor as perfect
		creditShare = boundable ? (float) (1 / plan.requiredWeight) : Float.POSITIVE_INFINITY;
		fillCeilings();
	}

	/** The index's rows of attributes ({@link CandidateIndex#STRIDE} ints per ordinal). */
	int[] attrs() {
		return index.attrs;
	}

	/** The opening's interned country, {@link Interner#NONE} when it names none, {@link #ABSENT} when nobody lives there. */
	int openingCountry() {
		return openingCountry;
	}

	/** The opening's start day or {@link CandidateIndex#UNKNOWN}. */
	int startDay() {
		return startDay;
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

	/**
	 * The most the factors that do not depend on skills can add for a candidate (0..1): its packed summary bounds
	 * experience, education, hours, location and compensation; nice-to-have skills count as perfect. Takes the
	 * candidate's {@link CandidateIndex#summaries} entry.
	 */
	float restCeiling(long summary) {
		int packed = (int) summary;
		int money = (int) (summary >>> moneyShift) & Summary.MONEY_BITS;
		int currency = money >>> Summary.CURRENCY_SHIFT;
		return fixedCeiling + experienceCeiling[packed >>> Summary.YEARS_SHIFT & Summary.SIX_BITS]
				+ educationCeiling[packed >>> Summary.GRADUATION_SHIFT & Summary.EIGHT_BITS]
				+ availabilityCeiling[packed >>> Summary.HOURS_SHIFT & Summary.SEVEN_BITS]
				+ locationCeiling[packed >>> Summary.LOCATION_SHIFT & Summary.TEN_BITS]
				+ (currency == budgetCode ? compensationCeiling[money & Summary.EIGHT_BITS]
						: currency == Summary.OTHER_CURRENCY ? fullCompensation : neutralCompensation);
	}

	/**
	 * The most a candidate can score (0..1) with this summary and a required credit of at most
	 * {@code requiredCredit}: the factors that do not depend on skills as {@link #restCeiling}, the required-skill
	 * factor as its credit bound, and portfolio evidence as that times the most its newest project can count.
	 */
	float ceiling(long summary, float requiredCredit) {
		float evidence = Math.max(evidenceCeiling[(int) (summary >>> Summary.EVIDENCE_SHIFT) & Summary.EIGHT_BITS],
				(summary >>> Summary.UNDATED_SHIFT & 1) != 0 ? undatedEvidence : 0f);
		float share = Math.min(1f, requiredCredit * creditShare);
		return restCeiling(summary) + share * (requiredWeight + portfolioWeight * evidence);
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
	 * tests, solved for the credit, a little lower for float sums); minus infinity when no bound applies.
	 */
	float neededCredit(int atLeast) {
		double skills = weights[REQUIRED] + weights[PORTFOLIO];
		if (atLeast == Integer.MIN_VALUE || !boundable || skills <= 0) {
			return Float.NEGATIVE_INFINITY;
		}
		double share = ((atLeast - ROUNDING - BOUND_MARGIN) / SCORE_SCALE - otherWeights) / skills;
		if (share > 1) {
			// not even every required skill reaches it: nobody can
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
		if (FactorMath.inAnotherCountry(workMode, openingCountry, country)
				|| FactorMath.startsTooLate(available, startDay, settings)) {
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
			double value = factor(f, a, base, flags, country, available);
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

	private void fillCeilings() {
		double experience = Math.max(0, weights[EXPERIENCE]);
		double education = Math.max(0, weights[EDUCATION]);
		double availability = Math.max(0, weights[AVAILABILITY]);
		double location = Math.max(0, weights[LOCATION]);
		for (int v = 0; v <= Summary.SIX_BITS; v++) {
			experienceCeiling[v] = (float) (experience * (v == Summary.UNSTATED_YEARS ? settings.neutral()
					: experienceByYears[Math.min(v, YEARS_TABLE - 1)]));
		}
		for (int v = 0; v <= Summary.SEVEN_BITS; v++) {
			boolean unstated = v == Summary.UNSTATED_HOURS;
			double time = openingHours <= 0 ? 1 : unstated ? settings.neutral() : Math.min(1, v / (double) openingHours);
			// the start date part is at most 1
			availabilityCeiling[v] = (float) (availability * (1 + time) / 2);
		}
		for (int v = 0; v <= Summary.EIGHT_BITS; v++) {
			educationCeiling[v] = (float) (education
					* FactorMath.education(Summary.graduation(v), currentYear, settings));
		}
		for (int code = 0; code <= Summary.EIGHT_BITS; code++) {
			evidenceCeiling[code] = code == Summary.NO_EVIDENCE ? 0
					: code == Summary.RECENT_EVIDENCE ? 1 : evidence(Summary.lastDayOf(code));
		}
		for (int zone = 0; zone <= Summary.SEVEN_BITS; zone++) {
			double overlap = zone == Summary.NO_ZONE ? unknownZoneOverlap
					: zone == Summary.OTHER_ZONE || zone >= overlapByZone.length ? 1 : overlapByZone[zone];
			for (int modes = 0; modes <= Summary.MODE_BITS; modes++) {
				double fit = 1;
				if (workMode != null) {
					boolean accepts = modes == 0 || (modes & 1 << workMode.ordinal()) != 0;
					fit = (accepts ? 1 : settings.workModeMissCredit())
							* (workMode == WorkMode.REMOTE && overlap >= 0 ? overlap : 1);
				}
				locationCeiling[modes | zone << Summary.MODE_BITS_COUNT] = (float) (location * fit);
			}
		}
	}

	/** One of the factors that do not depend on skills, for the candidate at {@code base}. */
	private double factor(int f, int[] a, int base, int flags, int country, int available) {
		switch (f) {
			case EXPERIENCE: {
				int years = a[base + CandidateIndex.YEARS];
				return years < 0 ? settings.neutral() : experienceByYears[Math.min(years, YEARS_TABLE - 1)];
			}
			case EDUCATION:
				return FactorMath.education(a[base + CandidateIndex.GRADUATION], currentYear, settings);
			case AVAILABILITY:
				return FactorMath.availability(available, a[base + CandidateIndex.HOURS], availabilityStartDay,
						openingHours, settings);
			case LOCATION: {
				int zone = a[base + CandidateIndex.ZONE];
				double overlap = zone == Interner.NONE ? unknownZoneOverlap : overlapByZone[zone];
				return FactorMath.location(workMode, openingCountry, openingCity,
						flags >>> CandidateIndex.WORK_MODE_SHIFT, country, a[base + CandidateIndex.CITY], overlap,
						settings);
			}
			default: {
				int money = base + (freelance ? CandidateIndex.RATE : CandidateIndex.SALARY);
				return FactorMath.compensation(Float.intBitsToFloat(a[money]), a[money + 1], budget, budgetCurrency,
						settings);
			}
		}
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
