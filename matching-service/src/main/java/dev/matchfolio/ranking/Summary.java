package dev.matchfolio.ranking;

/**
 * A candidate's inputs to the bounds a query puts on every factor, packed into one long per ordinal and coarsened
 * only where that keeps an upper bound: years (6 bits), latest graduation (8 bits), hours per week (7 bits), accepted
 * work modes (3 bits), time zone (7 bits), whether a project without dates shows a skill (1 bit), hourly rate and
 * annual salary (12 bits each: the amount's class on a log scale, rounded down, and the currency) and the newest
 * dated portfolio evidence (8 bits, 64-day buckets, rounded up). A query turns each field into a bound through small
 * tables, so a candidate that cannot reach the page is passed over while the summaries are read in one go, without
 * touching the candidate's row of attributes.
 */
final class Summary {

	static final int YEARS_SHIFT = 0;

	static final int GRADUATION_SHIFT = 6;

	static final int HOURS_SHIFT = 14;

	/** Work modes, then the zone: one 10-bit location field. */
	static final int LOCATION_SHIFT = 21;

	static final int UNDATED_SHIFT = 31;

	static final int RATE_SHIFT = 32;

	static final int SALARY_SHIFT = 44;

	static final int EVIDENCE_SHIFT = 56;

	static final int SIX_BITS = 0x3F;

	static final int SEVEN_BITS = 0x7F;

	static final int EIGHT_BITS = 0xFF;

	static final int TEN_BITS = 0x3FF;

	static final int MONEY_BITS = 0xFFF;

	static final int MODE_BITS = 0x7;

	static final int MODE_BITS_COUNT = 3;

	/** Years not stated. */
	static final int UNSTATED_YEARS = SIX_BITS;

	/** Hours not stated. */
	static final int UNSTATED_HOURS = SEVEN_BITS;

	/** Graduation: 0 = no education, 1 = a degree without a year, else the year from {@link #FIRST_YEAR}. */
	static final int FIRST_YEAR = 1900 - 2;

	/** Zone: not stated. */
	static final int NO_ZONE = SEVEN_BITS - 1;

	/** Zone: an id too large to pack; its bound is 1. */
	static final int OTHER_ZONE = SEVEN_BITS;

	/** Within a money field: the amount class in the low 8 bits, the currency above. */
	static final int CURRENCY_SHIFT = 8;

	/** Money field: amount class 0 = not stated; class {@code k >= 1} holds amounts from {@link #lowest(int)}. */
	static final double AMOUNT_STEP = 1.07;

	/** Currency: not stated; 1..14 = interned id + 1. */
	static final int NO_CURRENCY = 0;

	/** Currency: an id too large to pack; its bound is 1. */
	static final int OTHER_CURRENCY = 0xF;

	/** Evidence: no dated project shows a skill. */
	static final int NO_EVIDENCE = 0;

	/** Evidence: an ongoing project, or one that ended after the buckets: its bound is 1. */
	static final int RECENT_EVIDENCE = EIGHT_BITS;

	static final int EVIDENCE_BUCKET_DAYS = 64;

	private Summary() {
	}

	/**
	 * @param years -1 when not stated
	 * @param graduation 0 none, 1 without a year, else the year
	 * @param hours -1 when not stated
	 * @param zone the interned zone or {@link Interner#NONE}
	 * @param newestEvidence the newest evidence day of any skill ({@link CandidateIndex#NO_EVIDENCE},
	 * {@link CandidateIndex#ONGOING} or a day)
	 * @param undatedEvidence whether a project without dates shows one of the skills
	 */
	static long pack(int years, int graduation, int hours, int workModes, int zone, float rate, int rateCurrency,
			float salary, int salaryCurrency, int newestEvidence, boolean undatedEvidence) {
		int y = years < 0 ? UNSTATED_YEARS : Math.min(years, UNSTATED_YEARS - 1);
		int g = graduation <= 1 ? Math.max(0, graduation) : Math.max(2, Math.min(EIGHT_BITS, graduation - FIRST_YEAR));
		int h = hours < 0 ? UNSTATED_HOURS : Math.min(hours, UNSTATED_HOURS - 1);
		int z = zone == Interner.NONE ? NO_ZONE : zone < NO_ZONE ? zone : OTHER_ZONE;
		long low = y << YEARS_SHIFT | g << GRADUATION_SHIFT | h << HOURS_SHIFT
				| ((workModes & MODE_BITS) | z << MODE_BITS_COUNT) << LOCATION_SHIFT;
		return low & 0x7FFF_FFFFL | (undatedEvidence ? 1L : 0L) << UNDATED_SHIFT
				| (long) money(rate, rateCurrency) << RATE_SHIFT | (long) money(salary, salaryCurrency) << SALARY_SHIFT
				| (long) evidence(newestEvidence) << EVIDENCE_SHIFT;
	}

	/** A money field: amount class and currency (see {@link #AMOUNT_STEP}). */
	static int money(float amount, int currency) {
		int c = currency == Interner.NONE ? NO_CURRENCY : currency + 1 < OTHER_CURRENCY ? currency + 1 : OTHER_CURRENCY;
		int k = amount < 0 ? 0 : 1 + (int) Math.min(EIGHT_BITS - 1,
				Math.max(0, Math.floor(Math.log(Math.max(amount, 1)) / Math.log(AMOUNT_STEP))));
		return c << CURRENCY_SHIFT | k;
	}

	/** The least amount of class {@code k >= 1}. */
	static double lowest(int k) {
		return k == 1 ? 0 : Math.pow(AMOUNT_STEP, k - 1);
	}

	/** The graduation year a packed value stands for (0 and 1 as they are). */
	static int graduation(int packed) {
		return packed <= 1 ? packed : packed + FIRST_YEAR;
	}

	/** The evidence field: the 64-day bucket from {@link Gates#BASE_DAY} of the newest evidence day, at least 1. */
	static int evidence(int newest) {
		if (newest == CandidateIndex.NO_EVIDENCE) {
			return NO_EVIDENCE;
		}
		long bucket = ((long) newest - Gates.BASE_DAY) / EVIDENCE_BUCKET_DAYS;
		return newest == CandidateIndex.ONGOING || bucket >= RECENT_EVIDENCE ? RECENT_EVIDENCE
				: (int) Math.max(1, bucket);
	}

	/** Whether the candidate has any education (a degree with or without a year). */
	static boolean educated(long summary) {
		return (summary >>> GRADUATION_SHIFT & EIGHT_BITS) != 0;
	}

	/** The accepted work modes, a bit per {@code WorkMode} ordinal; 0 = none listed. */
	static int workModes(long summary) {
		return (int) (summary >>> LOCATION_SHIFT) & MODE_BITS;
	}

	/** Whether a project shows any of the candidate's skills (dated, ongoing or undated). */
	static boolean evidenced(long summary) {
		return (summary >>> EVIDENCE_SHIFT & EIGHT_BITS) != NO_EVIDENCE || (summary >>> UNDATED_SHIFT & 1) != 0;
	}

	/** The last day of evidence bucket {@code code} (1..254): no evidence of that bucket is newer. */
	static int lastDayOf(int code) {
		return Gates.BASE_DAY + (code + 1) * EVIDENCE_BUCKET_DAYS - 1;
	}

}
