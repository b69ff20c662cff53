package dev.matchfolio.support.store;

import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Readiness: DOWN, naming the step that waits, until {@link StoreSetup} has run every step. */
public class StoreSetupHealthIndicator extends AbstractHealthIndicator {

	private final StoreSetup setup;

	public StoreSetupHealthIndicator(StoreSetup setup) {
		this.setup = setup;
	}

	@Override
	protected void doHealthCheck(Health.Builder builder) {
		String pending = setup.pendingStep();
		if (setup.isReady()) {
			builder.up();
		}
		else {
			builder.down().withDetail("waitingFor", (pending != null) ? pending : "listeners to start");
		}
	}

}
