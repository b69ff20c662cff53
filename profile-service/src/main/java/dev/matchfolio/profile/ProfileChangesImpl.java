package dev.matchfolio.profile;

import dev.matchfolio.support.outbox.Outbox;
import dev.matchfolio.support.outbox.OutboxEntry;
import dev.matchfolio.support.outbox.VersionedWrites;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * {@link ProfileChanges} as {@code $set}/{@code $unset} of the profile's fields plus {@code $push} to its outbox. Not
 * a whole-document replace: that would put back entries the relay removed in the meantime and publish them twice.
 */
class ProfileChangesImpl implements ProfileChanges {

	private final MongoOperations mongo;

	ProfileChangesImpl(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public Profile update(Profile changed, OutboxEntry event) {
		Update update = VersionedWrites.replaceFields(mongo, changed, Profile.CONTENT_FIELDS);
		VersionedWrites.write(mongo, Profile.class, changed.id(), changed.version(), Outbox.append(update, event));
		changed.versionRaised();
		return changed;
	}

	@Override
	public void tombstone(Profile deleted, OutboxEntry event) {
		Update update = new Update().unset(Profile.OWNER_ID);
		Profile.CONTENT_FIELDS.forEach(update::unset);
		VersionedWrites.write(mongo, Profile.class, deleted.id(), deleted.version(),
				Outbox.append(Outbox.tombstone(update), event));
	}

}
