package dev.matchfolio.project;

import dev.matchfolio.support.store.StoreSetupStep;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** The indexes declared on {@link Project}, created once the store can be reached (see {@link StoreSetupStep}). */
@Configuration(proxyBeanMethods = false)
class ProjectIndexesConfiguration {

	@Bean
	StoreSetupStep projectIndexes(MongoOperations mongo) {
		return StoreSetupStep.indexesOf(mongo, Project.class);
	}

}
