package dev.matchfolio.support.outbox;

import java.util.Collection;

import org.bson.Document;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Changes to an aggregate that carries an outbox are single conditional updates, never a whole-document save: a
 * replace would put back outbox entries the relay removed meanwhile (publishing them twice) and drop fields other
 * writers set.
 */
public final class VersionedWrites {

	private static final String ID = "_id";

	private static final String VERSION = "version";

	private VersionedWrites() {
	}

	/** Sets each field to its value exactly as a save would store it (money, dates through the codecs), or unsets it. */
	public static Update replaceFields(MongoOperations mongo, Object entity, Collection<String> fields) {
		Document stored = new Document();
		mongo.getConverter().write(entity, stored);
		Update update = new Update();
		for (String field : fields) {
			if (stored.get(field) != null) {
				update.set(field, stored.get(field));
			}
			else {
				update.unset(field);
			}
		}
		return update;
	}

	/**
	 * Applies {@code update} and raises the version, only if the document is still at {@code version} and not a
	 * tombstone; otherwise someone else changed it first.
	 */
	public static void write(MongoOperations mongo, Class<?> type, String id, long version, Update update) {
		Query current = Query
			.query(Criteria.where(ID).is(id).and(VERSION).is(version).and(Outbox.DELETED).isNull());
		if (mongo.updateFirst(current, update.inc(VERSION, 1), type).getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException(
					type.getSimpleName() + " " + id + " is no longer at version " + version);
		}
	}

}
