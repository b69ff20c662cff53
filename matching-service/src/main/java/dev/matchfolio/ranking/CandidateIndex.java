package dev.matchfolio.ranking;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The in-memory candidate index the engine ranks over. Every candidate gets an ordinal; what scoring needs lives in
 * primitive arrays indexed by it (numbers, bit masks, interned ids), the candidate's skills in one flat pool (skill id,
 * level, most recent evidence day per slot) and an inverted index maps each skill id to the ordinals that have it.
 * The {@link Candidate} records are kept only to explain the returned page. {@link RowWriter} turns a candidate into
 * its row, {@link SkillStore} keeps the skills, the pool and the postings.
 * <p>
 * Thread-safe: updates take a write lock, rankings a read lock. Skill ids are the taxonomy's ids; skills the taxonomy
 * does not know get ids after them, by normalised text.
 */
public final class CandidateIndex {

	static final int UNKNOWN = Integer.MIN_VALUE;

	/** Evidence day of a skill no project shows. */
	static final int NO_EVIDENCE = Integer.MIN_VALUE;

	/** Evidence day of a skill shown only in projects without dates. */
	static final int UNDATED = Integer.MIN_VALUE + 1;

	/** Evidence day of a skill shown in an ongoing project. */
	static final int ONGOING = Integer.MAX_VALUE;

	private static final int INITIAL_CAPACITY = 1024;

	final Taxonomy taxonomy;

	final ReadWriteLock lock = new ReentrantReadWriteLock();

	final Interner unknownSkills;

	final Interner countries = new Interner(0);

	final Interner places = new Interner(0);

	final Interner zones = new Interner(0);

	final Interner currencies = new Interner(0);

	private final Map<String, Integer> ordinalById = new HashMap<>();

	private final ArrayDeque<Integer> freeOrdinals = new ArrayDeque<>();

	/**
	 * Ints per candidate in {@link #attrs}: everything scoring reads, including up to {@link #INLINE_SLOTS} skills, in
	 * two adjacent cache lines; a candidate with more skills keeps them in {@link #pool}.
	 */
	static final int STRIDE = 32;

	static final int FLAGS = 0;

	static final int YEARS = 1;

	static final int HOURS = 2;

	static final int COUNTRY = 3;

	static final int CITY = 4;

	static final int ZONE = 5;

	static final int AVAILABLE = 6;

	static final int GRADUATION = 7;

	static final int SKILL_START = 8;

	static final int SKILL_COUNT = 9;

	static final int RATE = 10;

	static final int RATE_CURRENCY = 11;

	static final int SALARY = 12;

	static final int SALARY_CURRENCY = 13;

	/** Where the inline skill slots start. */
	static final int INLINE_AT = 14;

	static final int INLINE_SLOTS = 9;

	/** Bits of {@link #FLAGS}: accepted engagements, then accepted work modes from this shift. */
	static final int WORK_MODE_SHIFT = 3;

	/** A pool slot: {@code skillId << LEVEL_BITS | level}, then the newest evidence day. */
	static final int SLOT = 2;

	static final int LEVEL_BITS = 3;

	static final int LEVEL_MASK = (1 << LEVEL_BITS) - 1;

	int capacity;

	/** One past the highest ordinal ever used. */
	int limit;

	int live;

	Candidate[] sources = new Candidate[0];

	String[] ids = new String[0];

	boolean[] present = new boolean[0];

	/** {@link #STRIDE} ints per ordinal; money amounts as float bits. */
	int[] attrs = new int[0];

	/** Per ordinal, the inputs to the factors that do not depend on skills, packed (see {@link Summary}). */
	long[] summaries = new long[0];

	/** What the hard rules read, as bit-set columns over the ordinals. */
	final Gates gates = new Gates();

	/** The skills of candidates with more than {@link #INLINE_SLOTS}, {@link #SLOT} ints per skill. */
	int[] pool = new int[INITIAL_CAPACITY * 8 * SLOT];

	final Postings postings = new Postings();

	/** Writes the attributes, hard-rule columns and summary of a row. */
	private final RowWriter rowWriter = new RowWriter(this);

	/** Writes and clears the skill slots, {@link #pool} and {@link #postings}. */
	private final SkillStore skillStore = new SkillStore(this);

	private CandidateIndex(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
		this.unknownSkills = new Interner(taxonomy.size());
		grow(INITIAL_CAPACITY);
	}

	public static CandidateIndex create(Taxonomy taxonomy) {
		return new CandidateIndex(taxonomy);
	}

	public static Builder builder(Taxonomy taxonomy) {
		return new Builder(new CandidateIndex(taxonomy));
	}

