package dev.matchfolio.gateway.auth;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtAudienceValidator;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;

/**
 * Local mode: one key pair both signs dev tokens and verifies every bearer token. Defining the
 * {@link ReactiveJwtDecoder} here makes Boot's resource-server decoder back off.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(LocalIssuerCondition.class)
class LocalIssuerConfiguration {

	@Bean
	SigningKeys signingKeys(AuthProperties properties) {
		return SigningKeys.from(properties);
	}

	@Bean
	TokenIssuer tokenIssuer(SigningKeys keys, AuthProperties properties) {
		return new TokenIssuer(keys, properties, Clock.systemUTC());
	}

	@Bean
	ReactiveJwtDecoder jwtDecoder(SigningKeys keys, AuthProperties properties) {
		NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withPublicKey(keys.publicKey())
			.signatureAlgorithm(SignatureAlgorithm.RS256)
			.build();
		// expiry and not-before (with the default clock skew), issuer and audience, as the services check them
		decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
				JwtValidators.createDefaultWithIssuer(properties.issuer()),
				new JwtAudienceValidator(properties.audience())));
		return decoder;
	}

}
