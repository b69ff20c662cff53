package dev.matchfolio.profile;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What this service knows of a candidate profile, learnt from {@code profile-events}: who owns it and at which
 * profile version. A deleted profile stays as a tombstone so that a late, older event cannot bring it back.
 */
@Document("profiles")
public record KnownProfile(@Id String candidateId, String ownerId, long version, boolean deleted) {

	static KnownProfile live(String candidateId, String ownerId, long version) {
		return new KnownProfile(candidateId, ownerId, version, false);
	}

	static KnownProfile tombstone(String candidateId, long version) {
		return new KnownProfile(candidateId, null, version, true);
	}

	public boolean isOwnedBy(String userId) {
		return !deleted && ownerId != null && ownerId.equals(userId);
	}

}