	public Taxonomy taxonomy() {
		return taxonomy;
	}

	/** Adds the candidate, or replaces the one with the same id. */
	public void upsert(Candidate candidate) {
		lock.writeLock().lock();
		try {
			Integer existing = ordinalById.get(candidate.id());
			if (existing != null) {
				clear(existing);
			}
			int ordinal = existing != null ? existing : nextOrdinal();
			ordinalById.put(candidate.id(), ordinal);
			fill(ordinal, candidate);
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	/** Removes the candidate; returns whether it was indexed. */
	public boolean remove(String candidateId) {
		lock.writeLock().lock();
		try {
			Integer ordinal = ordinalById.remove(candidateId);
			if (ordinal == null) {
				return false;
			}
			clear(ordinal);
			freeOrdinals.push(ordinal);
			return true;
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	public int size() {
		lock.readLock().lock();
		try {
			return live;
		}
		finally {
			lock.readLock().unlock();
		}
	}

	public boolean contains(String candidateId) {
		lock.readLock().lock();
		try {
			return ordinalById.containsKey(candidateId);
		}
		finally {
			lock.readLock().unlock();
		}
	}

	/** Under the read lock: the ordinal of a candidate or -1. */
	int ordinalOf(String candidateId) {
		return ordinalById.getOrDefault(candidateId, -1);
	}

	/** Under the read lock: the skill id of a typed name, or -1 when neither the taxonomy nor any candidate has it. */
	int skillIdOf(String name) {
		String key = SkillNormalizer.key(name);
		int id = taxonomy.idOfKey(key);
		return id >= 0 ? id : unknownSkills.find(key);
	}

	/** One past the largest skill id. */
	int skillLimit() {
		return unknownSkills.limit();
	}

	/** Under the write lock: the skill id of a name, a new one when neither the taxonomy nor any candidate has it. */
	int internSkill(String name) {
		String key = SkillNormalizer.key(name);
		int id = taxonomy.idOfKey(key);
		return id >= 0 ? id : unknownSkills.intern(key);
	}

	private int nextOrdinal() {
		if (!freeOrdinals.isEmpty()) {
			return freeOrdinals.pop();
		}
		if (limit == capacity) {
			grow(capacity * 2);
		}
		return limit++;
	}

	private void fill(int ordinal, Candidate candidate) {
		sources[ordinal] = candidate;
		ids[ordinal] = candidate.id();
		present[ordinal] = true;
		live++;
		rowWriter.attributes(ordinal, candidate);
		skillStore.fill(ordinal, candidate);
		summaries[ordinal] = rowWriter.summary(ordinal);
		gates.setTraits(ordinal, summaries[ordinal]);
	}

	private void clear(int ordinal) {
		skillStore.clear(ordinal);
		sources[ordinal] = null;
		present[ordinal] = false;
		live--;
	}

	private void grow(int size) {
		capacity = size;
		sources = Arrays.copyOf(sources, size);
		ids = Arrays.copyOf(ids, size);
		present = Arrays.copyOf(present, size);
		attrs = Arrays.copyOf(attrs, size * STRIDE);
		summaries = Arrays.copyOf(summaries, size);
		postings.grow(Bits.words(size));
		gates.grow(Bits.words(size));
	}

	/** The array holding the skill slots of the candidate at {@code base} (its ordinal × {@link #STRIDE}). */
	int[] skillArray(int base) {
		return attrs[base + SKILL_COUNT] <= INLINE_SLOTS ? attrs : pool;
	}

	/** The index of the first skill slot in {@link #skillArray(int)}. */
	int skillOffset(int base) {
		return attrs[base + SKILL_COUNT] <= INLINE_SLOTS ? base + INLINE_AT : attrs[base + SKILL_START] * SLOT;
	}

	static int mask(int[] ordinals) {
		int mask = 0;
		for (int ordinal : ordinals) {
			mask |= 1 << ordinal;
		}
		return mask;
	}

	static int day(LocalDate date) {
		return date == null ? UNKNOWN : (int) date.toEpochDay();
	}

	static String upper(String code) {
		return code == null ? null : code.strip().toUpperCase(Locale.ROOT);
	}

	/** Fills an index in one go; {@link #build()} hands it over (it stays updatable). */
	public static final class Builder {

		private final CandidateIndex index;

		private Builder(CandidateIndex index) {
			this.index = index;
		}

		public Builder add(Candidate candidate) {
			index.upsert(candidate);
			return this;
		}

		public Builder addAll(Iterable<Candidate> candidates) {
			candidates.forEach(index::upsert);
			return this;
		}

		public CandidateIndex build() {
			return index;
		}

	}

}
