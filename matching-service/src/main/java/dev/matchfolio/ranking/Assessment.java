package dev.matchfolio.ranking;

import java.util.List;
import java.util.Map;

/**
 * How well one candidate fits one opening.
 *
 * @param candidateId the candidate
 * @param displayName the candidate's display name
 * @param score 0 to 100 with one decimal, higher is better
 * @param breakdown named factors, each in [0, 1], in a stable order (see {@link Factors})
 * @param matchedSkills covered required skills, in the opening's order
 * @param missingSkills required skills not covered (absent or below the minimum level), in the opening's order
 * @param explanation one plain-English line
 */
public record Assessment(String candidateId, String displayName, double score, Map<String, Double> breakdown,
		List<SkillMatch> matchedSkills, List<String> missingSkills, String explanation) {

	/** The breakdown keys, named as in the public API. */
	public static final class Factors {

		public static final String REQUIRED_SKILLS = "requiredSkills";

		public static final String NICE_TO_HAVE_SKILLS = "niceToHaveSkills";

		public static final String PORTFOLIO_EVIDENCE = "portfolioEvidence";

		public static final String EXPERIENCE = "experience";

		private Factors() {
		}

	}

}
