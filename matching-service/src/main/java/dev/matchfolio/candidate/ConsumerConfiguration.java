package dev.matchfolio.candidate;

import java.util.Map;

import dev.matchfolio.events.Topics;
import dev.matchfolio.support.store.StoreOutageRetry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import tools.jackson.core.JacksonException;


import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Failure handling for the event listeners: a failing message is retried with exponential back-off, then published
 * unchanged to {@code <topic>.DLT} and the consumer moves on. Messages that can never succeed (unparseable or
 * incomplete events) skip the retries.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ConsumerProperties.class)
class ConsumerConfiguration {

	static final String DLT_SUFFIX = ".DLT";

	@Bean
	NewTopic profileEventsDeadLetterTopic(ConsumerProperties properties) {
		return deadLetterTopic(Topics.PROFILE_EVENTS, properties.deadLetter());
	}

	@Bean
	NewTopic portfolioEventsDeadLetterTopic(ConsumerProperties properties) {
		return deadLetterTopic(Topics.PORTFOLIO_EVENTS, properties.deadLetter());
	}

	/**
	 * Dead letters keep the original key and bytes, so they need String/byte[] serialisation whatever the default
	 * producer is set to. The template derives its own producer factory from the auto-configured one (same connection
	 * settings, these serialisers) and closes it when the context stops.
	 */
	@Bean
	@SuppressWarnings("unchecked")
	KafkaTemplate<String, byte[]> deadLetterTemplate(ProducerFactory<?, ?> producerFactory) {
		Map<String, Object> serializers = Map.of(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		return new KafkaTemplate<>((ProducerFactory<String, byte[]>) producerFactory, serializers);
	}

	@Bean
	DefaultErrorHandler eventErrorHandler(KafkaTemplate<String, byte[]> deadLetterTemplate,
			ConsumerProperties properties) {
		// no fixed partition: the dead-letter topic may have fewer partitions than the source
		DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(deadLetterTemplate,
				(record, ex) -> new TopicPartition(record.topic() + DLT_SUFFIX, -1));
		ConsumerProperties.Retry retry = properties.retry();
		ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.maxRetries());
		backOff.setInitialInterval(retry.initialInterval().toMillis());
		backOff.setMultiplier(retry.multiplier());
		backOff.setMaxInterval(retry.maxInterval().toMillis());
		DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, backOff);
		handler.addNotRetryableExceptions(InvalidEventException.class, JacksonException.class);
		// MongoDB away: the event waits for it instead of ending in the dead-letter topic
		StoreOutageRetry.apply(handler, retry.initialInterval(), retry.maxInterval());
		return handler;
	}

	private static NewTopic deadLetterTopic(String topic, ConsumerProperties.DeadLetter deadLetter) {
		return TopicBuilder.name(topic + DLT_SUFFIX)
			.partitions(deadLetter.partitions())
			.replicas(deadLetter.replicas())
			.build();
	}

}
