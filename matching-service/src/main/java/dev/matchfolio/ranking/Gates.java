package dev.matchfolio.ranking;

import java.time.LocalDate;
import java.util.Arrays;

import dev.matchfolio.events.Engagement;

/**
 * What the hard rules read, as columns over the ordinals so a query applies them to 64 candidates per word operation:
 * per engagement the candidates that accept it (or list none), the country (bit-sliced, 0 = not stated) and the
 * available-from day (bit-sliced, 0 = not stated or before {@link #BASE_DAY}).
 */
final class Gates {

	/** Available-from days are stored from here on; an earlier day is stored as 0, like an unknown one. */
	static final int BASE_DAY = (int) LocalDate.of(2000, 1, 1).toEpochDay();

	/** The largest stored day value: about 180 years after {@link #BASE_DAY}; later days are stored as this. */
	static final int MAX_DAY_VALUE = (1 << 16) - 1;

	private final long[][] accepts = new long[Engagement.values().length][];

	private final BitSlices countries = new BitSlices();

	private final BitSlices availableFrom = new BitSlices();

	/** Candidates with any education: without, the education factor is 0 (see {@link Summary#educated}). */
	private long[] educated = new long[0];

	/** Candidates with a skill shown in a project: without, portfolio evidence is 0 (see {@link Summary#evidenced}). */
	private long[] evidenced = new long[0];

	Gates() {
		Arrays.setAll(accepts, e -> new long[0]);
	}

	void grow(int words) {
		for (int e = 0; e < accepts.length; e++) {
			accepts[e] = Arrays.copyOf(accepts[e], words);
		}
		countries.grow(words);
		availableFrom.grow(words);
		educated = Arrays.copyOf(educated, words);
		evidenced = Arrays.copyOf(evidenced, words);
	}

	/**
	 * Records a candidate's hard-rule inputs.
	 *
	 * @param engagements the mask of accepted engagement ordinals, 0 = any
	 * @param country the interned country id or {@link Interner#NONE}
	 * @param available the available-from epoch day or {@link CandidateIndex#UNKNOWN}
	 */
	void set(int ordinal, int engagements, int country, int available) {
		for (int e = 0; e < accepts.length; e++) {
			if (engagements == 0 || (engagements & 1 << e) != 0) {
				Bits.set(accepts[e], ordinal);
			}
			else {
				Bits.clear(accepts[e], ordinal);
			}
		}
		countries.set(ordinal, country == Interner.NONE ? 0 : country + 1);
		availableFrom.set(ordinal, dayValue(available));
	}

	/** Records what a candidate's summary says about education and portfolio evidence. */
	void setTraits(int ordinal, long summary) {
		if (Summary.educated(summary)) {
			Bits.set(educated, ordinal);
		}
		else {
			Bits.clear(educated, ordinal);
		}
		if (Summary.evidenced(summary)) {
			Bits.set(evidenced, ordinal);
		}
		else {
			Bits.clear(evidenced, ordinal);
		}
	}

	long[] educated() {
		return educated;
	}

	long[] evidenced() {
		return evidenced;
	}

	/** The candidates accepting the engagement (or any). */
	long[] accepting(Engagement engagement) {
		return accepts[engagement.ordinal()];
	}

	/** Of the word's candidates, those with no country or country {@code country} ({@link Interner#NONE}: none). */
	long inCountryOrUnstated(int word, int country) {
		long unstated = countries.equal(word, 0);
		return country == Interner.NONE ? unstated : unstated | countries.equal(word, country + 1);
	}

	/**
	 * Whether {@link #availableBy} answers exactly for this last allowed day; for days outside the stored range the
	 * candidates must be checked one by one.
	 */
	static boolean coversDay(int lastDay) {
		return lastDay >= BASE_DAY && lastDay - BASE_DAY + 1 < MAX_DAY_VALUE;
	}

	/** Of the word's candidates, those available by {@code lastDay} or not saying (see {@link #coversDay}). */
	long availableBy(int word, int lastDay) {
		return availableFrom.atMost(word, lastDay - BASE_DAY + 1);
	}

	private static int dayValue(int day) {
		if (day == CandidateIndex.UNKNOWN || day < BASE_DAY) {
			return 0;
		}
		return (int) Math.min((long) day - BASE_DAY + 1, MAX_DAY_VALUE);
	}

}
