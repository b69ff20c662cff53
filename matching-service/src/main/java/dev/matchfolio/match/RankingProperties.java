package dev.matchfolio.match;

import dev.matchfolio.ranking.RankingWeights;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The ranking's weights; see {@link RankingWeights} for what they mean and why coverage dominates.
 *
 * @param requiredSkillPoints points for covering every required skill
 * @param experiencePoints points for {@code experienceCapYears} or more years of experience
 * @param experienceCapYears years past which experience earns nothing more
 */
@ConfigurationProperties("matching.ranking")
record RankingProperties(double requiredSkillPoints, double experiencePoints, int experienceCapYears) {

	RankingWeights weights() {
		return new RankingWeights(requiredSkillPoints, experiencePoints, experienceCapYears);
	}

}
