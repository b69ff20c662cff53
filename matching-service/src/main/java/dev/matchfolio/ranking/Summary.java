package dev.matchfolio.ranking;

/**
 * A candidate's inputs to the factors that do not depend on skills, packed into one int per ordinal and coarsened
 * only where that keeps an upper bound: years (7 bits), latest graduation (8 bits), hours per week (7 bits), accepted
 * work modes (3 bits) and time zone (7 bits). A query turns each into a factor bound through small tables, so a
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

	private Summary() {
	}

	/**
	 * @param years -1 when not stated
	 * @param graduation 0 none, 1 without a year, else the year
	 * @param hours -1 when not stated
	 * @param zone the interned zone or {@link Interner#NONE}
	 */
	static int pack(int years, int graduation, int hours, int workModes, int zone) {
		int y = years < 0 ? UNSTATED : Math.min(years, UNSTATED - 1);
		int g = graduation <= 1 ? Math.max(0, graduation) : Math.max(2, Math.min(EIGHT_BITS, graduation - FIRST_YEAR));
		int h = hours < 0 ? UNSTATED : Math.min(hours, UNSTATED - 1);
		int z = zone == Interner.NONE ? NO_ZONE : zone < NO_ZONE ? zone : OTHER_ZONE;
		return y << YEARS_SHIFT | g << GRADUATION_SHIFT | h << HOURS_SHIFT | (workModes & MODE_BITS) << MODES_SHIFT
				| z << ZONE_SHIFT;
	}

	/** The graduation year a packed value stands for (0 and 1 as they are). */
	static int graduation(int packed) {
		return packed <= 1 ? packed : packed + FIRST_YEAR;
	}

}
