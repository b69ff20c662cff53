package dev.matchfolio.profile;

import com.mongodb.client.result.UpdateResult;
import dev.matchfolio.support.outbox.Outbox;
import dev.matchfolio.support.outbox.OutboxEntry;
import org.bson.Document;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * {@link ProfileChanges} as {@code $set}/{@code $unset} of the profile's fields plus {@code $push} to its outbox. Not
 * a whole-document replace: that would put back entries the relay removed in the meantime and publish them twice.
 */
class ProfileChangesImpl implements ProfileChanges {

	private static final String ID = "_id";

	private static final String VERSION = "version";

	private final MongoOperations mongo;

	ProfileChangesImpl(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public Profile update(Profile changed, OutboxEntry event) {
		// the field values exactly as a save would store them (Decimal128 money, dates through the driver codecs)
		Document stored = new Document();
		mongo.getConverter().write(changed, stored);
		Update update = new Update();
		for (String field : Profile.CONTENT_FIELDS) {
			if (stored.get(field) != null) {
				update.set(field, stored.get(field));
			}
			else {
				update.unset(field);
			}
		}
		write(changed, Outbox.append(update, event));
		changed.versionRaised();
		return changed;
	}

	@Override
	public void tombstone(Profile deleted, OutboxEntry event) {
		Update update = new Update().unset(Profile.OWNER_ID);
		Profile.CONTENT_FIELDS.forEach(update::unset);
		write(deleted, Outbox.append(Outbox.tombstone(update), event));
	}

	private void write(Profile profile, Update update) {
		Query current = Query.query(Criteria.where(ID)
			.is(profile.id())
			.and(VERSION)
			.is(profile.version())
			.and(Outbox.DELETED)
			.isNull());
		UpdateResult result = mongo.updateFirst(current, update.inc(VERSION, 1), Profile.class);
		if (result.getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException(
					"Profile " + profile.id() + " is no longer at version " + profile.version());
		}
	}

}
