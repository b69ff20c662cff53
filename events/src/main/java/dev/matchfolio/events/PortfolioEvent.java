package dev.matchfolio.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What happened to one portfolio project. Keyed by {@link #candidateId()} on {@link Topics#PORTFOLIO_EVENTS};
 * {@link #version()} is the project's version, so consumers keep the newest state per project.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = ProjectUpserted.class, name = "ProjectUpserted"),
		@JsonSubTypes.Type(value = ProjectDeleted.class, name = "ProjectDeleted") })
public sealed interface PortfolioEvent permits ProjectUpserted, ProjectDeleted {

	/** The schema version producers write today; readers accept this one and every older one. */
	int SCHEMA_VERSION = 1;

	UUID eventId();

	Instant occurredAt();

	String candidateId();

	String projectId();

	long version();

	int schemaVersion();

}
