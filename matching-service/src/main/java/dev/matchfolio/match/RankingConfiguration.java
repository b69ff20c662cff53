package dev.matchfolio.match;

import dev.matchfolio.ranking.CandidateRanker;
import dev.matchfolio.ranking.SkillCoverageRanker;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The only place that knows which ranking implementation is in use. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RankingProperties.class)
class RankingConfiguration {

	@Bean
	CandidateRanker candidateRanker(RankingProperties properties) {
		return new SkillCoverageRanker(properties.weights());
	}

}
