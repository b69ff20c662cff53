package dev.matchfolio.gateway.auth;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import dev.matchfolio.gateway.support.TestKeys;

import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SigningKeysTest {

	private final DefaultResourceLoader resources = new DefaultResourceLoader();

	@Test
	void pemPairIsLoadedWithAStableKeyId() {
		TestKeys keys = TestKeys.create();
		AuthProperties properties = properties(this.resources.getResource(keys.privateKeyLocation()),
				this.resources.getResource(keys.publicKeyLocation()));

		SigningKeys first = SigningKeys.from(properties);
		SigningKeys second = SigningKeys.from(properties);

		assertThat(first.publicKey()).isEqualTo(keys.publicKey());
		assertThat(first.keyId()).isNotBlank().isEqualTo(second.keyId());
		assertThat(first.toString()).doesNotContain(first.privateKey().getPrivateExponent().toString());
	}

	@Test
	void publicKeyOfAnotherPairIsRefused() {
		TestKeys mine = TestKeys.create();
		TestKeys theirs = TestKeys.create();

		assertThatIllegalStateException().isThrownBy(() -> SigningKeys.from(properties(
				this.resources.getResource(mine.privateKeyLocation()),
				this.resources.getResource(theirs.publicKeyLocation()))));
	}

	@Test
	void onlyOneOfTheTwoLocationsIsRefused() {
		TestKeys keys = TestKeys.create();

		assertThatIllegalStateException().isThrownBy(
				() -> SigningKeys.from(properties(this.resources.getResource(keys.privateKeyLocation()), null)));
	}

	@Test
	void noLocationsGiveAnEphemeralPair() {
		SigningKeys keys = SigningKeys.from(properties(null, null));

		assertThat(keys.publicKey().getModulus().bitLength()).isEqualTo(2048);
		assertThat(keys.publicJwkSet().getKeys()).singleElement().satisfies(jwk -> assertThat(jwk.isPrivate()).isFalse());
	}

	private static AuthProperties properties(Resource privateKey, Resource publicKey) {
		return new AuthProperties(privateKey, publicKey, "matchfolio-dev", "matchfolio", Duration.ofHours(1),
				new AuthProperties.DevIssuer(true));
	}

}
