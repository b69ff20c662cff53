package dev.matchfolio.profile;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/** A profile as the API shows it: the service's fields around the candidate's content, in the API's field order. */
record ProfileResponse(String id, String ownerId, @JsonUnwrapped ProfileContent content, long version) {

	static ProfileResponse of(Profile profile) {
		return new ProfileResponse(profile.id(), profile.ownerId(), profile.content(), profile.version());
	}

}
