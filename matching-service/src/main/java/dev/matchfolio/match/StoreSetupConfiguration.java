package dev.matchfolio.match;

import dev.matchfolio.candidate.CandidateReadModel;
import dev.matchfolio.opening.Opening;
import dev.matchfolio.support.store.StoreSetupStep;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * What matching-service sets up in MongoDB before it takes requests and consumes events: the indexes of openings and
 * candidates, then (last, {@link CandidateIndexer}) the in-memory ranking index loaded from the read model.
 */
@Configuration(proxyBeanMethods = false)
class StoreSetupConfiguration {

	@Bean
	@Order(1)
	StoreSetupStep openingIndexes(MongoOperations mongo) {
		return StoreSetupStep.indexesOf(mongo, Opening.class);
	}

	@Bean
	@Order(2)
	StoreSetupStep candidateIndexes(CandidateReadModel readModel) {
		return StoreSetupStep.of("index of candidates by skill", readModel::createIndexes);
	}

}
