package dev.matchfolio.support.outbox;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.SmartLifecycle;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes the events stored in the outboxes of the configured collections, on one background thread. It works
 * when woken by a local write ({@link #wake()}), and otherwise every poll interval, so events written by other
 * instances or left over from before a restart are found too. Nothing here runs on a request thread: when Kafka is
 * down, writes still succeed and their events wait in the store; the relay retries with a growing pause and logs the
 * outage once when it starts and once when it ends.
 */
public class OutboxRelay implements OutboxSignal, SmartLifecycle {

	private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);

	/** Stops after the web server (which stops at DEFAULT_PHASE - 2048), so the last requests' events go out. */
	static final int PHASE = SmartLifecycle.DEFAULT_PHASE - 4096;

	private static final Object WAKE_UP = new Object();

	private final MongoOperations mongo;

	private final List<String> collections;

	private final OutboxProperties properties;

	private final OutboxBatch batch;

	private final OutboxMetrics metrics;

	/** At most one wake-up waits: many writes during one round need only one more round. */
	private final BlockingQueue<Object> wakeUps = new ArrayBlockingQueue<>(1);

	private volatile boolean running;

	/** Touched by the relay's thread only. */
	private boolean indexed;

	/** Ends a back-off pause at once when the relay stops. */
	private volatile CountDownLatch stopping = new CountDownLatch(1);

	private Thread thread;

	public OutboxRelay(MongoOperations mongo, KafkaTemplate<String, byte[]> kafka, OutboxProperties properties,
			MeterRegistry registry) {
		this.mongo = mongo;
		this.collections = List.copyOf(properties.collections());
		this.properties = properties;
		this.metrics = new OutboxMetrics(registry, mongo, collections);
		// the ack wait outlasts the producer's own delivery timeout, so a send fails through Kafka, not through us
		this.batch = new OutboxBatch(kafka, properties.batchSize(),
				properties.deliveryTimeout().plus(properties.deliveryTimeout()), metrics);
	}

	@Override
	public void wake() {
		wakeUps.offer(WAKE_UP);
	}

	/** Events stored in the outboxes of {@code collection} and not yet published. */
	public long pendingEvents(String collection) {
		return OutboxMetrics.pendingEvents(mongo, collection);
	}

	@Override
	public synchronized void start() {
		if (running) {
			return;
		}
		running = true;
		stopping = new CountDownLatch(1);
		thread = new Thread(this::run, "outbox-relay");
		thread.setDaemon(true);
		thread.start();
	}

	@Override
	public synchronized void stop() {
		running = false;
		if (thread == null) {
			return;
		}
		stopping.countDown();
		wake();
		try {
			thread.join(properties.deliveryTimeout().toMillis());
			if (thread.isAlive()) {
				thread.interrupt();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		thread = null;
	}

	@Override
	public boolean isRunning() {
		return running;
	}

	@Override
	public int getPhase() {
		return PHASE;
	}

	private void run() {
		Duration backoff = properties.minBackoff();
		long outageStarted = 0;
		int failedRounds = 0;
		while (running) {
			try {
				drain();
				if (failedRounds > 0) {
					log.info("Outbox relay publishes again after {} failed rounds in {} s", failedRounds,
							TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - outageStarted));
					failedRounds = 0;
					backoff = properties.minBackoff();
				}
				awaitWakeUp(properties.pollInterval());
			}
			catch (RuntimeException ex) {
				metrics.failed();
				if (failedRounds++ == 0) {
					outageStarted = System.nanoTime();
					log.warn("Outbox relay cannot publish; events stay stored and are retried until it can ({})",
							ex.getMessage());
				}
				else {
					log.debug("Outbox relay round {} failed", failedRounds, ex);
				}
				// a pause that local writes do not cut short: during an outage every write would wake it again
				sleep(backoff);
				backoff = min(backoff.multipliedBy(2), properties.maxBackoff());
			}
		}
	}

	/**
	 * Creates the index of pending events, on the relay's thread, so a service starts while its store is away; it is
	 * tried again in the next round until it succeeds.
	 */
	private void createIndexes() {
		for (String collection : collections) {
			// sparse: only documents with pending events are in it, so the relay's query stays cheap
			mongo.getCollection(collection)
				.createIndex(Indexes.ascending(Outbox.PENDING), new IndexOptions().sparse(true).name(Outbox.PENDING));
		}
		indexed = true;
	}

	/** Publishes until no collection has a full batch pending. */
	private void drain() {
		if (!indexed) {
			createIndexes();
		}
		boolean more = true;
		while (more && running) {
			more = false;
			for (String collection : collections) {
				int read = batch.publish(mongo.getCollection(collection));
				more |= read >= properties.batchSize();
			}
		}
	}

	private void awaitWakeUp(Duration timeout) {
		try {
			wakeUps.poll(timeout.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

	private void sleep(Duration duration) {
		try {
			stopping.await(duration.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			running = false;
		}
	}

	private static Duration min(Duration a, Duration b) {
		return (a.compareTo(b) <= 0) ? a : b;
	}

}
