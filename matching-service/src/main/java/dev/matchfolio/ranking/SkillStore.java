package dev.matchfolio.ranking;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The skills part of a {@link CandidateIndex}: per candidate one slot per distinct skill, by ascending skill id
 * ({@link CandidateIndex#SLOT} ints: {@code skillId << LEVEL_BITS | level}, then the newest evidence day), inline in
 * the candidate's row when they fit and in the shared {@link CandidateIndex#pool} otherwise, and the postings from each
 * skill to the candidates that have it.
 * <p>
 * New slots always go to the end of the pool; once most of it is garbage left by replaced or removed candidates it
 * is compacted rather than grown. The array stays a field of the index so that scoring reaches a candidate's slots
 * with one field load. Not thread-safe: used under the index's write lock.
 */
final class SkillStore {

	private static final int MAX_LEVEL = 5;

	private final CandidateIndex index;

	/** Pool slots in use (not ints). */
	private int poolUsed;

	/** Pool slots of candidates since replaced or removed. */
	private int poolGarbage;

	SkillStore(CandidateIndex index) {
		this.index = index;
	}

	/** Writes the slots of the candidate at {@code ordinal} and adds it to the postings of its skills. */
	void fill(int ordinal, Candidate candidate) {
		Map<Integer, int[]> slots = new HashMap<>();
		for (Candidate.Skill skill : candidate.skills()) {
			if (skill == null || SkillNormalizer.key(skill.name()).isEmpty()) {
				continue;
			}
			int[] slot = slots.computeIfAbsent(index.internSkill(skill.name()),
					id -> new int[] { 0, CandidateIndex.NO_EVIDENCE });
			int level = skill.level() == null ? 0 : Math.max(1, Math.min(MAX_LEVEL, skill.level()));
			slot[0] = Math.max(slot[0], level);
		}
		for (Candidate.Project project : candidate.projects()) {
			int evidence = project.completedOn() != null ? CandidateIndex.day(project.completedOn())
					: project.startedOn() != null ? CandidateIndex.ONGOING : CandidateIndex.UNDATED;
			for (String name : project.skills()) {
				if (SkillNormalizer.key(name).isEmpty()) {
					continue;
				}
				int[] slot = slots.computeIfAbsent(index.internSkill(name),
						id -> new int[] { 0, CandidateIndex.NO_EVIDENCE });
				slot[1] = Math.max(slot[1], evidence);
			}
		}
		int[] skillIds = slots.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
		int base = ordinal * CandidateIndex.STRIDE;
		boolean inline = skillIds.length <= CandidateIndex.INLINE_SLOTS;
		if (!inline) {
			ensurePool(skillIds.length);
			index.attrs[base + CandidateIndex.SKILL_START] = poolUsed;
			poolUsed += skillIds.length;
		}
		index.attrs[base + CandidateIndex.SKILL_COUNT] = skillIds.length;
		int[] target = index.skillArray(base);
		int at = index.skillOffset(base);
		for (int skillId : skillIds) {
			int[] slot = slots.get(skillId);
			target[at] = skillId << CandidateIndex.LEVEL_BITS | slot[0];
			target[at + 1] = slot[1];
			at += CandidateIndex.SLOT;
			index.postings.add(skillId, ordinal);
		}
	}

	/** Takes the candidate at {@code ordinal} out of its skills' postings and leaves its pool slots as garbage. */
	void clear(int ordinal) {
		int base = ordinal * CandidateIndex.STRIDE;
		int count = index.attrs[base + CandidateIndex.SKILL_COUNT];
		int[] skills = index.skillArray(base);
		int start = index.skillOffset(base);
		for (int k = start, end = start + count * CandidateIndex.SLOT; k < end; k += CandidateIndex.SLOT) {
			index.postings.remove(skills[k] >>> CandidateIndex.LEVEL_BITS, ordinal);
		}
		if (count > CandidateIndex.INLINE_SLOTS) {
			poolGarbage += count;
		}
		index.attrs[base + CandidateIndex.SKILL_COUNT] = 0;
	}

	/** Makes room for {@code extra} slots; when most of the pool is garbage from replaced candidates, compacts it. */
	private void ensurePool(int extra) {
		if ((poolUsed + extra) * CandidateIndex.SLOT <= index.pool.length) {
			return;
		}
		if (poolGarbage > poolUsed / 2) {
			compactPool();
			if ((poolUsed + extra) * CandidateIndex.SLOT <= index.pool.length) {
				return;
			}
		}
		index.pool = Arrays.copyOf(index.pool,
				Math.max((poolUsed + extra) * CandidateIndex.SLOT, index.pool.length * 2));
	}

	private void compactPool() {
		int[] pool = index.pool;
		int[] attrs = index.attrs;
		int used = 0;
		for (int ordinal = 0; ordinal < index.limit; ordinal++) {
			int base = ordinal * CandidateIndex.STRIDE;
			int count = index.present[ordinal] ? attrs[base + CandidateIndex.SKILL_COUNT] : 0;
			if (count <= CandidateIndex.INLINE_SLOTS) {
				continue;
			}
			System.arraycopy(pool, attrs[base + CandidateIndex.SKILL_START] * CandidateIndex.SLOT, pool,
					used * CandidateIndex.SLOT, count * CandidateIndex.SLOT);
			attrs[base + CandidateIndex.SKILL_START] = used;
			used += count;
		}
		poolUsed = used;
		poolGarbage = 0;
	}

}
