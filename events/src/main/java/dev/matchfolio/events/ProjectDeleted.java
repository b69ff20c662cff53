package dev.matchfolio.events;

import java.time.Instant;
import java.util.UUID;

/** A portfolio project was deleted. */
public record ProjectDeleted(UUID eventId, Instant occurredAt, String candidateId, String projectId, long version,
		int schemaVersion) implements PortfolioEvent {

	public static ProjectDeleted of(String candidateId, String projectId, long version) {
		return new ProjectDeleted(UUID.randomUUID(), Instant.now(), candidateId, projectId, version, SCHEMA_VERSION);
	}

}
