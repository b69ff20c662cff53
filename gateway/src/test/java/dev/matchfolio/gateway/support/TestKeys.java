package dev.matchfolio.gateway.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * A key pair written to PEM files the gateway is pointed at (so the PEM loading is exercised too), and tokens signed
 * with it, or with a stranger's key, or with wrong claims.
 */
public final class TestKeys {

	public static final String ISSUER = "matchfolio-dev";

	public static final String AUDIENCE = "matchfolio";

	private final KeyPair keys = generate();

	private final KeyPair strangerKeys = generate();

	private final Path privateKeyFile;

	private final Path publicKeyFile;

	private TestKeys() {
		try {
			Path dir = Files.createTempDirectory("gateway-test-keys");
			dir.toFile().deleteOnExit();
			this.privateKeyFile = write(dir.resolve("jwt-private.pem"), "PRIVATE KEY", this.keys.getPrivate().getEncoded());
			this.publicKeyFile = write(dir.resolve("jwt-public.pem"), "PUBLIC KEY", this.keys.getPublic().getEncoded());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static TestKeys create() {
		return new TestKeys();
	}

	public String privateKeyLocation() {
		return this.privateKeyFile.toUri().toString();
	}

	public String publicKeyLocation() {
		return this.publicKeyFile.toUri().toString();
	}

	public RSAPublicKey publicKey() {
		return (RSAPublicKey) this.keys.getPublic();
	}

	public String validToken(String subject, String... roles) {
		return sign(this.keys, claims(subject, roles, ISSUER, AUDIENCE, Instant.now().plusSeconds(3600)));
	}

	public String expiredToken(String subject, String... roles) {
		return sign(this.keys, claims(subject, roles, ISSUER, AUDIENCE, Instant.now().minusSeconds(600)));
	}

	public String strangerSignedToken(String subject, String... roles) {
		return sign(this.strangerKeys, claims(subject, roles, ISSUER, AUDIENCE, Instant.now().plusSeconds(3600)));
	}

	public String tokenWithIssuer(String issuer, String subject, String... roles) {
		return sign(this.keys, claims(subject, roles, issuer, AUDIENCE, Instant.now().plusSeconds(3600)));
	}

	public String tokenWithAudience(String audience, String subject, String... roles) {
		return sign(this.keys, claims(subject, roles, ISSUER, audience, Instant.now().plusSeconds(3600)));
	}

	private static JWTClaimsSet claims(String subject, String[] roles, String issuer, String audience,
			Instant expiresAt) {
		return new JWTClaimsSet.Builder().issuer(issuer)
			.audience(audience)
			.subject(subject)
			.claim("roles", List.of(roles))
			.issueTime(Date.from(expiresAt.minusSeconds(3600)))
			.expirationTime(Date.from(expiresAt))
			.build();
	}

	private static String sign(KeyPair keys, JWTClaimsSet claims) {
		SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims);
		try {
			jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException(ex);
		}
		return jwt.serialize();
	}

	private static Path write(Path file, String type, byte[] der) throws IOException {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		Files.writeString(file, "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n");
		file.toFile().deleteOnExit();
		return file;
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
