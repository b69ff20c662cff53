package dev.matchfolio.support.store;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Runs the service's {@link StoreSetupStep}s when the application starts, so that a service starts even while its
 * store is away. The first attempt runs at once, before the web server opens, so with the store present nothing
 * changes: every step is done before the first request. If a step fails, the service starts anyway, the API answers
 * 503 ({@link StoreGuardFilter}), readiness is DOWN ({@link StoreSetupHealthIndicator}), and a background thread
 * retries, backing off up to a limit, from the step that failed; then it runs {@link #whenReady} actions such as
 * starting the Kafka listeners, which therefore never consume before the service's store is set up.
 */
public class StoreSetup implements SmartLifecycle, ApplicationListener<ContextClosedEvent> {

	private static final Logger log = LoggerFactory.getLogger(StoreSetup.class);

	/** Before the outbox relay and the web server, which both start later and stop earlier. */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 8192;

	private final List<StoreSetupStep> steps;

	private final List<Runnable> whenReady;

	private final Duration minBackoff;

	private final Duration maxBackoff;

	/** How many steps have succeeded; a retry starts at the first that has not. */
	private volatile int done;

	private volatile boolean ready;

	private volatile boolean running;

	/** Guards {@link #closing}: ready actions never start listeners once the context has begun to close. */
	private final Object readyLock = new Object();

	private boolean closing;

	private volatile CountDownLatch stopping = new CountDownLatch(1);

	private Thread thread;

	public StoreSetup(List<StoreSetupStep> steps, List<Runnable> whenReady, Duration minBackoff, Duration maxBackoff) {
		this.steps = List.copyOf(steps);
		this.whenReady = List.copyOf(whenReady);
		this.minBackoff = minBackoff;
		this.maxBackoff = maxBackoff;
	}

	/** Whether every step has succeeded. */
	public boolean isReady() {
		return ready;
	}

	/** The step that has not succeeded yet, or {@code null} when ready. */
	public String pendingStep() {
		int next = done;
		return (next < steps.size()) ? steps.get(next).description() : null;
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		stopping = new CountDownLatch(1);
		if (attempt(true)) {
			return;
		}
		thread = new Thread(this::retry, "store-setup");
		thread.setDaemon(true);
		thread.start();
	}

	/** Published before any lifecycle bean stops, so listeners stopped by then are not started again. */
	@Override
	public void onApplicationEvent(ContextClosedEvent event) {
		synchronized (readyLock) {
			closing = true;
		}
	}

	@Override
	public synchronized void stop() {
		running = false;
		stopping.countDown();
		if (thread != null) {
			try {
				thread.join(TimeUnit.SECONDS.toMillis(5));
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			thread = null;
		}
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void retry() {
		long started = System.nanoTime();
		Duration backoff = minBackoff;
		int attempts = 1;
		while (running && !ready) {
			try {
				if (stopping.await(backoff.toNanos(), TimeUnit.NANOSECONDS)) {
					return;
				}
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
			attempts++;
			if (attempt(false)) {
				log.info("Store set up after {} attempts in {} s", attempts,
						TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
			}
			backoff = (backoff.compareTo(maxBackoff.dividedBy(2)) <= 0) ? backoff.multipliedBy(2) : maxBackoff;
		}
	}

	/** Runs the steps not done yet; returns whether all are done. */
	private boolean attempt(boolean first) {
		for (int i = done; i < steps.size() && running; i++) {
			StoreSetupStep step = steps.get(i);
			long started = System.nanoTime();
			try {
				step.run();
			}
			catch (RuntimeException ex) {
				if (first) {
					log.warn("Store not set up ({} failed: {}); the API answers 503 and set-up is retried until it works",
							step.description(), ex.toString());
				}
				else if (StoreOutages.isOutage(ex)) {
					log.debug("Store set-up still waits for the store ({})", step.description(), ex);
				}
				else {
					log.warn("Store set-up failed again ({})", step.description(), ex);
				}
				return false;
			}
			log.debug("{} done in {} ms", step.description(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
			done = i + 1;
		}
		synchronized (readyLock) {
			if (!running || closing) {
				return false;
			}
			whenReady.forEach(Runnable::run);
			ready = true;
			return true;
		}
	}

}
