package dev.matchfolio.ranking;

import java.util.List;

/**
 * A required skill of the opening that the candidate covers.
 *
 * @param skill the opening's name for it
 * @param matchedBy what the candidate wrote
 * @param via how it matched; this first ranking only knows {@code EXACT}
 * @param evidence ids of the candidate's portfolio projects that show it, sorted
 */
public record SkillMatch(String skill, String matchedBy, String via, List<String> evidence) {

	public static final String EXACT = "EXACT";

	public SkillMatch {
		evidence = List.copyOf(evidence);
	}

}
