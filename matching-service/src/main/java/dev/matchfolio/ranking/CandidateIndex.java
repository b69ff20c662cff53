package dev.matchfolio.ranking;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.WorkMode;

/**
 * The in-memory candidate index the engine ranks over. Every candidate gets an ordinal; what scoring needs lives in
 * primitive arrays indexed by it (numbers, bit masks, interned ids), the candidate's skills in one flat pool (skill id,
 * level, most recent evidence day per slot) and an inverted index maps each skill id to the ordinals that have it.
 * The {@link Candidate} records are kept only to explain the returned page.
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

	/** Slots in use (not ints). */
	int poolUsed;

	private int poolGarbage;

	final Postings postings = new Postings();

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
		int id = taxonomy.idOf(name);
		return id >= 0 ? id : unknownSkills.find(SkillNormalizer.key(name));
	}

	/** One past the largest skill id. */
	int skillLimit() {
		return unknownSkills.limit();
	}

	private int internSkill(String name) {
		int id = taxonomy.idOf(name);
		return id >= 0 ? id : unknownSkills.intern(SkillNormalizer.key(name));
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
		int base = ordinal * STRIDE;
		int[] a = attrs;
		a[base + FLAGS] = mask(candidate.engagements().stream().mapToInt(Engagement::ordinal).toArray())
				| mask(candidate.workModes().stream().mapToInt(WorkMode::ordinal).toArray()) << WORK_MODE_SHIFT;
		a[base + YEARS] = candidate.yearsOfExperience() == null ? -1 : Math.max(0, candidate.yearsOfExperience());
		a[base + HOURS] = candidate.hoursPerWeek() == null ? -1 : Math.max(0, candidate.hoursPerWeek());
		a[base + COUNTRY] = countries.intern(upper(candidate.country()));
		a[base + CITY] = places.intern(SkillNormalizer.key(candidate.city()));
		a[base + ZONE] = zones.intern(candidate.timezone() == null ? null : candidate.timezone().strip());
		a[base + AVAILABLE] = day(candidate.availableFrom());
		gates.set(ordinal, a[base + FLAGS] & ((1 << WORK_MODE_SHIFT) - 1), a[base + COUNTRY], a[base + AVAILABLE]);
		int graduation = 0;
		for (Candidate.Education education : candidate.education()) {
			int year = education == null || education.graduationYear() == null ? 1 : education.graduationYear();
			graduation = Math.max(graduation, year);
		}
		a[base + GRADUATION] = graduation;
		money(base + RATE, candidate.hourlyRate());
		money(base + SALARY, candidate.annualSalary());
		fillSkills(ordinal, candidate);
		int newest = NO_EVIDENCE;
		boolean undated = false;
		int[] skills = skillArray(base);
		for (int k = skillOffset(base), end = k + a[base + SKILL_COUNT] * SLOT; k < end; k += SLOT) {
			undated |= skills[k + 1] == UNDATED;
			newest = skills[k + 1] == UNDATED ? newest : Math.max(newest, skills[k + 1]);
		}
		summaries[ordinal] = Summary.pack(a[base + YEARS], graduation, a[base + HOURS],
				a[base + FLAGS] >>> WORK_MODE_SHIFT, a[base + ZONE], Float.intBitsToFloat(a[base + RATE]),
				a[base + RATE_CURRENCY], Float.intBitsToFloat(a[base + SALARY]), a[base + SALARY_CURRENCY], newest,
				undated);
	}

	/** The amount (float bits, -1 when unknown) at {@code at}, its interned currency right after. */
	private void money(int at, Money money) {
		attrs[at] = Float.floatToRawIntBits(money == null ? -1f : (float) money.amount());
		attrs[at + 1] = currencies.intern(money == null ? null : upper(money.currency()));
	}

	private void fillSkills(int ordinal, Candidate candidate) {
		Map<Integer, int[]> slots = new HashMap<>();
		for (Candidate.Skill skill : candidate.skills()) {
			if (skill == null || SkillNormalizer.key(skill.name()).isEmpty()) {
				continue;
			}
			int[] slot = slots.computeIfAbsent(internSkill(skill.name()), id -> new int[] { 0, NO_EVIDENCE });
			int level = skill.level() == null ? 0 : Math.max(1, Math.min(5, skill.level()));
			slot[0] = Math.max(slot[0], level);
		}
		for (Candidate.Project project : candidate.projects()) {
			int evidence = project.completedOn() != null ? day(project.completedOn())
					: project.startedOn() != null ? ONGOING : UNDATED;
			for (String name : project.skills()) {
				if (SkillNormalizer.key(name).isEmpty()) {
					continue;
				}
				int[] slot = slots.computeIfAbsent(internSkill(name), id -> new int[] { 0, NO_EVIDENCE });
				slot[1] = Math.max(slot[1], evidence);
			}
		}
		int[] skillIds = slots.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
		int base = ordinal * STRIDE;
		boolean inline = skillIds.length <= INLINE_SLOTS;
		if (!inline) {
			ensurePool(skillIds.length);
			attrs[base + SKILL_START] = poolUsed;
			poolUsed += skillIds.length;
		}
		attrs[base + SKILL_COUNT] = skillIds.length;
		int[] target = skillArray(base);
		int at = skillOffset(base);
		for (int skillId : skillIds) {
			int[] slot = slots.get(skillId);
			target[at] = skillId << LEVEL_BITS | slot[0];
			target[at + 1] = slot[1];
			at += SLOT;
			postings.add(skillId, ordinal);
		}
	}

	private void clear(int ordinal) {
		int base = ordinal * STRIDE;
		int count = attrs[base + SKILL_COUNT];
		int[] skills = skillArray(base);
		for (int k = skillOffset(base), end = k + count * SLOT; k < end; k += SLOT) {
			postings.remove(skills[k] >>> LEVEL_BITS, ordinal);
		}
		if (count > INLINE_SLOTS) {
			poolGarbage += count;
		}
		attrs[base + SKILL_COUNT] = 0;
		sources[ordinal] = null;
		present[ordinal] = false;
		live--;
	}

	/** Makes room for {@code extra} slots; when most of the pool is garbage from replaced candidates, compacts it. */
	private void ensurePool(int extra) {
		if ((poolUsed + extra) * SLOT <= pool.length) {
			return;
		}
		if (poolGarbage > poolUsed / 2) {
			compactPool();
			if ((poolUsed + extra) * SLOT <= pool.length) {
				return;
			}
		}
		pool = Arrays.copyOf(pool, Math.max((poolUsed + extra) * SLOT, pool.length * 2));
	}

	private void compactPool() {
		int used = 0;
		for (int ordinal = 0; ordinal < limit; ordinal++) {
			int base = ordinal * STRIDE;
			int count = present[ordinal] ? attrs[base + SKILL_COUNT] : 0;
			if (count <= INLINE_SLOTS) {
				continue;
			}
			System.arraycopy(pool, attrs[base + SKILL_START] * SLOT, pool, used * SLOT, count * SLOT);
			attrs[base + SKILL_START] = used;
			used += count;
		}
		poolUsed = used;
		poolGarbage = 0;
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
