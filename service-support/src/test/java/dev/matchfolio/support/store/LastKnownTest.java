package dev.matchfolio.support.store;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LastKnownTest {

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private boolean storeKnownDown;

	private final LastKnown<String> lastKnown = new LastKnown<>("thing", 2, Duration.ofMinutes(10), () -> storeKnownDown, registry);

	@Test
	void theStoresAnswerIsReturnedAndKeptForAnOutage() {
		assertThat(lastKnown.read("t-1", () -> Optional.of("v1"))).contains(new LastKnown.Read<>("v1", false));

		assertThat(lastKnown.read("t-1", LastKnownTest::storeAway)).contains(new LastKnown.Read<>("v1", true));
		assertThat(registry.get("store.last.known.served").tag("resource", "thing").counter().count()).isEqualTo(1);
	}

	@Test
	void withoutACopyTheOutageIsTheCallersAndOtherFailuresAreNeverHidden() {
		lastKnown.remember("t-1", "v1");

		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> lastKnown.read("t-2", LastKnownTest::storeAway));
		assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> lastKnown.read("t-1", () -> {
			throw new IllegalStateException("a bug");
		}));
	}

	@Test
	void whatTheStoreSaysIsGoneOrThisInstanceDeletedIsNotServed() {
		lastKnown.remember("t-1", "v1");
		lastKnown.remember("t-2", "v1");
		assertThat(lastKnown.read("t-1", Optional::empty)).isEmpty();
		lastKnown.forget("t-2");

		for (String key : new String[] { "t-1", "t-2" }) {
			assertThatExceptionOfType(DataAccessResourceFailureException.class)
				.isThrownBy(() -> lastKnown.read(key, LastKnownTest::storeAway));
		}
	}

	@Test
	void aWriteReplacesTheCopy() {
		lastKnown.read("t-1", () -> Optional.of("v1"));
		lastKnown.remember("t-1", "v2");

		assertThat(lastKnown.read("t-1", LastKnownTest::storeAway)).map(LastKnown.Read::value).contains("v2");
	}

	@Test
	void whileTheStoreIsKnownDownNoReadWaitsForIt() {
		lastKnown.read("t-1", () -> Optional.of("v1"));
		storeKnownDown = true;
		AtomicInteger storeCalls = new AtomicInteger();
		Supplier<Optional<String>> store = () -> {
			storeCalls.incrementAndGet();
			return Optional.of("v2");
		};

		assertThat(lastKnown.read("t-1", store)).contains(new LastKnown.Read<>("v1", true));
		assertThatExceptionOfType(DataAccessResourceFailureException.class)
			.isThrownBy(() -> lastKnown.read("t-2", store));
		assertThat(storeCalls).hasValue(0);

		storeKnownDown = false;
		assertThat(lastKnown.read("t-1", store)).contains(new LastKnown.Read<>("v2", false));
	}

	private static Optional<String> storeAway() {
		throw new DataAccessResourceFailureException("store away");
	}

}
