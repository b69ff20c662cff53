package dev.matchfolio.profile;

import dev.matchfolio.support.store.StoreSetupStep;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.stereotype.Component;

/**
 * Creates the indexes declared on {@link Profile} before the service takes requests (a {@link StoreSetupStep}, so
 * also once MongoDB is back if it was away at start-up). Not Spring Data's automatic index creation, because a store
 * written by an earlier version holds a non-sparse unique owner index under the same name: it would refuse a second
 * tombstone (two documents without an owner), and MongoDB does not change an index's options in place, so it is
 * dropped here first and created again as declared.
 */
@Component
class ProfileIndexes implements StoreSetupStep {

	private final MongoOperations mongo;

	private final StoreSetupStep declared;

	ProfileIndexes(MongoOperations mongo) {
		this.mongo = mongo;
		this.declared = StoreSetupStep.indexesOf(mongo, Profile.class);
	}

	@Override
	public void run() {
		IndexOperations indexes = mongo.indexOps(Profile.class);
		boolean legacyOwnerIndex = indexes.getIndexInfo()
			.stream()
			.anyMatch(index -> index.getName().equals(Profile.OWNER_ID) && !index.isSparse());
		if (legacyOwnerIndex) {
			indexes.dropIndex(Profile.OWNER_ID);
		}
		declared.run();
	}

	@Override
	public String description() {
		return declared.description();
	}

}
