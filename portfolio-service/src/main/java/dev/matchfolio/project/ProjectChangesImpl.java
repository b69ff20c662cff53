package dev.matchfolio.project;

import dev.matchfolio.support.outbox.Outbox;
import dev.matchfolio.support.outbox.OutboxEntry;
import dev.matchfolio.support.outbox.VersionedWrites;

import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Update;

/**
 * {@link ProjectChanges} as {@code $set}/{@code $unset} of the project's fields plus {@code $push} to its outbox. Not
 * a whole-document replace: that would put back entries the relay removed in the meantime and publish them twice,
 * and it would drop an attachment listed meanwhile.
 */
class ProjectChangesImpl implements ProjectChanges {

	private final MongoOperations mongo;

	ProjectChangesImpl(MongoOperations mongo) {
		this.mongo = mongo;
	}

	@Override
	public Project update(Project changed, OutboxEntry event) {
		Update update = VersionedWrites.replaceFields(mongo, changed, Project.CONTENT_FIELDS);
		VersionedWrites.write(mongo, Project.class, changed.id(), changed.version(), Outbox.append(update, event));
		changed.versionRaised();
		return changed;
	}

	@Override
	public void tombstone(Project deleted, OutboxEntry event) {
		Update update = new Update().unset(Project.ATTACHMENTS);
		Project.CONTENT_FIELDS.forEach(update::unset);
		VersionedWrites.write(mongo, Project.class, deleted.id(), deleted.version(),
				Outbox.append(Outbox.tombstone(update), event));
	}

}
