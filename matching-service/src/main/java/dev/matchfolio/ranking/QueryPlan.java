package dev.matchfolio.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An opening's skills expanded once per query through the taxonomy: for every skill id that earns credit for some
 * requirement, which requirements and how much (the same skill = 1, a narrower skill = BROADER credit, a similar
 * skill = RELATED credit). Requirements are numbered required first, then nice-to-have. Built under the index's read
 * lock.
 */
final class QueryPlan {

	static final byte SAME = 0;

	static final byte BROADER = 1;

	static final byte RELATED = 2;

	final int requiredCount;

	final int count;

	final int[] minLevel;

	final double[] weight;

	final double requiredWeight;

	final double niceWeight;

	/** Skill id of each requirement, -1 when nobody has it. */
	final int[] requirementSkill;

	final String[] requirementKey;

	/** Canonical (taxonomy) or typed name of each requirement. */
	final String[] requirementName;

	/** Per skill id: 0 when it earns nothing, else 1 + its entry number. */
	final int[] entryBySkill;

	/** Pairs of entry {@code e} are {@code [entryStart[e], entryStart[e + 1])}. */
	final int[] entryStart;

	final int[] pairRequirement;

	final float[] pairCredit;

	final byte[] pairVia;

	/** Skill ids whose holders may be scored: those that earn credit for a required skill. */
	final int[] prospectSkills;

	/** The most a skill's level can multiply its credit by (1 with sensible settings). */
	final double levelCap;

	QueryPlan(OpeningSpec opening, CandidateIndex index, EngineSettings settings) {
		List<OpeningSpec.Requirement> all = new ArrayList<>(opening.requiredSkills());
		all.addAll(opening.niceToHaveSkills());
		requiredCount = opening.requiredSkills().size();
		count = all.size();
		minLevel = new int[count];
		weight = new double[count];
		requirementSkill = new int[count];
		requirementKey = new String[count];
		requirementName = new String[count];
		Taxonomy taxonomy = index.taxonomy;
		Map<Integer, List<float[]>> bySkill = new TreeMap<>();
		double required = 0;
		double nice = 0;
		for (int r = 0; r < count; r++) {
			OpeningSpec.Requirement requirement = all.get(r);
			minLevel[r] = Math.max(1, Math.min(5, requirement.minLevel()));
			weight[r] = requirement.weight();
			if (r < requiredCount) {
				required += weight[r];
			}
			else {
				nice += weight[r];
			}
			int skill = index.skillIdOf(requirement.name());
			requirementSkill[r] = skill;
			requirementKey[r] = SkillNormalizer.key(requirement.name());
			requirementName[r] = skill >= 0 && skill < taxonomy.size() ? taxonomy.skill(skill).name()
					: requirement.name().strip();
			if (skill < 0) {
				continue;
			}
			add(bySkill, skill, r, 1f, SAME);
			if (skill < taxonomy.size()) {
				for (int narrower : taxonomy.narrower(skill)) {
					add(bySkill, narrower, r, (float) settings.broaderCredit(), BROADER);
				}
				int[] related = taxonomy.relatedIds(skill);
				float[] similarity = taxonomy.relatedSimilarity(skill);
				for (int i = 0; i < related.length; i++) {
					add(bySkill, related[i], r, (float) (similarity[i] * settings.relatedFactor()), RELATED);
				}
			}
		}
		requiredWeight = required;
		niceWeight = nice;
		entryBySkill = new int[index.skillLimit()];
		entryStart = new int[bySkill.size() + 1];
		int pairs = bySkill.values().stream().mapToInt(List::size).sum();
		pairRequirement = new int[pairs];
		pairCredit = new float[pairs];
		pairVia = new byte[pairs];
		int[] prospects = new int[bySkill.size()];
		levelCap = Math.max(1, Math.max(settings.unknownLevelCredit(), settings.levelShortfallCredit()));
		int prospectCount = 0;
		int entry = 0;
		int pair = 0;
		for (Map.Entry<Integer, List<float[]>> skill : bySkill.entrySet()) {
			entryBySkill[skill.getKey()] = entry + 1;
			entryStart[entry] = pair;
			boolean prospect = false;
			for (float[] p : skill.getValue()) {
				pairRequirement[pair] = (int) p[0];
				pairCredit[pair] = p[1];
				pairVia[pair] = (byte) p[2];
				prospect |= p[0] < requiredCount;
				pair++;
			}
			if (prospect) {
				prospects[prospectCount++] = skill.getKey();
			}
			entry++;
		}
		entryStart[entry] = pair;
		prospectSkills = Arrays.copyOf(prospects, prospectCount);
	}

	/** Keeps, per skill and requirement, the best way it earns credit. */
	private static void add(Map<Integer, List<float[]>> bySkill, int skill, int requirement, float credit, byte via) {
		List<float[]> pairs = bySkill.computeIfAbsent(skill, id -> new ArrayList<>());
		for (float[] pair : pairs) {
			if (pair[0] == requirement) {
				if (credit > pair[1]) {
					pair[1] = credit;
					pair[2] = via;
				}
				return;
			}
		}
		pairs.add(new float[] { requirement, credit, via });
	}

	/** The credit skill {@code skill} earns for requirement {@code r} and how, or {@code null}. */
	float[] lookup(int skill, int r) {
		if (skill < 0 || skill >= entryBySkill.length || entryBySkill[skill] == 0) {
			return null;
		}
		int e = entryBySkill[skill] - 1;
		for (int p = entryStart[e]; p < entryStart[e + 1]; p++) {
			if (pairRequirement[p] == r) {
				return new float[] { pairCredit[p], pairVia[p] };
			}
		}
		return null;
	}

}
