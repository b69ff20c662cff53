package dev.matchfolio.events;

import java.time.Instant;
import java.util.UUID;

/** A profile was deleted; the candidate leaves every ranking and their portfolio goes with it. */
public record ProfileDeleted(UUID eventId, Instant occurredAt, String candidateId, long version,
		int schemaVersion) implements ProfileEvent {

	public static ProfileDeleted of(String candidateId, long version) {
		return new ProfileDeleted(UUID.randomUUID(), Instant.now(), candidateId, version, SCHEMA_VERSION);
	}

}
