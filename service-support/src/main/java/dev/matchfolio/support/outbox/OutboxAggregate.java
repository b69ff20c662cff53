package dev.matchfolio.support.outbox;

import java.util.ArrayList;
import java.util.List;

import org.springframework.data.annotation.Version;

/**
 * The state every aggregate with an outbox carries: its version, the events of its changes not yet published
 * (written by the same single-document write as the change, see {@link Outbox}), and the tombstone flag that keeps a
 * deleted aggregate until the relay has published its deletion. Field names match {@link Outbox}'s constants.
 */
public abstract class OutboxAggregate {

	/** Primitive on purpose: Spring Data stores a new primitive version as 1, which is what the API shows first. */
	@Version
	private long version;

	/** Events not yet published, oldest first; the relay removes them once the broker has them. */
	private List<OutboxEntry> outbox;

	private Boolean outboxPending;

	private Boolean deleted;

	/** Adds an event to a new aggregate's outbox, so the insert stores both. */
	public void recordForInsert(OutboxEntry event) {
		if (outbox == null) {
			outbox = new ArrayList<>();
		}
		outbox.add(event);
		outboxPending = true;
	}

	/** The store has just raised the version of this copy by one. */
	public void versionRaised() {
		version++;
	}

	public long version() {
		return version;
	}

	public boolean isDeleted() {
		return Boolean.TRUE.equals(deleted);
	}

	public List<OutboxEntry> outbox() {
		return (outbox != null) ? outbox : List.of();
	}

}
