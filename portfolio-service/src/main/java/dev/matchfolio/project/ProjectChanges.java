package dev.matchfolio.project;

import dev.matchfolio.support.outbox.OutboxEntry;

/**
 * The writes that change a stored project and publish an event: each one is a single conditional update that checks
 * the version the caller read, raises it by one, and appends the change's event to the project's outbox. A version
 * that is no longer the stored one (or a project deleted meanwhile) fails with
 * {@link org.springframework.dao.OptimisticLockingFailureException}, and nothing is written.
 */
interface ProjectChanges {

	/** Stores {@code changed}'s content and appends {@code event}; returns the project at its new version. */
	Project update(Project changed, OutboxEntry event);

	/**
	 * Turns the project into a tombstone: its content and attachments' metadata are removed and reads no longer find
	 * it; {@code event} waits in its outbox, and the relay removes the tombstone once that event is published.
	 */
	void tombstone(Project deleted, OutboxEntry event);

}
