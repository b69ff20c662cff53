package dev.matchfolio.ranking;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The matching engine: ranks the candidates of a {@link CandidateIndex} for an opening. Only candidates holding a
 * skill that earns credit for a required skill (the skill itself, a narrower or a related one) are scored, each with
 * every factor; hard rules leave a candidate out (engagement not accepted, on-site or hybrid work in another country,
 * available only after the start date plus the grace period). The best {@code offset + limit} are kept in a bounded
 * heap and only the returned page is explained. Deterministic: higher score first (to one decimal), then candidate
 * id. Stateless apart from its settings and thread-safe.
 */
public final class MatchingEngine {

	private static final int MAX_EVIDENCE_AGE_DAYS = 20 * 366;

	/** Slices of the score ceiling within a round: the candidates of the top ones are scored first. */
	private static final int BUCKETS = 256;

	/** Candidates whose rows are read ahead together before they are scored. */
	private static final int BATCH = 16;

	/** An int in the middle of a row, in another cache line than its first and last. */
	private static final int ROW_MIDDLE = CandidateIndex.STRIDE / 2;

	/** The sample rounds before the full pass: every {@code FIRST_STRIDE}th word, then ever more. */
	private static final int FIRST_STRIDE = 64;

	private static final int STRIDE_STEP = 4;

	/** Below this many candidates listed in the whole (as the sample suggests) no further sample is taken. */
	private static final int SAMPLE_WHEN_LISTING = 4096;

	private final EngineSettings settings;

	/** Recency weight of a project by age in days: halves every {@code evidenceHalfLifeDays}. */
	private final float[] decayByAge = new float[MAX_EVIDENCE_AGE_DAYS];

	public MatchingEngine(EngineSettings settings) {
		this.settings = settings;
		for (int age = 0; age < decayByAge.length; age++) {
			decayByAge[age] = (float) Math.pow(0.5, age / (double) settings.evidenceHalfLifeDays());
		}
	}

	public EngineSettings settings() {
		return settings;
	}

	/**
	 * Ranks every candidate of the index for the opening.
	 *
	 * @param today the day recency and availability are measured from
	 * @param offset how many of the best to skip, at least 0
	 * @param limit the page size, at least 0
	 * @return how many candidates passed the hard rules and the page, ranks counted from the top
	 */
	public Ranking rank(OpeningSpec opening, CandidateIndex index, WeightProfile weights, LocalDate today, int offset,
			int limit) {
		if (offset < 0 || limit < 0) {
			throw new IllegalArgumentException("offset and limit must not be negative");
		}
		index.lock.readLock().lock();
		try {
			Scorer scorer = new Scorer(opening, index, weights, settings, today, decayByAge);
			Scratch scratch = Scratch.of(index.limit);
			TopK top = new TopK((int) Math.min(Integer.MAX_VALUE - 8L, (long) offset + limit), index.ids);
			double[] factors = new double[Scorer.FACTOR_COUNT];
			int total;
			try {
				Selection selection = new Selection(scorer, index, scratch, opening);
				total = selection.prospects(scratch.prospects);
				scoreInRounds(scorer, selection, scratch, top, factors);
				Arrays.fill(scratch.prospects, 0, Bits.words(index.limit), 0L);
				selection.release();
			}
			catch (RuntimeException | Error ex) {
				Scratch.discard();
				throw ex;
			}
			int[] best = top.drainBestFirst();
			List<Ranking.Ranked> page = new ArrayList<>();
			for (int i = offset; i < best.length; i++) {
				int score = scorer.score(best[i], factors);
				page.add(new Ranking.Ranked(i + 1, Explainer.assess(scorer, index, best[i], score, factors)));
			}
			return new Ranking(total, page);
		}
		finally {
			index.lock.readLock().unlock();
		}
	}

	/**
	 * One candidate against the opening, as {@link #rank} would assess it; empty when the candidate is not indexed,
	 * holds no skill that earns credit for a required skill, or fails a hard rule.
	 */
	public Optional<Assessment> assess(OpeningSpec opening, CandidateIndex index, String candidateId,
			WeightProfile weights, LocalDate today) {
		index.lock.readLock().lock();
		try {
			int ordinal = index.ordinalOf(candidateId);
			if (ordinal < 0) {
				return Optional.empty();
			}
			Scorer scorer = new Scorer(opening, index, weights, settings, today, decayByAge);
			if (!isProspect(scorer.plan, index, ordinal)) {
				return Optional.empty();
			}
			double[] factors = new double[Scorer.FACTOR_COUNT];
			int score = scorer.score(ordinal, factors);
			return score < 0 ? Optional.empty()
					: Optional.of(Explainer.assess(scorer, index, ordinal, score, factors));
		}
		finally {
			index.lock.readLock().unlock();
		}
	}

	/**
	 * Scores the prospects in rounds, so the kept scores are high early and most candidates are passed over on their
	 * ceiling alone: first those holding every required skill itself; then, while the page is not full, those with
	 * some credit for every required skill, then for all but one, and so on (up to four missing; these rounds visit
	 * only the words where their class has members); then samples of everyone else who can still reach the worst kept
	 * score, every 64th word, every 16th and every 4th, for as long as the whole would list many; last everyone left.
	 * Within a round the best ceilings go first.
	 */
	private static void scoreInRounds(Scorer scorer, Selection selection, Scratch scratch, TopK top,
			double[] factors) {
		float[] anything = new float[Selection.TRAITS];
		Arrays.fill(anything, Float.NEGATIVE_INFINITY);
		if (scorer.boundable()) {
			round(scorer, selection, scratch, top, factors, anything, Coverage.EVERY_SAME, 1);
			for (int k = 0; k < Coverage.MISSING_CLASSES && top.threshold() == Integer.MIN_VALUE; k++) {
				round(scorer, selection, scratch, top, factors, anything, Coverage.MISSING_NONE + k, 1);
			}
		}
		// a sample of everyone else first, every 64th word, then every 16th and every 4th, for as long as the whole
		// would list many: the worst kept score rises before the full pass, which then lists far fewer
		for (int stride = FIRST_STRIDE; stride > 1; stride /= STRIDE_STEP) {
			int listed = round(scorer, selection, scratch, top, factors, floors(scorer, top), Selection.ALL, stride);
			if ((long) listed * stride < SAMPLE_WHEN_LISTING) {
				break;
			}
		}
		// everyone not dealt with yet (earlier rounds cleared their candidates from the prospects), each against the
		// least credit with which a candidate of its kind can still reach the worst kept score
		round(scorer, selection, scratch, top, factors, floors(scorer, top), Selection.ALL, 1);
	}

