package dev.matchfolio.profile;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.test.autoconfigure.DataMongoTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@DataMongoTest(properties = { "portfolio.profiles.wait-for-unknown=400ms", "portfolio.profiles.poll-interval=20ms" })
@Import(KnownProfiles.class)
@EnableConfigurationProperties(ProfileProperties.class)
class KnownProfilesTest {

	@DynamicPropertySource
	static void store(DynamicPropertyRegistry registry) {
		registry.add("spring.mongodb.uri", () -> EmbeddedInfrastructure.mongoUri("portfolios-known-profiles-test"));
	}

	@Autowired
	KnownProfiles profiles;

	@Autowired
	MongoOperations mongo;

	final String candidate = "p-" + UUID.randomUUID();

	@Test
	void aNewerVersionReplacesTheStoredOne() {
		assertThat(profiles.applyIfNewer(KnownProfile.live(candidate, "alice", 1))).isTrue();
		assertThat(profiles.applyIfNewer(KnownProfile.live(candidate, "alice2", 2))).isTrue();

		assertThat(profiles.live(candidate)).contains(new KnownProfile(candidate, "alice2", 2, false));
	}

	@Test
	void duplicatesAndOlderVersionsChangeNothing() {
		profiles.applyIfNewer(KnownProfile.live(candidate, "alice", 2));

		assertThat(profiles.applyIfNewer(KnownProfile.live(candidate, "mallory", 2))).isFalse();
		assertThat(profiles.applyIfNewer(KnownProfile.live(candidate, "mallory", 1))).isFalse();
		assertThat(profiles.applyIfNewer(KnownProfile.tombstone(candidate, 1))).isFalse();
		assertThat(profiles.live(candidate)).contains(new KnownProfile(candidate, "alice", 2, false));
	}

	@Test
	void aTombstoneHidesTheProfileAndAnOlderUpsertCannotResurrectIt() {
		profiles.applyIfNewer(KnownProfile.live(candidate, "alice", 1));
		assertThat(profiles.applyIfNewer(KnownProfile.tombstone(candidate, 2))).isTrue();

		assertThat(profiles.applyIfNewer(KnownProfile.live(candidate, "alice", 1))).isFalse();
		assertThat(profiles.live(candidate)).isEmpty();
		assertThat(profiles.isDeleted(candidate)).isTrue();
		assertThat(mongo.findById(candidate, KnownProfile.class)).isEqualTo(KnownProfile.tombstone(candidate, 2));
	}

	@Test
	void aTombstoneForAProfileNeverSeenIsStoredToo() {
		assertThat(profiles.applyIfNewer(KnownProfile.tombstone(candidate, 3))).isTrue();

		assertThat(profiles.applyIfNewer(KnownProfile.live(candidate, "alice", 2))).isFalse();
		assertThat(profiles.isDeleted(candidate)).isTrue();
	}

	@Test
	void waitingForAnUnknownProfileEndsWhenItsEventArrives() throws Exception {
		CompletableFuture<Optional<KnownProfile>> waiting = CompletableFuture
			.supplyAsync(() -> profiles.awaitLive(candidate));
		Thread.sleep(100);
		profiles.applyIfNewer(KnownProfile.live(candidate, "alice", 1));

		assertThat(waiting.get(2, TimeUnit.SECONDS)).map(KnownProfile::ownerId).contains("alice");
	}

	@Test
	void waitingForAProfileThatNeverAppearsGivesUpAfterTheConfiguredTime() {
		long started = System.nanoTime();

		assertThat(profiles.awaitLive(candidate)).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isBetween(Duration.ofMillis(400),
				Duration.ofSeconds(2));
	}

	@Test
	void aDeletedProfileIsAnsweredWithoutWaiting() {
		profiles.applyIfNewer(KnownProfile.tombstone(candidate, 2));
		long started = System.nanoTime();

		assertThat(profiles.awaitLive(candidate)).isEmpty();
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(300));
	}

}
