package dev.matchfolio.support.store;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import dev.matchfolio.testsupport.Eventually;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.Status;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.dao.DataAccessResourceFailureException;

import static org.assertj.core.api.Assertions.assertThat;

class StoreSetupTest {

	private static final Duration BOUND = Duration.ofSeconds(10);

	private final List<String> log = new CopyOnWriteArrayList<>();

	private StoreSetup setup;

	@AfterEach
	void stop() {
		if (setup != null) {
			setup.stop();
		}
	}

	@Test
	void withTheStorePresentEverythingIsDoneBeforeStartReturns() {
		setup = new StoreSetup(List.of(step("indexes"), step("load")), List.of(() -> log.add("listeners")),
				Duration.ofMillis(10), Duration.ofMillis(40));

		setup.start();

		assertThat(setup.isReady()).isTrue();
		assertThat(setup.pendingStep()).isNull();
		assertThat(log).containsExactly("indexes", "load", "listeners");
		assertThat(health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aFailingStepIsRetriedInTheBackgroundWithoutRepeatingTheStepsBeforeIt() {
		AtomicInteger failuresLeft = new AtomicInteger(3);
		StoreSetupStep flaky = StoreSetupStep.of("load", () -> {
			if (failuresLeft.getAndDecrement() > 0) {
				throw new DataAccessResourceFailureException("store away");
			}
			log.add("load");
		});
		setup = new StoreSetup(List.of(step("indexes"), flaky), List.of(() -> log.add("listeners")),
				Duration.ofMillis(10), Duration.ofMillis(40));

		setup.start();

		assertThat(setup.isReady()).isFalse();
		assertThat(setup.pendingStep()).isEqualTo("load");
		Health waiting = health();
		assertThat(waiting.getStatus()).isEqualTo(Status.DOWN);
		assertThat(waiting.getDetails()).containsEntry("waitingFor", "load");
		assertThat(log).containsExactly("indexes");

		Eventually.await(BOUND, setup::isReady, ready -> ready);
		assertThat(log).containsExactly("indexes", "load", "listeners");
		assertThat(failuresLeft.get()).isEqualTo(-1);
		assertThat(health().getStatus()).isEqualTo(Status.UP);
	}

	@Test
	void aStepThatFailsForAnotherReasonIsRetriedToo() {
		AtomicInteger failuresLeft = new AtomicInteger(1);
		StoreSetupStep conflicting = StoreSetupStep.of("indexes", () -> {
			if (failuresLeft.getAndDecrement() > 0) {
				throw new IllegalStateException("index options conflict");
			}
			log.add("indexes");
		});
		setup = new StoreSetup(List.of(conflicting), List.of(), Duration.ofMillis(10), Duration.ofMillis(40));

		setup.start();

		Eventually.await(BOUND, setup::isReady, ready -> ready);
		assertThat(log).containsExactly("indexes");
	}

	@Test
	void onceTheContextClosesNothingStartsAndRetriesEnd() throws InterruptedException {
		AtomicInteger attempts = new AtomicInteger();
		StoreSetupStep away = StoreSetupStep.of("indexes", () -> {
			attempts.incrementAndGet();
			throw new DataAccessResourceFailureException("store away");
		});
		setup = new StoreSetup(List.of(away), List.of(() -> log.add("listeners")), Duration.ofMillis(10),
				Duration.ofMillis(20));
		setup.start();
		Eventually.await(BOUND, attempts::get, count -> count >= 3);

		setup.onApplicationEvent(new ContextClosedEvent(new GenericApplicationContext()));
		setup.stop();
		int afterStop = attempts.get();
		Thread.sleep(100);

		assertThat(attempts.get()).isEqualTo(afterStop);
		assertThat(setup.isRunning()).isFalse();
		assertThat(setup.isReady()).isFalse();
		assertThat(log).isEmpty();
	}

	private StoreSetupStep step(String name) {
		return StoreSetupStep.of(name, () -> log.add(name));
	}

	private Health health() {
		return new StoreSetupHealthIndicator(setup).health(true);
	}

}
