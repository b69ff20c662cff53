package dev.matchfolio.ranking;

import java.util.List;
import java.util.Map;

/**
 * How well one candidate fits one opening.
 *
 * @param candidateId the candidate
 * @param displayName the candidate's display name
 * @param score 0 to 100 with one decimal, higher is better
 * @param breakdown every factor, each in [0, 1] with two decimals, in the order of {@link Factors#ALL}
 * @param matchedSkills required skills covered at the minimum level, in the opening's order
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

		public static final String EDUCATION = "education";

		public static final String AVAILABILITY = "availability";

		public static final String LOCATION = "location";

		public static final String COMPENSATION = "compensation";

		/** In the order of the engine's factor numbers. */
		public static final List<String> ALL = List.of(REQUIRED_SKILLS, NICE_TO_HAVE_SKILLS, PORTFOLIO_EVIDENCE,
				EXPERIENCE, EDUCATION, AVAILABILITY, LOCATION, COMPENSATION);

		private Factors() {
		}

	}

}