	/** Per {@link Selection#TRAITS} kind the least required credit that can still reach the worst kept score. */
	private static float[] floors(Scorer scorer, TopK top) {
		int threshold = top.threshold();
		float[] floors = new float[Selection.TRAITS];
		for (int t = 0; t < Selection.TRAITS; t++) {
			float floor = scorer.neededCredit(threshold, t);
			floors[t] = floor <= 0 ? Float.NEGATIVE_INFINITY : floor;
		}
		return floors;
	}

	/** Returns how many candidates the round listed (before their ceilings were checked). */
	private static int round(Scorer scorer, Selection selection, Scratch scratch, TopK top, double[] factors,
			float[] from, int only, int stride) {
		int count = selection.collect(scratch.prospects, from, top.threshold(), only, stride, scratch.ordinals,
				scratch.bounds, scratch.ceilings);
		count = sortByCeiling(scorer, scratch, count, top.threshold());
		score(scorer, scratch, count, top, factors);
		return selection.listed();
	}

	/**
	 * Counting sort of the listed candidates into {@link #BUCKETS} slices of their score ceiling, best first, leaving
	 * out those that cannot reach {@code threshold}; returns how many are left.
	 */
	private static int sortByCeiling(Scorer scorer, Scratch scratch, int count, int threshold) {
		int[] starts = new int[BUCKETS + 1];
		int kept = 0;
		for (int i = 0; i < count; i++) {
			if (!scorer.cannotReach(scratch.ceilings[i], threshold)) {
				starts[bucket(scratch.ceilings[i]) + 1]++;
				kept++;
			}
		}
		for (int b = 0; b < BUCKETS; b++) {
			starts[b + 1] += starts[b];
		}
		for (int i = 0; i < count; i++) {
			float ceiling = scratch.ceilings[i];
			if (!scorer.cannotReach(ceiling, threshold)) {
				int at = starts[bucket(ceiling)]++;
				scratch.sortedOrdinals[at] = scratch.ordinals[i];
				scratch.sortedBounds[at] = scratch.bounds[i];
				scratch.sortedCeilings[at] = ceiling;
			}
		}
		return kept;
	}

	/** Bucket 0 holds the highest ceilings (scores run from 0 to 1). */
	private static int bucket(float ceiling) {
		return BUCKETS - 1 - Math.max(0, Math.min(BUCKETS - 1, (int) (ceiling * (BUCKETS - 1))));
	}

	/**
	 * Scores the sorted candidates whose ceiling reaches the worst kept score, a batch at a time: the rows of a batch
	 * are read once in a loop of loads only, so their cache misses overlap before the scoring reads them again.
	 */
	private static void score(Scorer scorer, Scratch scratch, int count, TopK top, double[] factors) {
		int[] batch = new int[BATCH];
		int[] attrs = scorer.attrs();
		int i = 0;
		while (i < count) {
			int threshold = top.threshold();
			int size = 0;
			for (; i < count && size < BATCH; i++) {
				// a candidate whose ceiling is below the worst kept score is not read at all
				if (!scorer.cannotReach(scratch.sortedCeilings[i], threshold)) {
					batch[size++] = i;
				}
			}
			int touched = 0;
			for (int b = 0; b < size; b++) {
				// a row spans three cache lines (the skill slots are in the later two): one load in each
				int base = scratch.sortedOrdinals[batch[b]] * CandidateIndex.STRIDE;
				touched += attrs[base] + attrs[base + ROW_MIDDLE] + attrs[base + CandidateIndex.STRIDE - 1];
			}
			scratch.touched = touched;
			for (int b = 0; b < size; b++) {
				int at = batch[b];
				threshold = top.threshold();
				if (scorer.cannotReach(scratch.sortedCeilings[at], threshold)) {
					continue;
				}
				int ordinal = scratch.sortedOrdinals[at];
				int score = scorer.score(ordinal, factors, threshold, scorer.requiredBound(scratch.sortedBounds[at]));
				if (score >= 0) {
					top.offer(ordinal, score);
				}
			}
		}
	}


	private static boolean isProspect(QueryPlan plan, CandidateIndex index, int ordinal) {
		int base = ordinal * CandidateIndex.STRIDE;
		int[] skills = index.skillArray(base);
		int start = index.skillOffset(base);
		int end = start + index.attrs[base + CandidateIndex.SKILL_COUNT] * CandidateIndex.SLOT;
		for (int k = start; k < end; k += CandidateIndex.SLOT) {
			int skill = skills[k] >>> CandidateIndex.LEVEL_BITS;
			if (skill < plan.entryBySkill.length && plan.entryBySkill[skill] != 0) {
				for (int prospect : plan.prospectSkills) {
					if (prospect == skill) {
						return true;
					}
				}
			}
		}
		return false;
	}

}
