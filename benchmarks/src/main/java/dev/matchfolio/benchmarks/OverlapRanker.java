package dev.matchfolio.benchmarks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The simplest baseline: how many of the opening's required skills the candidate lists under exactly the same
 * normalised name. Ties are broken by candidate id; no hard rules.
 */
final class OverlapRanker implements Ranker {

	static final String NAME = "required-overlap";

	private final List<Profile> profiles;

	OverlapRanker(List<Profile> profiles) {
		this.profiles = List.copyOf(profiles);
	}

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<String> rank(Posting posting, int limit) {
		Set<String> required = new HashSet<>();
		posting.requiredSkills().forEach(need -> required.add(SkillText.normalise(need.name())));
		List<Scored> scored = new ArrayList<>();
		for (Profile profile : profiles) {
			long overlap = profile.skills().stream().map(skill -> SkillText.normalise(skill.name()))
				.distinct().filter(required::contains).count();
			if (overlap > 0) {
				scored.add(new Scored(profile.id(), overlap));
			}
		}
		return scored.stream()
			.sorted(Comparator.comparingLong(Scored::overlap).reversed().thenComparing(Scored::id))
			.limit(limit)
			.map(Scored::id)
			.toList();
	}

	private record Scored(String id, long overlap) {
	}

}
