package dev.matchfolio.ranking;

import dev.matchfolio.events.WorkMode;

/**
 * Which candidates an opening ranks, worked out 64 at a time on bit sets. Per required skill it holds two sets: the
 * holders of the skill itself, and the holders of any other skill that earns credit for it (narrower or related),
 * with the most such a skill can earn. From them it finds the prospects that pass the hard rules in one pass over the
 * words (their count is the ranking's total), and bounds each prospect's required-skill credit without reading the
 * candidate: Σ weight × (1 for the skill itself, the best partial credit for another, 0 for none). The same pass
 * sorts the prospects into {@link Coverage} classes. A candidate that lacks a heavily weighted skill is ruled out a
 * word at a time ({@link #collect}, {@link Needs}). Built under the index's read lock; one per query.
 */
final class Selection {

	/**
	 * Kinds of candidate by three traits that bound the score: {@link #EDUCATED} | {@link #EVIDENCED} |
	 * {@link #FITS_MODE}.
	 */
	static final int TRAITS = 8;

	static final int EDUCATED = 1;

	static final int EVIDENCED = 2;

	/** Lists the opening's work mode or none (every candidate when the opening names no work mode). */
	static final int FITS_MODE = 4;

	/** Every prospect not dealt with yet, as a round's class. */
	static final int ALL = -1;

	/**
	 * Words with fewer candidates than this go straight to the check one by one: filtering them a word at a time costs
	 * more than it saves.
	 */
	private static final int FILTER_FROM = 6;

	private final CandidateIndex index;

	private final Scratch scratch;

	private final int required;

	/** Holders of required skill {@code r} itself, {@code null} when nobody holds it. */
	private final long[][] same;

	/** Holders of a skill that earns partial credit for {@code r}, {@code null} when nobody does. */
	private final long[][] partial;

	/** The most holding the skill itself ({@code sameCredit}) or a partial one adds to the required credit. */
	private final float[] sameCredit;

	private final float[] partialCredit;

	/**
	 * Per required skill, four credits indexed by {@code heldSame | heldPartial << 1}: nothing, the skill itself, a
	 * partial one, both (the skill itself counts).
	 */
	private final float[] creditByHeld;

	/** The prospects by how well they cover the required skills, filled by {@link #prospects}. */
	private final Coverage coverage;

	/** {@link #same} and {@link #partial} with an all-zero set for {@code null}, for the loops over every word. */
	private final long[][] sameOrNone;

	private final long[][] partialOrNone;

	/** The most required credit a candidate can have (every required skill itself). */
	final float full;

	private final long[] accepting;

	private final boolean countryRule;

	private final int country;

	private final boolean availabilityRule;

	private final int lastDay;

	private final Scorer scorer;

	private final Points points;

	/** Of the candidates, those listing the opening's work mode or none; {@code null} when it names none. */
	private final long[] fitsMode;

	/** How many candidates the last {@link #collect} listed, before their ceilings were checked. */
	private int listed;

	Selection(Scorer scorer, CandidateIndex index, Scratch scratch, OpeningSpec opening) {
		this.scorer = scorer;
		this.index = index;
		this.scratch = scratch;
		QueryPlan plan = scorer.plan;
		required = plan.requiredCount;
		same = new long[required][];
		partial = new long[required][];
		sameCredit = new float[required];
		partialCredit = new float[required];
		float sum = 0;
		for (int r = 0; r < required; r++) {
			float weight = (float) (Math.max(0, plan.weight[r]) * plan.levelCap);
			int skill = plan.requirementSkill[r];
			if (skill >= 0 && index.postings.size(skill) > 0) {
				same[r] = holders(skill);
				sameCredit[r] = weight;
			}
			sum += weight;
		}
		full = sum;
		for (int s : plan.prospectSkills) {
			if (index.postings.size(s) == 0) {
				continue;
			}
			int entry = plan.entryBySkill[s] - 1;
			for (int q = plan.entryStart[entry]; q < plan.entryStart[entry + 1]; q++) {
				int r = plan.pairRequirement[q];
				if (r >= required || s == plan.requirementSkill[r]) {
					continue;
				}
				if (partial[r] == null) {
					partial[r] = scratch.bitSet(Bits.words(index.capacity));
				}
				index.postings.addTo(s, partial[r]);
				float credit = (float) (Math.max(0, plan.weight[r]) * Math.max(0, plan.pairCredit[q]) * plan.levelCap);
				partialCredit[r] = Math.max(partialCredit[r], credit);
			}
		}
		creditByHeld = new float[required * 4];
		for (int r = 0; r < required; r++) {
			creditByHeld[r << 2 | 1] = sameCredit[r];
			creditByHeld[r << 2 | 2] = partialCredit[r];
			creditByHeld[r << 2 | 3] = Math.max(sameCredit[r], partialCredit[r]);
		}
		float[] itselfCredit = new float[required];
		for (int r = 0; r < required; r++) {
			itselfCredit[r] = creditByHeld[r << 2 | 3];
		}
		long[] none = scratch.none;
		sameOrNone = new long[required][];
		partialOrNone = new long[required][];
		for (int r = 0; r < required; r++) {
			sameOrNone[r] = same[r] == null ? none : same[r];
			partialOrNone[r] = partial[r] == null ? none : partial[r];
		}
		points = new Points(sameOrNone, partialOrNone, itselfCredit, partialCredit);
		coverage = new Coverage(scratch);
		accepting = index.gates.accepting(opening.kind().engagement());
		WorkMode mode = opening.workMode();
		countryRule = (mode == WorkMode.ONSITE || mode == WorkMode.HYBRID) && scorer.openingCountry() != Interner.NONE;
		country = scorer.openingCountry() == Scorer.ABSENT ? Interner.NONE : scorer.openingCountry();
		fitsMode = opening.workMode() == null ? null : index.gates.fitting(opening.workMode());
		availabilityRule = scorer.startDay() != CandidateIndex.UNKNOWN;
		lastDay = availabilityRule ? scorer.startDay() + scorer.settings.startGraceDays() : 0;
	}

