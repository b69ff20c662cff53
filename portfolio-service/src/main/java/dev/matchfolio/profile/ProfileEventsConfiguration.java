package dev.matchfolio.profile;

import dev.matchfolio.TopicProperties;
import dev.matchfolio.events.Topics;
import dev.matchfolio.support.store.StoreOutageRetry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;


import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Failure handling for the {@code profile-events} consumer: a record that fails is retried with back-off, then
 * published unchanged to {@value #DEAD_LETTER_TOPIC} (with the failure in its headers) and the consumer carries on,
 * so one bad record cannot stop every later profile change.
 */
@Configuration(proxyBeanMethods = false)
class ProfileEventsConfiguration {

	private static final Logger log = LoggerFactory.getLogger(ProfileEventsConfiguration.class);

	static final String DEAD_LETTER_TOPIC = Topics.PROFILE_EVENTS + ".DLT";

	/**
	 * Picked up by Boot's listener container factory. The recoverer re-sends the record's raw key and bytes, so it
	 * needs the String/byte[] template the service defaults configure.
	 */
	@Bean
	DefaultErrorHandler profileEventsErrorHandler(KafkaOperations<String, byte[]> deadLetters,
			ProfileProperties properties) {
		// partition -1: let the producer choose, the dead-letter topic need not mirror the source's partitions
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetters,
				(record, ex) -> new TopicPartition(DEAD_LETTER_TOPIC, -1));
		ProfileProperties.Retry retry = properties.retry();
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.attempts());
		backOff.setInitialInterval(retry.initialInterval().toMillis());
		backOff.setMultiplier(retry.multiplier());
		backOff.setMaxInterval(retry.maxInterval().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler((record, ex) -> {
			log.error("Giving up on {}-{}@{} (key {}) after {} retries; sending it to {}", record.topic(),
					record.partition(), record.offset(), record.key(), retry.attempts(), DEAD_LETTER_TOPIC, ex);
			recoverer.accept(record, ex);
		}, backOff);
		// MongoDB away: the event waits for it instead of ending in the dead-letter topic
		StoreOutageRetry.apply(handler, retry.initialInterval(), retry.maxInterval());
		return handler;
	}

	@Bean
	NewTopic profileEventsDeadLetterTopic(TopicProperties topics) {
		return topics.topic(DEAD_LETTER_TOPIC);
	}

}
