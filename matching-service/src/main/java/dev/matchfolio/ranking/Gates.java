package dev.matchfolio.ranking;

import java.time.LocalDate;
import java.util.Arrays;

import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.WorkMode;

/**
 * What the hard rules read, as columns over the ordinals so a query applies them to 64 candidates per word operation:
 * per engagement the candidates that accept it (or list none), the country (bit-sliced, 0 = not stated) and the
 * available-from day (bit-sliced, 0 = not stated or before {@link #BASE_DAY}); beside them three traits that bound the
 * score (any education, a skill shown in a project, per work mode whether it is listed or none is).
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

	/**
	 * Per work mode the candidates that list it or none: for the others the location factor is at most the work mode
	 * miss credit (see {@link Summary} work modes).
	 */
	private final long[][] fitsMode = new long[WorkMode.values().length][];

	Gates() {
		Arrays.setAll(accepts, e -> new long[0]);
		Arrays.setAll(fitsMode, m -> new long[0]);
	}

	void grow(int words) {
		for (int e = 0; e < accepts.length; e++) {
			accepts[e] = Arrays.copyOf(accepts[e], words);
		}
		countries.grow(words);
		availableFrom.grow(words);
		educated = Arrays.copyOf(educated, words);
		evidenced = Arrays.copyOf(evidenced, words);
		for (int m = 0; m < fitsMode.length; m++) {
			fitsMode[m] = Arrays.copyOf(fitsMode[m], words);
		}
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
		int modes = Summary.workModes(summary);
		for (int m = 0; m < fitsMode.length; m++) {
			if (modes == 0 || (modes & 1 << m) != 0) {
				Bits.set(fitsMode[m], ordinal);
			}
			else {
				Bits.clear(fitsMode[m], ordinal);
			}
		}
	}

	long[] educated() {
		return educated;
	}

	long[] evidenced() {
		return evidenced;
	}

	/** The candidates listing the work mode or none. */
	long[] fitting(WorkMode mode) {
		return fitsMode[mode.ordinal()];
	}

	/** The candidates accepting the engagement (or any). */
	long[] accepting(Engagement engagement) {
		return accepts[engagement.ordinal()];
	}

	/** Of the word's candidates, those with no country or country {@code country} ({@link Interner#NONE}: none). */
	long inCountryOrUnstated(int word, int country) {
		return country == Interner.NONE ? countries.equal(word, 0) : countries.equalEither(word, 0, country + 1);
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
