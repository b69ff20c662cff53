package dev.matchfolio.gateway.auth;

import java.time.Duration;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.validation.annotation.Validated;

/**
 * How the gateway checks tokens and, in local mode, issues them.
 *
 * @param privateKeyLocation PEM, PKCS#8 ("BEGIN PRIVATE KEY"); with the public key, or neither (ephemeral pair)
 * @param publicKeyLocation PEM, X.509 SubjectPublicKeyInfo ("BEGIN PUBLIC KEY")
 * @param issuer the {@code iss} written and required
 * @param audience the {@code aud} written and required
 * @param tokenTtl lifetime of issued tokens
 * @param devIssuer whether {@code /api/auth/token} and {@code /api/auth/jwks} exist
 */
@Validated
@ConfigurationProperties("matchfolio.auth")
public record AuthProperties(Resource privateKeyLocation, Resource publicKeyLocation,
		@DefaultValue("matchfolio-dev") @NotBlank String issuer, @DefaultValue("matchfolio") @NotBlank String audience,
		@DefaultValue("1h") @NotNull Duration tokenTtl, @DefaultValue DevIssuer devIssuer) {

	public record DevIssuer(@DefaultValue("true") boolean enabled) {
	}

}
