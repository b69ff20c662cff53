package dev.matchfolio.ranking;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.matchfolio.ranking.OpeningCriteria.SkillRequirement;

/**
 * The one-line explanation of an assessment, for example
 * {@code "Covers 2 of 3 required skills; Java shown in 1 portfolio project; 4 years of experience; missing
 * Kubernetes"}.
 */
final class Explanations {

	private Explanations() {
	}

	static String of(int requiredCount, List<SkillMatch> matched, List<SkillRequirement> belowLevel,
			List<SkillRequirement> absent, Integer years) {
		List<String> parts = new ArrayList<>();
		parts.add("Covers " + matched.size() + " of " + requiredCount + " required " + plural(requiredCount, "skill"));
		parts.add(evidence(matched));
		parts.add(years == null ? "years of experience not stated" : years + " " + plural(years, "year")
				+ " of experience");
		if (!absent.isEmpty()) {
			parts.add("missing " + names(absent.stream().map(SkillRequirement::name).toList()));
		}
		for (SkillRequirement requirement : belowLevel) {
			parts.add(requirement.name() + " below level " + requirement.minLevel());
		}
		return String.join("; ", parts);
	}

	private static String evidence(List<SkillMatch> matched) {
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

}
