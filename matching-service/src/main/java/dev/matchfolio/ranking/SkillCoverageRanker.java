package dev.matchfolio.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

import dev.matchfolio.ranking.Assessment.Factors;
import dev.matchfolio.ranking.CandidateProfile.Project;
import dev.matchfolio.ranking.CandidateProfile.Skill;
import dev.matchfolio.ranking.OpeningCriteria.SkillRequirement;

/**
 * The first ranking. Hard filter: the candidate accepts the opening's engagement and covers at least one required
 * skill. Score: {@code requiredSkillPoints × coverage + experiencePoints × min(years, cap) / cap}, where coverage is
 * the weighted share of required skills the candidate has at or above the minimum level (same name ignoring case and
 * surrounding whitespace; an unknown level counts as meeting it). Nice-to-have skills and portfolio evidence are
 * reported in the breakdown but do not move the score yet.
 */
public final class SkillCoverageRanker implements CandidateRanker {

	private static final Comparator<Assessment> BEST_FIRST = Comparator.comparingDouble(Assessment::score)
		.reversed()
		.thenComparing(Assessment::candidateId);

	private final RankingWeights weights;

	public SkillCoverageRanker(RankingWeights weights) {
		this.weights = weights;
	}

	@Override
	public Optional<Assessment> assess(OpeningCriteria opening, CandidateProfile candidate) {
		if (!candidate.accepts(opening.engagement())) {
			return Optional.empty();
		}
		Coverage required = cover(opening.requiredSkills(), candidate);
		if (required.matched().isEmpty()) {
			return Optional.empty();
		}
		double experience = experience(candidate.yearsOfExperience());
		double score = round(weights.requiredSkillPoints() * required.ratio() + weights.experiencePoints() * experience,
				10);

		Map<String, Double> breakdown = new LinkedHashMap<>();
		breakdown.put(Factors.REQUIRED_SKILLS, round(required.ratio(), 100));
		if (!opening.niceToHaveSkills().isEmpty()) {
			double niceToHave = cover(opening.niceToHaveSkills(), candidate).ratio();
			breakdown.put(Factors.NICE_TO_HAVE_SKILLS, round(niceToHave, 100));
		}
		breakdown.put(Factors.PORTFOLIO_EVIDENCE, round(required.evidencedRatio(), 100));
		breakdown.put(Factors.EXPERIENCE, round(experience, 100));

		String explanation = Explanations.of(opening.requiredSkills().size(), required.matched(),
				required.belowLevel(), required.absent(), candidate.yearsOfExperience());
		return Optional.of(new Assessment(candidate.id(), candidate.displayName(), score,
				Collections.unmodifiableMap(breakdown), required.matched(), required.missing(), explanation));
	}

	@Override
	public Ranking rank(OpeningCriteria opening, Collection<CandidateProfile> candidates, int offset, int limit) {
		if (offset < 0 || limit < 0) {
			throw new IllegalArgumentException("offset and limit must not be negative");
		}
		List<Assessment> passing = candidates.stream()
			.map(candidate -> assess(opening, candidate))
			.flatMap(Optional::stream)
			.sorted(BEST_FIRST)
			.toList();
		List<Ranking.Ranked> page = new ArrayList<>();
		for (int i = offset; i < passing.size() && i - offset < limit; i++) {
			page.add(new Ranking.Ranked(i + 1, passing.get(i)));
		}
		return new Ranking(passing.size(), page);
	}

	private double experience(Integer years) {
		if (years == null || years <= 0) {
			return 0;
		}
		return Math.min(years, weights.experienceCapYears()) / (double) weights.experienceCapYears();
	}

	private static Coverage cover(List<SkillRequirement> requirements, CandidateProfile candidate) {
		Coverage coverage = new Coverage();
		for (SkillRequirement requirement : requirements) {
			coverage.totalWeight += requirement.weight();
			List<Skill> sameName = candidate.skills()
				.stream()
				.filter(skill -> SkillKeys.of(skill.name()).equals(requirement.key()))
				.toList();
			Optional<Skill> meeting = sameName.stream()
				.filter(skill -> skill.level() == null || skill.level() >= requirement.minLevel())
				.findFirst();
			if (meeting.isPresent()) {
				List<String> evidence = evidence(requirement.key(), candidate.projects());
				coverage.coveredWeight += requirement.weight();
				if (!evidence.isEmpty()) {
					coverage.evidencedWeight += requirement.weight();
				}
				coverage.matched.add(new SkillMatch(requirement.name(), meeting.get().name().strip(), SkillMatch.EXACT,
						evidence));
			}
			else {
				coverage.missing.add(requirement.name());
				(sameName.isEmpty() ? coverage.absent : coverage.belowLevel).add(requirement);
			}
		}
		return coverage;
	}

	private static List<String> evidence(String key, List<Project> projects) {
		TreeSet<String> ids = new TreeSet<>();
		for (Project project : projects) {
			if (project.skills().stream().anyMatch(skill -> SkillKeys.of(skill).equals(key))) {
				ids.add(project.id());
			}
		}
		return List.copyOf(ids);
	}

	private static double round(double value, int scale) {
		return Math.round(value * scale) / (double) scale;
	}

	/** Running totals while covering one list of requirements. */
	private static final class Coverage {

		private double totalWeight;

		private double coveredWeight;

		private double evidencedWeight;

		private final List<SkillMatch> matched = new ArrayList<>();

		private final List<String> missing = new ArrayList<>();

		private final List<SkillRequirement> belowLevel = new ArrayList<>();

		private final List<SkillRequirement> absent = new ArrayList<>();

		double ratio() {
			return totalWeight == 0 ? 0 : coveredWeight / totalWeight;
		}

		/** Share of the required weight that the candidate both covers and shows in a portfolio project. */
		double evidencedRatio() {
			return totalWeight == 0 ? 0 : evidencedWeight / totalWeight;
		}

		List<SkillMatch> matched() {
			return List.copyOf(matched);
		}

		List<String> missing() {
			return List.copyOf(missing);
		}

		List<SkillRequirement> belowLevel() {
			return belowLevel;
		}

		List<SkillRequirement> absent() {
			return absent;
		}

	}

}
