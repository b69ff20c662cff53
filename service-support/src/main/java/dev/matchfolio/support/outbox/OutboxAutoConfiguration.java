package dev.matchfolio.support.outbox;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.ProducerListener;

/**
 * Runs an {@link OutboxRelay} in a service that sets {@code matchfolio.outbox.enabled=true}; the relay is also the
 * {@link OutboxSignal} the service's writes call. It sends through its own copy of the service's producer settings,
 * with timeouts bounded by {@code matchfolio.outbox.delivery-timeout}, so a missing broker fails a round within
 * seconds instead of the producer's default two minutes.
 */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration",
		"org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration" })
@ConditionalOnClass({ MongoOperations.class, KafkaTemplate.class })
@ConditionalOnProperty(prefix = "matchfolio.outbox", name = "enabled", havingValue = "true")
@EnableConfigurationProperties(OutboxProperties.class)
public class OutboxAutoConfiguration {

	@Bean
	@ConditionalOnMissingBean
	OutboxRelay outboxRelay(MongoOperations mongo, ProducerFactory<?, ?> producerFactory,
			OutboxProperties properties, ObjectProvider<MeterRegistry> registry) {
		return new OutboxRelay(mongo, relayTemplate(producerFactory, properties), properties,
				registry.getIfAvailable(SimpleMeterRegistry::new));
	}

	/** The template a relay sends with: a copy of {@code producerFactory} with the relay's bounded waits. */
	@SuppressWarnings("unchecked")
	public static KafkaTemplate<String, byte[]> relayTemplate(ProducerFactory<?, ?> producerFactory,
			OutboxProperties properties) {
		KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(
				(ProducerFactory<String, byte[]>) producerFactory, producerOverrides(properties));
		// the relay logs an outage once; the default listener would log every event that waits
		template.setProducerListener(new ProducerListener<>() {
		});
		return template;
	}

	/** Idempotent, fully acknowledged sends whose every wait is bounded by the delivery timeout. */
	static Map<String, Object> producerOverrides(OutboxProperties properties) {
		int delivery = (int) properties.deliveryTimeout().toMillis();
		int half = delivery / 2;
		return Map.of(ProducerConfig.ACKS_CONFIG, "all", ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
				ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, delivery, ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, half,
				ProducerConfig.MAX_BLOCK_MS_CONFIG, half, ProducerConfig.LINGER_MS_CONFIG, 1);
	}

}
