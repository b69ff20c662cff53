package dev.matchfolio.profile;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.index.IndexResolver;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes declared on {@link Profile} at start-up, before the service takes requests. Not Spring Data's
 * automatic index creation, because a store written by an earlier version holds a non-sparse unique owner index
 * under the same name: it would refuse a second tombstone (two documents without an owner), and MongoDB does not
 * change an index's options in place, so it is dropped here first and created again as declared.
 */
@Component
class ProfileIndexes implements SmartInitializingSingleton {

	private final MongoOperations mongo;

	ProfileIndexes(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public void afterSingletonsInstantiated() {
		IndexOperations indexes = mongo.indexOps(Profile.class);
		boolean legacyOwnerIndex = indexes.getIndexInfo()
			.stream()
			.anyMatch(index -> index.getName().equals(Profile.OWNER_ID) && !index.isSparse());
		if (legacyOwnerIndex) {
			indexes.dropIndex(Profile.OWNER_ID);
		}
		MongoMappingContext mapping = (MongoMappingContext) mongo.getConverter().getMappingContext();
		IndexResolver.create(mapping).resolveIndexFor(Profile.class).forEach(indexes::createIndex);
	}

}
