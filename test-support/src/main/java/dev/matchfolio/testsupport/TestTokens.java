package dev.matchfolio.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * Signs tokens the way the gateway's dev issuer does (RS256, {@code iss} matchfolio-dev, {@code aud} matchfolio,
 * {@code roles} claim) with a key pair made once per test JVM; services under test verify them with the public key
 * written to a temporary PEM file.
 */
public final class TestTokens {

	public static final String ISSUER = "matchfolio-dev";

	public static final String AUDIENCE = "matchfolio";

	private static final KeyPair KEYS = generate();

	private static final KeyPair OTHER_KEYS = generate();

	private static volatile Path publicKeyFile;

	private TestTokens() {
	}

	/** A valid bearer header value for {@code subject} with the given roles, good for an hour. */
	public static String bearer(String subject, String... roles) {
		return "Bearer " + token(subject, roles);
	}

	public static String token(String subject, String... roles) {
		return sign(KEYS, subject, List.of(roles), Instant.now().plusSeconds(3600), AUDIENCE);
	}

	public static String expiredToken(String subject, String... roles) {
		return sign(KEYS, subject, List.of(roles), Instant.now().minusSeconds(600), AUDIENCE);
	}

	/** Signed with a key nobody trusts. */
	public static String forgedToken(String subject, String... roles) {
		return sign(OTHER_KEYS, subject, List.of(roles), Instant.now().plusSeconds(3600), AUDIENCE);
	}

	public static String tokenForAudience(String audience, String subject, String... roles) {
		return sign(KEYS, subject, List.of(roles), Instant.now().plusSeconds(3600), audience);
	}

	/** A Spring resource location of the public key in PEM, for {@code ...resourceserver.jwt.public-key-location}. */
	public static synchronized String publicKeyLocation() {
		if (publicKeyFile == null) {
			try {
				Path file = Files.createTempFile("matchfolio-test-jwt", ".pem");
				file.toFile().deleteOnExit();
				Files.writeString(file, pem("PUBLIC KEY", KEYS.getPublic().getEncoded()));
				publicKeyFile = file;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}
		return publicKeyFile.toUri().toString();
	}

	public static RSAPublicKey publicKey() {
		return (RSAPublicKey) KEYS.getPublic();
	}

	private static String sign(KeyPair keys, String subject, List<String> roles, Instant expiresAt, String audience) {
		JWTClaimsSet claims = new JWTClaimsSet.Builder().issuer(ISSUER)
			.audience(audience)
			.subject(subject)
			.claim("roles", roles)
			.issueTime(java.util.Date.from(expiresAt.minusSeconds(3600)))
			.expirationTime(java.util.Date.from(expiresAt))
			.build();
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static String pem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

	private static KeyPair generate() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			return generator.generateKeyPair();
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