	/**
	 * Marks in {@code out} the candidates holding a skill that earns credit for a required one and passing every hard
	 * rule; returns how many.
	 */
	int prospects(long[] out) {
		long[][] same = sameOrNone;
		long[][] partial = partialOrNone;
		boolean exactDays = availabilityRule && Gates.coversDay(lastDay);
		int total = 0;
		for (int w = 0, words = Bits.words(index.limit); w < words; w++) {
			long held = 0;
			for (int r = 0; r < required; r++) {
				held |= same[r][w] | partial[r][w];
			}
			long pass = held & accepting[w];
			if (pass == 0) {
				continue;
			}
			if (countryRule) {
				pass &= index.gates.inCountryOrUnstated(w, country);
			}
			if (availabilityRule && pass != 0) {
				pass = exactDays ? pass & index.gates.availableBy(w, lastDay) : availableOneByOne(w, pass);
			}
			if (pass == 0) {
				continue;
			}
			out[w] = pass;
			total += Long.bitCount(pass);
			// of the prospects only: saturating counters of required skills without any credit, as masks: none, one,
			// ... four (more: in none)
			long allSame = pass;
			long none = pass;
			long one = 0;
			long two = 0;
			long three = 0;
			long four = 0;
			for (int r = 0; r < required; r++) {
				long itself = same[r][w];
				long some = itself | partial[r][w];
				allSame &= itself;
				four = four & some | three & ~some;
				three = three & some | two & ~some;
				two = two & some | one & ~some;
				one = one & some | none & ~some;
				none &= some;
			}
			// the sets start all zero and are mostly empty: only their words with members are written and listed
			coverage.enter(Coverage.EVERY_SAME, w, allSame);
			coverage.enter(Coverage.MISSING_NONE, w, none);
			coverage.enter(Coverage.MISSING_NONE + 1, w, one);
			coverage.enter(Coverage.MISSING_NONE + 2, w, two);
			coverage.enter(Coverage.MISSING_NONE + 3, w, three);
			coverage.enter(Coverage.MISSING_NONE + 4, w, four);
		}
		return total;
	}

	/** How many candidates the last {@link #collect} listed one by one, before their ceilings were checked. */
	int listed() {
		return listed;
	}

