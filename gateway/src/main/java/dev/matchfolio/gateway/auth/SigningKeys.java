package dev.matchfolio.gateway.auth;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.function.Function;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.io.Resource;
import org.springframework.security.converter.RsaKeyConverters;

/**
 * The RSA pair the dev issuer signs with and the gateway verifies with. The key id is the RFC 7638 thumbprint, so it
 * stays the same for the same key across restarts and services caching the JWK set are not confused.
 */
record SigningKeys(RSAPublicKey publicKey, RSAPrivateKey privateKey, String keyId) {

	private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);

	private static final int EPHEMERAL_KEY_BITS = 2048;

	static SigningKeys from(AuthProperties properties) {
		Resource privateLocation = properties.privateKeyLocation();
		Resource publicLocation = properties.publicKeyLocation();
		if (privateLocation == null && publicLocation == null) {
			log.warn("No matchfolio.auth.private-key-location/public-key-location set: signing with an ephemeral RSA "
					+ "key pair; tokens will not survive a restart of the gateway");
			return of(generate());
		}
		if (privateLocation == null || publicLocation == null) {
			throw new IllegalStateException("Set both matchfolio.auth.private-key-location and "
					+ "matchfolio.auth.public-key-location, or neither for an ephemeral key pair");
		}
		RSAPrivateKey privateKey = read(privateLocation, RsaKeyConverters.pkcs8()::convert);
		RSAPublicKey publicKey = read(publicLocation, RsaKeyConverters.x509()::convert);
		if (!publicKey.getModulus().equals(privateKey.getModulus())) {
			throw new IllegalStateException("matchfolio.auth.public-key-location does not hold the public half of "
					+ "matchfolio.auth.private-key-location");
		}
		return of(new KeyPair(publicKey, privateKey));
	}

	/** The full key (with the private part) for signing; never serialise it. */
	RSAKey signingJwk() {
		return new RSAKey.Builder(this.publicKey).privateKey(this.privateKey)
			.keyID(this.keyId)
			.keyUse(KeyUse.SIGNATURE)
			.algorithm(JWSAlgorithm.RS256)
			.build();
	}

	/** The public JWK set as served at {@code /api/auth/jwks}. */
	JWKSet publicJwkSet() {
		return new JWKSet(signingJwk().toPublicJWK());
	}

	private static SigningKeys of(KeyPair pair) {
		RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
		try {
			String keyId = new RSAKey.Builder(publicKey).build().computeThumbprint().toString();
			return new SigningKeys(publicKey, (RSAPrivateKey) pair.getPrivate(), keyId);
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("Cannot compute the key id", ex);
		}
	}

	private static <T> T read(Resource location, Function<InputStream, T> converter) {
		try (InputStream in = location.getInputStream()) {
			return converter.apply(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read key at " + location, ex);
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Not a PEM RSA key of the expected kind: " + location, ex);
		}
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(EPHEMERAL_KEY_BITS);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("RSA is not available", ex);
		}
	}

	@Override
	public String toString() {
		// keep the private key out of logs and failure messages
		return "SigningKeys[keyId=" + this.keyId + "]";
	}

}
