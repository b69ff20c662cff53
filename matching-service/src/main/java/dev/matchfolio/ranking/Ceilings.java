package dev.matchfolio.ranking;

import dev.matchfolio.events.WorkMode;

/**
 * Upper bounds on a candidate's score for one query, read from the candidate's packed {@link Summary} alone: per
 * summary field a small table of the most its factor can add (weighted), filled once from the opening. Lets a
 * selection pass over candidates that cannot reach the page without touching their rows. Immutable; the bounds
 * allocate nothing.
 */
final class Ceilings {

	/** Weighted bounds of the factors that do not depend on skills, per packed {@link Summary} field. */
	private final float[] experienceCeiling = new float[Summary.SIX_BITS + 1];

	private final float[] educationCeiling = new float[Summary.EIGHT_BITS + 1];

	private final float[] availabilityCeiling = new float[Summary.SEVEN_BITS + 1];

	/** By {@code workModes | zone << 3}. */
	private final float[] locationCeiling = new float[Summary.TEN_BITS + 1];

	/** The most a project of each evidence bucket can count as evidence (0..1). */
	private final float[] evidenceCeiling = new float[Summary.EIGHT_BITS + 1];

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

	private final float undatedEvidence;

	/**
	 * {@code weights} are the normalised factor weights by {@link Scorer} factor index.
	 */
	Ceilings(double[] weights, RestFactors rest, Recency recency, EngineSettings settings) {
		fixedCeiling = (float) Math.max(0, weights[Scorer.NICE]);
		requiredWeight = (float) Math.max(0, weights[Scorer.REQUIRED]);
		portfolioWeight = (float) Math.max(0, weights[Scorer.PORTFOLIO]);
		undatedEvidence = recency.undated();
		moneyShift = rest.freelance ? Summary.RATE_SHIFT : Summary.SALARY_SHIFT;
		double compensation = Math.max(0, weights[Scorer.COMPENSATION]);
		fullCompensation = (float) compensation;
		neutralCompensation = (float) (compensation * settings.neutral());
		int code = rest.budget < 0 || rest.budgetCurrency == Interner.NONE ? -1
				: Summary.money(0, rest.budgetCurrency) >>> Summary.CURRENCY_SHIFT;
		// a currency too large to pack is not told apart from others: its candidates get the full bound instead
		budgetCode = code == Summary.OTHER_CURRENCY ? -1 : code;
		for (int k = 0; k <= Summary.EIGHT_BITS; k++) {
			double asked = k == 0 ? -1 : Summary.lowest(k);
			compensationCeiling[k] = (float) (compensation
					* FactorMath.compensation(asked, rest.budgetCurrency, rest.budget, rest.budgetCurrency, settings));
		}
		fill(weights, rest, recency, settings);
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
	 * The most a candidate can score (0..1) with this summary and a required-skill factor of at most
	 * {@code requiredBound} ({@link Scorer#requiredBound}): the factors that do not depend on skills as
	 * {@link #restCeiling}, and portfolio evidence as that bound times the most its newest project can count.
	 */
	float ceiling(long summary, float requiredBound) {
		float evidence = Math.max(evidenceCeiling[(int) (summary >>> Summary.EVIDENCE_SHIFT) & Summary.EIGHT_BITS],
				(summary >>> Summary.UNDATED_SHIFT & 1) != 0 ? undatedEvidence : 0f);
		return restCeiling(summary) + requiredBound * (requiredWeight + portfolioWeight * evidence);
	}

	private void fill(double[] weights, RestFactors rest, Recency recency, EngineSettings settings) {
		double experience = Math.max(0, weights[Scorer.EXPERIENCE]);
		double education = Math.max(0, weights[Scorer.EDUCATION]);
		double availability = Math.max(0, weights[Scorer.AVAILABILITY]);
		double location = Math.max(0, weights[Scorer.LOCATION]);
		for (int v = 0; v <= Summary.SIX_BITS; v++) {
			experienceCeiling[v] = (float) (experience
					* (v == Summary.UNSTATED_YEARS ? settings.neutral() : rest.experience(v)));
		}
		int hours = rest.openingHours;
		for (int v = 0; v <= Summary.SEVEN_BITS; v++) {
			boolean unstated = v == Summary.UNSTATED_HOURS;
			double time = hours <= 0 ? 1 : unstated ? settings.neutral() : Math.min(1, v / (double) hours);
			// the start date part is at most 1
			availabilityCeiling[v] = (float) (availability * (1 + time) / 2);
		}
		for (int v = 0; v <= Summary.EIGHT_BITS; v++) {
			educationCeiling[v] = (float) (education
					* FactorMath.education(Summary.graduation(v), rest.currentYear, settings));
		}
		for (int code = 0; code <= Summary.EIGHT_BITS; code++) {
			evidenceCeiling[code] = code == Summary.NO_EVIDENCE ? 0
					: code == Summary.RECENT_EVIDENCE ? 1 : recency.of(Summary.lastDayOf(code));
		}
		fillLocation(location, rest, settings);
	}

	private void fillLocation(double location, RestFactors rest, EngineSettings settings) {
		WorkMode workMode = rest.workMode;
		double[] overlapByZone = rest.overlapByZone;
		for (int zone = 0; zone <= Summary.SEVEN_BITS; zone++) {
			double overlap = zone == Summary.NO_ZONE ? rest.unknownZoneOverlap
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

}
