package dev.matchfolio.candidate;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the event consumers deal with failures.
 *
 * @param retry back-off between attempts at a failing message before it is dead-lettered
 * @param deadLetter the {@code <topic>.DLT} topics this service declares
 */
@ConfigurationProperties("matching.consumer")
record ConsumerProperties(Retry retry, DeadLetter deadLetter) {

	/**
	 * @param initialInterval wait before the first retry
	 * @param multiplier growth of the wait per retry
	 * @param maxInterval longest wait
	 * @param maxRetries retries after the first attempt
	 */
	record Retry(Duration initialInterval, double multiplier, Duration maxInterval, int maxRetries) {
	}

	/**
	 * @param partitions partitions of each dead-letter topic
	 * @param replicas replication factor of each dead-letter topic
	 */
	record DeadLetter(int partitions, short replicas) {
	}

}
