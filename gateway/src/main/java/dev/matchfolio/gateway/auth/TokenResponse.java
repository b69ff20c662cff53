package dev.matchfolio.gateway.auth;

import com.fasterxml.jackson.annotation.JsonProperty;

/** OAuth 2.0 style token answer (RFC 6749 section 5.1 names). */
record TokenResponse(@JsonProperty("access_token") String accessToken, @JsonProperty("token_type") String tokenType,
		@JsonProperty("expires_in") long expiresIn) {
}
