package dev.matchfolio.ranking;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import dev.matchfolio.ranking.Assessment.Factors;

/**
 * Builds the parts of an assessment a reader sees, only for the candidates of the returned page: which skill matched
 * which requirement and how, the portfolio projects that show it, what is missing, and one line saying why, for
 * example {@code "Covers 2 of 3 required skills; Java shown in 1 portfolio project; 4 years of experience; missing
 * Kubernetes; weak on compensation"}.
 */
final class Explainer {

	private static final double SCORE_PER_POINT = 10.0;

	private static final double HUNDREDTHS = 100.0;

	private static final double WEAK = 0.5;

	private Explainer() {
	}

	static Assessment assess(Scorer scorer, CandidateIndex index, int ordinal, int score, double[] factors) {
		Candidate candidate = index.sources[ordinal];
		QueryPlan plan = scorer.plan;
		List<SkillMatch> matched = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<String> belowLevel = new ArrayList<>();
		Typed typed = new Typed(index, candidate);
		for (int r = 0; r < plan.requiredCount; r++) {
			Best best = best(plan, typed, r, scorer.settings);
			if (best != null && (best.level == 0 || best.level >= plan.minLevel[r])) {
				matched.add(new SkillMatch(plan.requirementName[r], best.typed, best.via,
						evidence(typed, candidate, best.skill)));
			}
			else {
				missing.add(plan.requirementName[r]);
				if (best != null) {
					belowLevel.add(plan.requirementName[r] + " below level " + plan.minLevel[r]);
				}
			}
		}
		Map<String, Double> breakdown = new LinkedHashMap<>();
		for (int f = 0; f < Scorer.FACTOR_COUNT; f++) {
			breakdown.put(Factors.ALL.get(f), Math.round(factors[f] * HUNDREDTHS) / HUNDREDTHS);
		}
		String explanation = explanation(plan, matched, missing, belowLevel, candidate.yearsOfExperience(), scorer,
				factors);
		return new Assessment(candidate.id(), candidate.displayName(), score / SCORE_PER_POINT,
				java.util.Collections.unmodifiableMap(breakdown), List.copyOf(matched), List.copyOf(missing),
				explanation);
	}

	/** The candidate's skill earning the most for requirement {@code r}; profile skills before project-only ones. */
	private static Best best(QueryPlan plan, Typed typed, int r, EngineSettings settings) {
		Best best = null;
		for (int i = 0; i < typed.names.size(); i++) {
			float[] credit = plan.lookup(typed.ids[i], r);
			if (credit == null) {
				continue;
			}
			int level = typed.levels[i];
			double total = credit[0] * FactorMath.levelCredit(level, plan.minLevel[r], settings);
			if (best == null || total > best.credit) {
				String name = typed.names.get(i);
				best = new Best(typed.ids[i], name.strip(), via(plan, r, (byte) credit[1], name), level, total);
			}
		}
		return best;
	}

	/** The candidate's skill names with their ids and levels (0 = unknown), profile first, then projects. */
	private static final class Typed {

		private final List<String> names = new ArrayList<>();

		private final int[] ids;

		private final int[] levels;

		Typed(CandidateIndex index, Candidate candidate) {
			List<Integer> stated = new ArrayList<>();
			for (Candidate.Skill skill : candidate.skills()) {
				if (skill != null && skill.name() != null) {
					names.add(skill.name());
					stated.add(skill.level() == null ? 0 : Math.max(1, Math.min(5, skill.level())));
				}
			}
			for (Candidate.Project project : candidate.projects()) {
				for (String name : project.skills()) {
					if (name != null) {
						names.add(name);
						stated.add(0);
					}
				}
			}
			ids = new int[names.size()];
			levels = new int[names.size()];
			for (int i = 0; i < ids.length; i++) {
				ids[i] = index.skillIdOf(names.get(i));
				levels[i] = stated.get(i);
			}
		}

	}

	private static String via(QueryPlan plan, int r, byte how, String typed) {
		return switch (how) {
			case QueryPlan.SAME -> SkillNormalizer.key(typed).equals(plan.requirementKey[r]) ? SkillMatch.EXACT
					: SkillMatch.ALIAS;
			case QueryPlan.BROADER -> SkillMatch.BROADER;
			default -> SkillMatch.RELATED;
		};
	}

	/** The projects showing {@code skill}: the project entries of {@code typed} follow the profile skills in order. */
	private static List<String> evidence(Typed typed, Candidate candidate, int skill) {
		TreeSet<String> ids = new TreeSet<>();
		int i = typed.names.size();
		for (Candidate.Project project : candidate.projects()) {
			i -= (int) project.skills().stream().filter(java.util.Objects::nonNull).count();
		}
		for (Candidate.Project project : candidate.projects()) {
			for (String name : project.skills()) {
				if (name != null && typed.ids[i++] == skill) {
					ids.add(project.id());
				}
			}
		}
		return List.copyOf(ids);
	}

	private static String explanation(QueryPlan plan, List<SkillMatch> matched, List<String> missing,
			List<String> belowLevel, Integer years, Scorer scorer, double[] factors) {
		List<String> parts = new ArrayList<>();
		parts.add("Covers " + matched.size() + " of " + plan.requiredCount + " required "
				+ plural(plan.requiredCount, "skill"));
		parts.add(shown(matched));
		parts.add(years == null ? "years of experience not stated"
				: years + " " + plural(years, "year") + " of experience");
		List<String> absent = new ArrayList<>(missing);
		absent.removeIf(name -> belowLevel.stream().anyMatch(b -> b.startsWith(name + " below level ")));
		if (!absent.isEmpty()) {
			parts.add("missing " + names(absent));
		}
		parts.addAll(belowLevel);
		List<String> weak = new ArrayList<>();
		for (int f = Scorer.EXPERIENCE; f < Scorer.FACTOR_COUNT; f++) {
			if (scorer.weights[f] > 0 && factors[f] < WEAK) {
				weak.add(Factors.ALL.get(f));
			}
		}
		if (!weak.isEmpty()) {
			parts.add("weak on " + names(weak));
		}
		return String.join("; ", parts);
	}

	private static String shown(List<SkillMatch> matched) {
		List<String> shown = new ArrayList<>();
		Set<String> projects = new LinkedHashSet<>();
		for (SkillMatch match : matched) {
			if (!match.evidence().isEmpty()) {
				shown.add(match.skill());
				projects.addAll(match.evidence());
			}
		}
		if (shown.isEmpty()) {
			return "no portfolio project shows the matched skills";
		}
		return names(shown) + " shown in " + projects.size() + " portfolio " + plural(projects.size(), "project");
	}

	/** "Java", "Java and Kafka", "Java, Kafka and Spring". */
	static String names(List<String> names) {
		if (names.size() <= 1) {
			return String.join("", names);
		}
		return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.get(names.size() - 1);
	}

	private static String plural(int count, String noun) {
		return count == 1 ? noun : noun + "s";
	}

	private record Best(int skill, String typed, String via, int level, double credit) {
	}

}
