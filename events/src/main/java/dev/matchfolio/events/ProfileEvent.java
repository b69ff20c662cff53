package dev.matchfolio.events;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * What happened to a candidate profile. Keyed by {@link #candidateId()} on {@link Topics#PROFILE_EVENTS}; consumers
 * apply an event only when its {@link #version()} is newer than what they hold.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = ProfileUpserted.class, name = "ProfileUpserted"),
		@JsonSubTypes.Type(value = ProfileDeleted.class, name = "ProfileDeleted") })
public sealed interface ProfileEvent permits ProfileUpserted, ProfileDeleted {

	/** The schema version producers write today; readers accept this one and every older one. */
	int SCHEMA_VERSION = 1;

	UUID eventId();

	Instant occurredAt();

	String candidateId();

	long version();

	int schemaVersion();

}
