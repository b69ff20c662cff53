package dev.matchfolio.match;

import dev.matchfolio.ranking.CandidateIndex;
import dev.matchfolio.ranking.MatchingEngine;
import dev.matchfolio.ranking.Taxonomy;
import dev.matchfolio.ranking.WeightProfiles;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The engine, its taxonomy and the in-memory candidate index it ranks over. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MatchingProperties.class)
class RankingConfiguration {

	@Bean
	Taxonomy taxonomy() {
		return Taxonomy.fromClasspath();
	}

	@Bean
	CandidateIndex candidateIndex(Taxonomy taxonomy) {
		return CandidateIndex.create(taxonomy);
	}

	@Bean
	MatchingEngine matchingEngine(MatchingProperties properties) {
		return new MatchingEngine(properties.engine());
	}

	@Bean
	WeightProfiles weightProfiles(MatchingProperties properties) {
		return properties.weights();
	}

}
