package dev.matchfolio.ranking;

import java.time.LocalDate;
import java.util.ArrayList;
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

	/** Skill-bound buckets: the candidates of the top ones are scored first. */
	private static final int BUCKETS = 64;

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
				accumulate(scorer.plan, index, scratch.bits, scratch.credit);
				int[] perBucket = new int[BUCKETS];
				total = passing(scorer, index.limit, scratch, perBucket);
				// the candidates with the best skill bounds first, so the heap's threshold is high before the rest
				int seed = seedBucket(perBucket, top.capacity());
				offer(scorer, scratch, total, top, factors, seed, BUCKETS);
				offer(scorer, scratch, total, top, factors, 0, seed);
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
	 * Walks the prospect bit set in ordinal order (clearing it and the credit sums): lists the candidates that pass the
	 * hard rules with their credit sums and counts them per skill-bound bucket; returns how many passed.
	 */
	private static int passing(Scorer scorer, int limit, Scratch scratch, int[] perBucket) {
		long[] prospects = scratch.bits;
		float[] credit = scratch.credit;
		int[] passing = scratch.passing;
		float[] passingCredit = scratch.passingCredit;
		int count = 0;
		for (int word = 0, words = (limit + 63) >>> 6; word < words; word++) {
			long bits = prospects[word];
			if (bits == 0) {
				continue;
			}
			prospects[word] = 0;
			while (bits != 0) {
				int ordinal = (word << 6) + Long.numberOfTrailingZeros(bits);
				bits &= bits - 1;
				float held = credit[ordinal];
				credit[ordinal] = 0f;
				if (scorer.excluded(ordinal)) {
					continue;
				}
				passing[count] = ordinal;
				passingCredit[count++] = held;
				perBucket[scorer.bucket(held, BUCKETS)]++;
			}
		}
		return count;
	}

	/** The lowest bucket from which up the buckets hold at least {@code k} candidates (0 when all of them do not). */
	private static int seedBucket(int[] perBucket, int k) {
		int held = 0;
		for (int b = perBucket.length - 1; b > 0; b--) {
			held += perBucket[b];
			if (held >= k) {
				return b;
			}
		}
		return 0;
	}

	/** Scores the listed candidates whose bucket is in {@code [from, to)} unless their skill bound rules them out. */
	private static void offer(Scorer scorer, Scratch scratch, int count, TopK top, double[] factors, int from, int to) {
		int[] passing = scratch.passing;
		float[] passingCredit = scratch.passingCredit;
		for (int i = 0; i < count; i++) {
			float held = passingCredit[i];
			int bucket = scorer.bucket(held, BUCKETS);
			if (bucket < from || bucket >= to) {
				continue;
			}
			int threshold = top.threshold();
			// a candidate whose skills alone keep it below the worst kept score is not read any further
			if (scorer.cannotReach(held, threshold)) {
				continue;
			}
			// once the heap is full, a candidate that cannot reach its worst score skips the skill loop
			int score = scorer.score(passing[i], factors, threshold, scorer.requiredBound(held));
			if (score >= 0) {
				top.offer(passing[i], score);
			}
		}
	}

	/**
	 * Term at a time: marks the ordinals holding a prospect skill in a bit set (so each is scored once, in ordinal
	 * order) and sums per ordinal the most required credit its skills can add.
	 */
	private static void accumulate(QueryPlan plan, CandidateIndex index, long[] bits, float[] credit) {
		for (int i = 0; i < plan.prospectSkills.length; i++) {
			index.postings.accumulate(plan.prospectSkills[i], plan.prospectCredit[i], bits, credit);
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
