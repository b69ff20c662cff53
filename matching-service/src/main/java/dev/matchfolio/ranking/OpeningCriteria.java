package dev.matchfolio.ranking;

import java.util.List;
import java.util.Objects;

import dev.matchfolio.events.Engagement;

/**
 * What an opening asks for, as far as ranking is concerned.
 *
 * @param id the opening id
 * @param engagement the engagement a candidate must accept
 * @param requiredSkills at least one
 * @param niceToHaveSkills possibly empty
 */
public record OpeningCriteria(String id, Engagement engagement, List<SkillRequirement> requiredSkills,
		List<SkillRequirement> niceToHaveSkills) {

	public OpeningCriteria {
		Objects.requireNonNull(id, "id");
		Objects.requireNonNull(engagement, "engagement");
		requiredSkills = List.copyOf(requiredSkills);
		niceToHaveSkills = niceToHaveSkills == null ? List.of() : List.copyOf(niceToHaveSkills);
		if (requiredSkills.isEmpty()) {
			throw new IllegalArgumentException("An opening needs at least one required skill");
		}
	}

	/**
	 * One skill the opening asks for.
	 *
	 * @param name as the opening wrote it
	 * @param minLevel 1 (aware) to 5 (expert)
	 * @param weight greater than zero
	 */
	public record SkillRequirement(String name, int minLevel, double weight) {

		public SkillRequirement {
			Objects.requireNonNull(name, "name");
			if (!(weight > 0)) {
				throw new IllegalArgumentException("weight must be greater than zero");
			}
		}

		String key() {
			return SkillKeys.of(name);
		}

	}

}
