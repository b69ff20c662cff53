package dev.matchfolio.profile;

import dev.matchfolio.support.outbox.OutboxEntry;

/**
 * The writes that change a stored profile: each one is a single conditional update that checks the version the
 * caller read, raises it by one, and appends the change's event to the profile's outbox. A version that is no longer
 * the stored one fails with {@link org.springframework.dao.OptimisticLockingFailureException}, and nothing is
 * written.
 */
interface ProfileChanges {

	/** Stores {@code changed}'s content and appends {@code event}; returns the profile at its new version. */
	Profile update(Profile changed, OutboxEntry event);

	/**
	 * Turns the profile into a tombstone: every personal field and the owner are removed, so reads answer 404, the
	 * search no longer finds it and the owner may create a new profile; {@code event} waits in its outbox, and the
	 * relay removes the tombstone once that event is published.
	 */
	void tombstone(Profile deleted, OutboxEntry event);

}
