package dev.matchfolio.project;

import dev.matchfolio.support.outbox.Outbox;
import dev.matchfolio.support.outbox.OutboxEntry;
import org.bson.Document;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * {@link ProjectChanges} as {@code $set}/{@code $unset} of the project's fields plus {@code $push} to its outbox. Not
 * a whole-document replace: that would put back entries the relay removed in the meantime and publish them twice,
 * and it would drop an attachment listed meanwhile.
 */
class ProjectChangesImpl implements ProjectChanges {

	private static final String ID = "_id";

	private final MongoOperations mongo;

	ProjectChangesImpl(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public Project update(Project changed, OutboxEntry event) {
		// the field values exactly as a save would store them (dates through the driver's codecs)
		Document stored = new Document();
		mongo.getConverter().write(changed, stored);
		Update update = new Update();
		for (String field : Project.CONTENT_FIELDS) {
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
	public void tombstone(Project deleted, OutboxEntry event) {
		Update update = new Update().unset(Project.ATTACHMENTS);
		Project.CONTENT_FIELDS.forEach(update::unset);
		write(deleted, Outbox.append(Outbox.tombstone(update), event));
	}

	private void write(Project project, Update update) {
		Query current = Query.query(Criteria.where(ID)
			.is(project.id())
			.and(Project.VERSION)
			.is(project.version())
			.and(Outbox.DELETED)
			.isNull());
		if (mongo.updateFirst(current, update.inc(Project.VERSION, 1), Project.class).getMatchedCount() == 0) {
			throw new OptimisticLockingFailureException(
					"Project " + project.id() + " is no longer at version " + project.version());
		}
	}

}
