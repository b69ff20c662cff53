package dev.matchfolio.support.store;

import java.time.Duration;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * A consumed event that fails because the data store is away is fine; the store is not. Such a record is retried,
 * backing off up to a ceiling, for as long as the outage lasts, instead of running out of retries and going to the
 * dead-letter topic, where it would be lost to the read model. Every other failure keeps the handler's own back-off.
 */
public final class StoreOutageRetry {

	private static final double MULTIPLIER = 2.0;

	private final BackOff whileAway;

	private StoreOutageRetry(Duration initialInterval, Duration maxInterval) {
		ExponentialBackOff backOff = new ExponentialBackOff(initialInterval.toMillis(), MULTIPLIER);
		backOff.setMaxInterval(maxInterval.toMillis());
		// no limit on attempts or elapsed time: until the store answers again
		this.whileAway = backOff;
	}

	/** Makes {@code handler} retry store outages until the store is back (see the class comment). */
	public static void apply(DefaultErrorHandler handler, Duration initialInterval, Duration maxInterval) {
		StoreOutageRetry retry = new StoreOutageRetry(initialInterval, maxInterval);
		handler.setBackOffFunction(retry::backOffFor);
		// an outage that turns into another failure (or back) starts the right back-off afresh
		handler.setResetStateOnExceptionChange(true);
	}

	/** The back-off for this failure: unlimited while the store is away, else {@code null} (the handler's own). */
	BackOff backOffFor(ConsumerRecord<?, ?> record, Exception failure) {
		return StoreOutages.isOutage(failure) ? this.whileAway : null;
	}

	static StoreOutageRetry of(Duration initialInterval, Duration maxInterval) {
		return new StoreOutageRetry(initialInterval, maxInterval);
	}

}
