package dev.matchfolio.ranking;

/**
 * How the score's 100 points are split. Required-skill coverage carries almost all of them; years of experience only
 * break ties and separate near-equal coverage: with the defaults (95 + 5, capped at 20 years) experience can move a
 * score by at most 5 points, less than one required skill is worth whenever an opening has fewer than 20 equally
 * weighted required skills.
 *
 * @param requiredSkillPoints points for full weighted coverage of the required skills
 * @param experiencePoints points for {@code experienceCapYears} or more years of experience
 * @param experienceCapYears years of experience past which there is no further credit
 */
public record RankingWeights(double requiredSkillPoints, double experiencePoints, int experienceCapYears) {

	public static final double MAX_SCORE = 100.0;

	public static final RankingWeights DEFAULT = new RankingWeights(95, 5, 20);

	public RankingWeights {
		if (requiredSkillPoints < 0 || experiencePoints < 0
				|| Math.abs(requiredSkillPoints + experiencePoints - MAX_SCORE) > 1e-9) {
			throw new IllegalArgumentException("requiredSkillPoints and experiencePoints must be >= 0 and add up to "
					+ MAX_SCORE + ", got " + requiredSkillPoints + " + " + experiencePoints);
		}
		if (experienceCapYears < 1) {
			throw new IllegalArgumentException("experienceCapYears must be at least 1");
		}
	}

}
