package dev.matchfolio.events;

import java.time.Instant;
import java.util.UUID;

/** A profile was created or changed; carries its whole new state. */
public record ProfileUpserted(UUID eventId, Instant occurredAt, String candidateId, long version, int schemaVersion,
		ProfileSnapshot profile) implements ProfileEvent {

	public static ProfileUpserted of(ProfileSnapshot profile, long version) {
		return new ProfileUpserted(UUID.randomUUID(), Instant.now(), profile.id(), version, SCHEMA_VERSION, profile);
	}

}
