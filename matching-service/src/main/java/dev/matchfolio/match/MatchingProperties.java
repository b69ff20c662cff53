package dev.matchfolio.match;

import dev.matchfolio.ranking.EngineSettings;
import dev.matchfolio.ranking.WeightProfiles;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The engine's configuration, bound straight into the engine's own plain records.
 *
 * @param weights {@code matching.weights.backend-job|freelance|internship.*}: how much each factor counts per kind
 * @param engine {@code matching.engine.*}: partial credits, decays, grace period and the other knobs
 */
@ConfigurationProperties("matching")
record MatchingProperties(WeightProfiles weights, EngineSettings engine) {

	MatchingProperties {
		weights = weights == null ? WeightProfiles.DEFAULTS : weights;
		engine = engine == null ? EngineSettings.DEFAULTS : engine;
	}

}
