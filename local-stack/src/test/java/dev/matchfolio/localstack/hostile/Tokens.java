package dev.matchfolio.localstack.hostile;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tokens the system never issued, built by hand with the JDK: signed with the stack's own key but expired, not yet
 * valid, for another issuer or audience; signed with a key of our own; unsigned ({@code alg: none}); HMAC-signed with
 * the public key as secret (the key-confusion attack); and plain garbage.
 */
final class Tokens {

	private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

	private static final long HOUR = 3600;

	private final PrivateKey stackKey;

	private final PrivateKey ownKey;

	private final byte[] publicPem;

	private final String kid;

	private final Random random;

	Tokens(Path keysDir, String issuedToken, Random random) throws Exception {
		this.stackKey = KeyFactory.getInstance("RSA")
			.generatePrivate(new PKCS8EncodedKeySpec(der(Files.readString(keysDir.resolve("jwt-private.pem")))));
		this.publicPem = Files.readAllBytes(keysDir.resolve("jwt-public.pem"));
		KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
		generator.initialize(2048);
		this.ownKey = generator.generateKeyPair().getPrivate();
		Map<?, ?> header = Edge.JSON.readValue(Base64.getUrlDecoder().decode(issuedToken.split("\\.")[0]), Map.class);
		this.kid = String.valueOf(header.get("kid"));
		this.random = random;
	}

	/** Every forged token for this user and role, labelled. */
	Map<String, String> forgeries(String sub, String role) throws GeneralSecurityException {
		long now = Instant.now().getEpochSecond();
		Map<String, String> tokens = new LinkedHashMap<>();
		tokens.put("expired", rs256(this.stackKey, claims(sub, role, now - 2 * HOUR, now - HOUR)));
		tokens.put("expired-by-a-minute", rs256(this.stackKey, claims(sub, role, now - HOUR, now - 60)));
		Map<String, Object> future = claims(sub, role, now + HOUR, now + 2 * HOUR);
		future.put("nbf", now + HOUR);
		tokens.put("not-yet-valid", rs256(this.stackKey, future));
		Map<String, Object> issuer = claims(sub, role, now, now + HOUR);
		issuer.put("iss", "https://evil.example");
		tokens.put("wrong-issuer", rs256(this.stackKey, issuer));
		Map<String, Object> audience = claims(sub, role, now, now + HOUR);
		audience.put("aud", List.of("someone-else"));
		tokens.put("wrong-audience", rs256(this.stackKey, audience));
		tokens.put("other-key", rs256(this.ownKey, claims(sub, "ADMIN", now, now + HOUR)));
		tokens.put("alg-none", sign("none", claims(sub, "ADMIN", now, now + HOUR), null));
		tokens.put("alg-none-empty-sig", unsigned("none", claims(sub, "ADMIN", now, now + HOUR)) + ".");
		tokens.put("hs256-public-key", sign("HS256", claims(sub, "ADMIN", now, now + HOUR), this.publicPem));
		String valid = rs256(this.stackKey, claims(sub, role, now, now + HOUR));
		tokens.put("tampered-payload", swapPayload(valid, claims(sub, "ADMIN", now, now + HOUR)));
		tokens.put("random-signature", unsigned("RS256", claims(sub, "ADMIN", now, now + HOUR)) + "."
				+ B64.encodeToString(randomBytes(256)));
		tokens.put("truncated", valid.substring(0, valid.length() / 2));
		tokens.put("two-parts", valid.substring(0, valid.lastIndexOf('.')));
		tokens.put("garbage", "not-a-jwt");
		tokens.put("script", "<script>alert(1)</script>");
		tokens.put("huge", "a".repeat(20_000));
		return tokens;
	}

	private Map<String, Object> claims(String sub, String role, long issuedAt, long expiresAt) {
		Map<String, Object> claims = new LinkedHashMap<>();
		claims.put("iss", "matchfolio-dev");
		claims.put("aud", List.of("matchfolio"));
		claims.put("sub", sub);
		claims.put("roles", List.of(role));
		claims.put("iat", issuedAt);
		claims.put("exp", expiresAt);
		return claims;
	}

	private String rs256(PrivateKey key, Map<String, Object> claims) throws GeneralSecurityException {
		String signingInput = unsigned("RS256", claims);
		Signature signature = Signature.getInstance("SHA256withRSA");
		signature.initSign(key);
		signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
		return signingInput + "." + B64.encodeToString(signature.sign());
	}

	private String sign(String alg, Map<String, Object> claims, byte[] hmacSecret) throws GeneralSecurityException {
		String signingInput = unsigned(alg, claims);
		if (hmacSecret == null) {
			return signingInput + ".";
		}
		Mac mac = Mac.getInstance("HmacSHA256");
		mac.init(new SecretKeySpec(hmacSecret, "HmacSHA256"));
		return signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));
	}

	private String unsigned(String alg, Map<String, Object> claims) {
		Map<String, Object> header = new LinkedHashMap<>();
		header.put("alg", alg);
		header.put("typ", "JWT");
		header.put("kid", this.kid);
		return B64.encodeToString(Edge.JSON.writeValueAsBytes(header)) + "."
				+ B64.encodeToString(Edge.JSON.writeValueAsBytes(claims));
	}

	private static String swapPayload(String token, Map<String, Object> claims) {
		String[] parts = token.split("\\.");
		return parts[0] + "." + B64.encodeToString(Edge.JSON.writeValueAsBytes(claims)) + "." + parts[2];
	}

	private byte[] randomBytes(int count) {
		byte[] bytes = new byte[count];
		this.random.nextBytes(bytes);
		return bytes;
	}

	private static byte[] der(String pem) {
		return Base64.getDecoder().decode(pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", ""));
	}

}
