package dev.matchfolio.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.util.Base64;

/**
 * The RSA key pair the gateway signs tokens with and the services verify them with. Generated once and kept in the
 * data directory, so tokens stay valid across restarts.
 */
final class Keys {

	static final String PRIVATE_PEM = "jwt-private.pem";

	static final String PUBLIC_PEM = "jwt-public.pem";

	private Keys() {
	}

	/** Writes a new pair unless both files exist; returns whether it wrote one. */
	static boolean ensure(Path dir) {
		Path privatePem = dir.resolve(PRIVATE_PEM);
		Path publicPem = dir.resolve(PUBLIC_PEM);
		if (Files.isRegularFile(privatePem) && Files.isRegularFile(publicPem)) {
			return false;
		}
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			Files.createDirectories(dir);
			// PKCS#8 and X.509 SubjectPublicKeyInfo are what the JDK encodes and what Spring reads
			writePrivate(privatePem, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
			Files.writeString(publicPem, pem("PUBLIC KEY", pair.getPublic().getEncoded()), StandardCharsets.US_ASCII);
			return true;
		}
		catch (GeneralSecurityException | IOException ex) {
			throw new StackException("Cannot write the token signing keys to " + dir + ": " + ex.getMessage(), ex);
		}
	}

	static String pem(String type, byte[] der) {
		String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
		return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
	}

	/** Reads the DER bytes back out of a PEM file. */
	static byte[] der(String pem) {
		String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
		return Base64.getDecoder().decode(body);
	}

	private static void writePrivate(Path file, String content) throws IOException {
		Files.deleteIfExists(file);
		try {
			Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
		}
		catch (UnsupportedOperationException notPosix) {
			Files.createFile(file);
		}
		Files.writeString(file, content, StandardCharsets.US_ASCII);
	}

}