	/**
	 * Lists in {@code into} the prospects of {@code prospects} whose credit bound is at least the floor for their
	 * traits ({@code from}, by {@link #TRAITS} index: any education 1, a skill shown in a project 2, listing the
	 * opening's work mode or none 4), with that bound and their score {@link Scorer#ceiling}; returns how many. Takes
	 * only those of class {@code only} ({@link Coverage#EVERY_SAME} or {@link Coverage#MISSING_NONE} + k, visiting
	 * only the words where the class has members), or of {@link #ALL} those in every {@code stride}th word. Every
	 * candidate this round has dealt with, listed or ruled out for good because its ceiling cannot reach
	 * {@code threshold}, is cleared from {@code prospects}, so no later round looks at it again. In words with at least
	 * {@link #FILTER_FROM} candidates, required skills whose absence alone would take a candidate under its floor, and
	 * too few {@link Points}, are checked a word at a time first ({@link Needs}). {@code into} and {@code bounds} must
	 * hold one more than the candidates in {@code prospects}: each candidate is written before it is kept or passed
	 * over.
	 */
	int collect(long[] prospects, float[] from, int threshold, int only, int stride, int[] into, float[] bounds,
			float[] ceilings) {
		float cut = scorer.cutoff(threshold);
		Needs[] needs = new Needs[TRAITS];
		for (int t = 0; t < TRAITS; t++) {
			needs[t] = new Needs(from[t], full, same, sameOrNone, partialOrNone, sameCredit, partialCredit, points);
		}
		// the traits the floors depend on: kinds differing only in others share a floor and are taken together
		int relevant = 0;
		for (int t = 0; t < TRAITS; t++) {
			for (int trait = 1; trait < TRAITS; trait <<= 1) {
				if (from[t] != from[t ^ trait]) {
					relevant |= trait;
				}
			}
		}
		boolean uniform = relevant == 0;
		long[] educated = index.gates.educated();
		long[] evidenced = index.gates.evidenced();
		long[] sameWord = new long[required];
		long[] partialWord = new long[required];
		int count = 0;
		long[][] same = sameOrNone;
		long[][] partial = partialOrNone;
		int[] listedWords = only == ALL ? null : coverage.words(only);
		long[] members = only == ALL ? null : coverage.members(only);
		int step = only == ALL ? stride : 1;
		for (int i = 0, words = only == ALL ? Bits.words(index.limit) : coverage.size(only); i < words; i += step) {
			int w = listedWords == null ? i : listedWords[i];
			long candidates = prospects[w];
			if (members != null) {
				candidates &= members[w];
			}
			if (candidates == 0) {
				continue;
			}
			long edu = educated[w];
			long shown = evidenced[w];
			long fits = fitsMode == null ? -1L : fitsMode[w];
			if (Long.bitCount(candidates) < FILTER_FROM) {
				// too few for the word filters to pay: each is checked against its floor below
			}
			else if (uniform) {
				candidates = needs[0].filter(w, candidates);
			}
			else {
				// each kind of candidate against the floor of its kind
				long kept = 0;
				for (int t = 0; t < TRAITS; t++) {
					if ((t & ~relevant) != 0) {
						continue;
					}
					long lanes = candidates & lanes(relevant, t, EDUCATED, edu) & lanes(relevant, t, EVIDENCED, shown)
							& lanes(relevant, t, FITS_MODE, fits);
					if (lanes != 0) {
						kept |= needs[t].filter(w, lanes);
					}
				}
				candidates = kept;
			}
			if (candidates == 0) {
				continue;
			}
			for (int r = 0; r < required; r++) {
				sameWord[r] = same[r][w];
				partialWord[r] = partial[r][w];
			}
			while (candidates != 0) {
				int bit = Long.numberOfTrailingZeros(candidates);
				candidates &= candidates - 1;
				// branch-free: which of the two sets hold the candidate picks one of four credits
				float bound = 0;
				for (int r = 0; r < required; r++) {
					int sets = (int) (sameWord[r] >>> bit & 1) | (int) (partialWord[r] >>> bit & 1) << 1;
					bound += creditByHeld[r << 2 | sets];
				}
				int traits = (int) (edu >>> bit & 1) * EDUCATED | (int) (shown >>> bit & 1) * EVIDENCED
						| (int) (fits >>> bit & 1) * FITS_MODE;
				// written either way and kept by moving on, so the outcome is not a branch to mispredict
				into[count] = (w << 6) + bit;
				bounds[count] = bound;
				count += bound >= from[traits] ? 1 : 0;
			}
		}
		listed = count;
		// the summaries in a loop of loads only, so the cache misses of candidates far apart overlap
		long[] summaryOf = scratch.summaries;
		long[] summaries = index.summaries;
		for (int i = 0; i < count; i++) {
			summaryOf[i] = summaries[into[i]];
		}
		int kept = 0;
		for (int i = 0; i < count; i++) {
			int ordinal = into[i];
			// dealt with: listed, or out for good (the worst kept score only rises)
			prospects[ordinal >>> 6] &= ~(1L << ordinal);
			float ceiling = scorer.ceiling(summaryOf[i], bounds[i]);
			if (ceiling >= cut) {
				into[kept] = ordinal;
				bounds[kept] = bounds[i];
				ceilings[kept++] = ceiling;
			}
		}
		return kept;
	}

	/** The lanes of {@code holders} that have {@code trait} as kind {@code t} says, all when it does not matter. */
	private static long lanes(int relevant, int t, int trait, long holders) {
		return (relevant & trait) == 0 ? -1L : (t & trait) != 0 ? holders : ~holders;
	}

	/** Hands the scratch sets back, all zero. */
	void release() {
		coverage.clear();
		scratch.releaseBitSets();
	}

	/** The skill's bit set itself when it is dense, else a scratch copy of its holders. */
	private long[] holders(int skill) {
		long[] dense = index.postings.dense(skill);
		if (dense != null) {
			return dense;
		}
		long[] bits = scratch.bitSet(Bits.words(index.capacity));
		index.postings.addTo(skill, bits);
		return bits;
	}

	private long availableOneByOne(int word, long candidates) {
		long pass = 0;
		for (long rest = candidates; rest != 0; rest &= rest - 1) {
			int ordinal = (word << 6) + Long.numberOfTrailingZeros(rest);
			if (!FactorMath.startsTooLate(index.attrs[ordinal * CandidateIndex.STRIDE + CandidateIndex.AVAILABLE],
					scorer.startDay(), scorer.settings)) {
				pass |= 1L << ordinal;
			}
		}
		return pass;
	}

}
