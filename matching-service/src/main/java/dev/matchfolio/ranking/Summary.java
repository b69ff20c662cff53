package dev.matchfolio.ranking;

/**
 * A candidate's inputs to the factors that do not depend on skills, packed into one long per ordinal and coarsened
 * only where that keeps an upper bound: years (7 bits), latest graduation (8 bits), hours per week (7 bits), accepted
 * work modes (3 bits), time zone (7 bits), and hourly rate and annual salary (each 14 bits: the amount's class on a
 * log scale, rounded down, and the currency). A query turns each into a factor bound through small tables, so a
 * candidate that cannot reach the page is passed over while the summaries are read in ordinal order, without
 * touching the candidate's row of attributes.
 */
final class Summary {

	static final int YEARS_SHIFT = 0;

	static final int GRADUATION_SHIFT = 7;

	static final int HOURS_SHIFT = 15;

	static final int MODES_SHIFT = 22;

	static final int ZONE_SHIFT = 25;

	static final int SEVEN_BITS = 0x7F;

	static final int EIGHT_BITS = 0xFF;

	static final int MODE_BITS = 0x7;

	static final int MODE_BITS_COUNT = 3;

	/** Years or hours not stated. */
	static final int UNSTATED = SEVEN_BITS;

	/** Graduation: 0 = no education, 1 = a degree without a year, else the year from {@link #FIRST_YEAR}. */
	static final int FIRST_YEAR = 1900 - 2;

	/** Zone: not stated. */
	static final int NO_ZONE = SEVEN_BITS - 1;

	/** Zone: an id too large to pack; its bound is 1. */
	static final int OTHER_ZONE = SEVEN_BITS;

	static final int RATE_SHIFT = 32;

	static final int SALARY_SHIFT = 46;

	/** Within a money field: the amount class in the low 8 bits, the currency above. */
	static final int CURRENCY_SHIFT = 8;

	static final int SIX_BITS = 0x3F;

	/** Money field: amount class 0 = not stated; class {@code k >= 1} holds amounts from {@link #lowest(int)}. */
	static final double AMOUNT_STEP = 1.07;

	/** Currency: not stated; 1..62 = interned id + 1. */
	static final int NO_CURRENCY = 0;

	/** Currency: an id too large to pack; its bound is 1. */
	static final int OTHER_CURRENCY = SIX_BITS;

	private Summary() {
	}

	/**
	 * @param years -1 when not stated
	 * @param graduation 0 none, 1 without a year, else the year
	 * @param hours -1 when not stated
	 * @param zone the interned zone or {@link Interner#NONE}
	 */
	static long pack(int years, int graduation, int hours, int workModes, int zone, float rate, int rateCurrency,
			float salary, int salaryCurrency) {
		int y = years < 0 ? UNSTATED : Math.min(years, UNSTATED - 1);
		int g = graduation <= 1 ? Math.max(0, graduation) : Math.max(2, Math.min(EIGHT_BITS, graduation - FIRST_YEAR));
		int h = hours < 0 ? UNSTATED : Math.min(hours, UNSTATED - 1);
		int z = zone == Interner.NONE ? NO_ZONE : zone < NO_ZONE ? zone : OTHER_ZONE;
		int low = y << YEARS_SHIFT | g << GRADUATION_SHIFT | h << HOURS_SHIFT | (workModes & MODE_BITS) << MODES_SHIFT
				| z << ZONE_SHIFT;
		return low & 0xFFFF_FFFFL | (long) money(rate, rateCurrency) << RATE_SHIFT
				| (long) money(salary, salaryCurrency) << SALARY_SHIFT;
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

}
