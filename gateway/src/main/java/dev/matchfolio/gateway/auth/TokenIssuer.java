package dev.matchfolio.gateway.auth;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;

import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoder;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;

/** Signs dev tokens (RS256) with the gateway's key. Nimbus does the JOSE work. */
class TokenIssuer {

	static final String ROLES_CLAIM = "roles";

	private final JwtEncoder encoder;

	private final SigningKeys keys;

	private final AuthProperties properties;

	private final Clock clock;

	TokenIssuer(SigningKeys keys, AuthProperties properties, Clock clock) {
		this.encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(keys.signingJwk())));
		this.keys = keys;
		this.properties = properties;
		this.clock = clock;
	}

	TokenResponse issue(TokenRequest request) {
		Instant now = this.clock.instant();
		JwtClaimsSet claims = JwtClaimsSet.builder()
			.issuer(this.properties.issuer())
			.audience(List.of(this.properties.audience()))
			.subject(request.username())
			.claim(ROLES_CLAIM, request.roles().stream().distinct().toList())
			.issuedAt(now)
			.expiresAt(now.plus(this.properties.tokenTtl()))
			.build();
		JwsHeader header = JwsHeader.with(SignatureAlgorithm.RS256).keyId(this.keys.keyId()).type("JWT").build();
		String token = this.encoder.encode(JwtEncoderParameters.from(header, claims)).getTokenValue();
		return new TokenResponse(token, "Bearer", this.properties.tokenTtl().toSeconds());
	}

	Map<String, Object> publicJwks() {
		return this.keys.publicJwkSet().toJSONObject(true);
	}

}
