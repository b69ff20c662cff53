package dev.matchfolio.events;

import java.time.Instant;
import java.util.UUID;

/** A portfolio project was created or changed; carries its whole new state. */
public record ProjectUpserted(UUID eventId, Instant occurredAt, String candidateId, String projectId, long version,
		int schemaVersion, ProjectSnapshot project) implements PortfolioEvent {

	public static ProjectUpserted of(ProjectSnapshot project, long version) {
		return new ProjectUpserted(UUID.randomUUID(), Instant.now(), project.candidateId(), project.id(), version,
				SCHEMA_VERSION, project);
	}

}
