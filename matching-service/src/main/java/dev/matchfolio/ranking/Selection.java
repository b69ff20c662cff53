package dev.matchfolio.ranking;

import dev.matchfolio.events.WorkMode;

/**
 * Which candidates an opening ranks, worked out 64 at a time on bit sets. Per required skill it holds two sets: the
 * holders of the skill itself, and the holders of any other skill that earns credit for it (narrower or related),
 * with the most such a skill can earn. From them it finds the prospects that pass the hard rules in one pass over the
 * words (their count is the ranking's total), and bounds each prospect's required-skill credit without reading the
 * candidate: Σ weight × (1 for the skill itself, the best partial credit for another, 0 for none). A candidate that
 * lacks a heavily weighted skill is ruled out a word at a time ({@link #collect}). Built under the index's read lock;
 * one per query.
 */
final class Selection {

	/** Relative slack on float sums, so rounding never rules out a candidate that could reach the page. */
	private static final float SLACK = 1e-4f;

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

	/** The most required credit a candidate can have (every required skill itself). */
	final float full;

	private final long[] accepting;

	private final boolean countryRule;

	private final int country;

	private final boolean availabilityRule;

	private final int lastDay;

	private final Scorer scorer;

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
		accepting = index.gates.accepting(opening.kind().engagement());
		WorkMode mode = opening.workMode();
		countryRule = (mode == WorkMode.ONSITE || mode == WorkMode.HYBRID) && scorer.openingCountry() != Interner.NONE;
		country = scorer.openingCountry() == Scorer.ABSENT ? Interner.NONE : scorer.openingCountry();
		availabilityRule = scorer.startDay() != CandidateIndex.UNKNOWN;
		lastDay = availabilityRule ? scorer.startDay() + scorer.settings.startGraceDays() : 0;
	}

	/**
	 * Marks in {@code out} the candidates holding a skill that earns credit for a required one and passing every hard
	 * rule; returns how many.
	 */
	int prospects(long[] out) {
		long[][] same = this.same;
		long[][] partial = this.partial;
		boolean exactDays = availabilityRule && Gates.coversDay(lastDay);
		int total = 0;
		for (int w = 0, words = Bits.words(index.limit); w < words; w++) {
			long held = 0;
			for (int r = 0; r < required; r++) {
				held |= Bits.word(same[r], w) | Bits.word(partial[r], w);
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
			out[w] = pass;
			total += Long.bitCount(pass);
		}
		return total;
	}

	/**
	 * Lists in {@code into} the prospects of {@code prospects} whose credit bound is in {@code [from, below)}, with
	 * that bound and their score {@link Scorer#ceiling}; returns how many. Leaves out those whose ceiling cannot reach
	 * {@code threshold}, and keeps to {@code coverage}. Required skills whose absence alone would take a candidate
	 * under {@code from} are checked a word at a time first.
	 */
	int collect(long[] prospects, float from, float below, int threshold, Coverage coverage, int[] into,
			float[] bounds, float[] ceilings) {
		// the most credit a candidate of this round can have; one whose other factors cannot make up for the rest is
		// passed over before its skills are looked at
		float most = Math.min(below, full);
		float slack = full - from + SLACK * full;
		// requirements whose absence alone costs more than the slack: r needs the skill itself, or at least some credit
		int[] needSame = new int[required];
		int[] needAny = new int[required];
		int sames = 0;
		int anys = 0;
		for (int r = 0; r < required; r++) {
			if (sameCredit[r] - partialCredit[r] > slack) {
				if (same[r] == null) {
					return 0;
				}
				needSame[sames++] = r;
			}
			else if (sameCredit[r] > slack) {
				needAny[anys++] = r;
			}
		}
		long[] sameWord = new long[required];
		long[] partialWord = new long[required];
		int count = 0;
		for (int w = 0, words = Bits.words(index.limit); w < words; w++) {
			long candidates = prospects[w];
			if (candidates == 0) {
				continue;
			}
			for (int i = 0; i < sames && candidates != 0; i++) {
				candidates &= same[needSame[i]][w];
			}
			for (int i = 0; i < anys && candidates != 0; i++) {
				candidates &= Bits.word(same[needAny[i]], w) | Bits.word(partial[needAny[i]], w);
			}
			if (coverage != Coverage.ANY && candidates != 0) {
				long covering = -1L;
				for (int r = 0; r < required; r++) {
					covering &= Bits.word(same[r], w) | Bits.word(partial[r], w);
				}
				candidates &= coverage == Coverage.EVERY_SKILL ? covering : ~covering;
			}
			if (candidates == 0) {
				continue;
			}
			for (int r = 0; r < required; r++) {
				sameWord[r] = Bits.word(same[r], w);
				partialWord[r] = Bits.word(partial[r], w);
			}
			while (candidates != 0) {
				int bit = Long.numberOfTrailingZeros(candidates);
				candidates &= candidates - 1;
				int ordinal = (w << 6) + bit;
				if (scorer.cannotReach(scorer.ceiling(ordinal, most), threshold)) {
					continue;
				}
				float bound = 0;
				for (int r = 0; r < required; r++) {
					bound += (sameWord[r] >>> bit & 1) != 0 ? sameCredit[r]
							: (partialWord[r] >>> bit & 1) != 0 ? partialCredit[r] : 0f;
				}
				if (bound >= from && bound < below) {
					into[count] = ordinal;
					bounds[count] = bound;
					ceilings[count++] = scorer.ceiling(ordinal, bound);
				}
			}
		}
		return count;
	}

	/** Which prospects a {@link #collect} takes by how many required skills they have some credit for. */
	enum Coverage {

		ANY,

		/** Some credit for every required skill. */
		EVERY_SKILL,

		/** No credit for at least one required skill. */
		NOT_EVERY_SKILL

	}

	/** Hands the scratch sets back, all zero. */
	void release() {
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
