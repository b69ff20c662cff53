package dev.matchfolio.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KeysTest {

	@TempDir
	Path dir;

	@Test
	void writesAPairThatTheJdkReadsBackAndThatSignsAndVerifies() throws Exception {
		assertThat(Keys.ensure(this.dir)).isTrue();

		String privatePem = Files.readString(this.dir.resolve("jwt-private.pem"));
		String publicPem = Files.readString(this.dir.resolve("jwt-public.pem"));
		assertThat(privatePem).startsWith("-----BEGIN PRIVATE KEY-----\n").endsWith("-----END PRIVATE KEY-----\n");
		assertThat(publicPem).startsWith("-----BEGIN PUBLIC KEY-----\n").endsWith("-----END PUBLIC KEY-----\n");
		assertThat(publicPem.lines()).allMatch(line -> line.length() <= 64);

		KeyFactory rsa = KeyFactory.getInstance("RSA");
		RSAPrivateKey privateKey = (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec(Keys.der(privatePem)));
		RSAPublicKey publicKey = (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec(Keys.der(publicPem)));
		assertThat(publicKey.getModulus().bitLength()).isEqualTo(2048);
		assertThat(privateKey.getModulus()).isEqualTo(publicKey.getModulus());

		Signature signer = Signature.getInstance("SHA256withRSA");
		signer.initSign(privateKey);
		signer.update("token".getBytes());
		byte[] signature = signer.sign();
		Signature verifier = Signature.getInstance("SHA256withRSA");
		verifier.initVerify(publicKey);
		verifier.update("token".getBytes());
		assertThat(verifier.verify(signature)).isTrue();
	}

	@Test
	void keepsAnExistingPairSoTokensSurviveARestart() throws Exception {
		Keys.ensure(this.dir);
		String before = Files.readString(this.dir.resolve("jwt-public.pem"));

		assertThat(Keys.ensure(this.dir)).isFalse();
		assertThat(Files.readString(this.dir.resolve("jwt-public.pem"))).isEqualTo(before);
	}

}
