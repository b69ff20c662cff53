package dev.matchfolio.support.outbox;

import org.springframework.data.mongodb.core.query.Update;

/**
 * The outbox's fields inside an aggregate document, and the updates that append to it. A change and its event are
 * written by ONE single-document write (no transactions needed): either both are stored or neither.
 * <ul>
 * <li>{@code outbox}: the pending {@link OutboxEntry entries}, in the order they must be published;</li>
 * <li>{@code outboxPending}: {@code true} while the array may hold entries, absent otherwise; the relay finds work
 * through a sparse index on it, so the index holds only the few documents with pending events;</li>
 * <li>{@code deleted}: {@code true} on a tombstone, a deleted aggregate kept only until its last events are
 * published; the relay removes it then.</li>
 * </ul>
 * Writers only ever append (with {@code $push}); only the relay removes entries, by event id. A mapped entity may
 * hold these fields too (a {@code List<OutboxEntry> outbox} and {@code Boolean outboxPending}), so a plain insert
 * stores a new aggregate together with its first events.
 */
public final class Outbox {

	public static final String OUTBOX = "outbox";

	public static final String PENDING = "outboxPending";

	public static final String DELETED = "deleted";

	private Outbox() {
	}

	/** Adds to {@code update} the appending of {@code entries}, after whatever the array already holds. */
	public static Update append(Update update, OutboxEntry... entries) {
		Object[] documents = new Object[entries.length];
		for (int i = 0; i < entries.length; i++) {
			documents[i] = entries[i].toDocument();
		}
		return update.push(OUTBOX).each(documents).set(PENDING, true);
	}

	/** Adds to {@code update} the marking as a tombstone; clearing the aggregate's own data is the caller's part. */
	public static Update tombstone(Update update) {
		return update.set(DELETED, true);
	}

}
