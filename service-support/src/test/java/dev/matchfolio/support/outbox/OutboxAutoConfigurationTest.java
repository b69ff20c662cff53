package dev.matchfolio.support.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;

import static org.assertj.core.api.Assertions.assertThat;

class OutboxAutoConfigurationTest {

	private final ApplicationContextRunner runner = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(OutboxAutoConfiguration.class))
		.withBean(MongoOperations.class, OutboxTestSupport::mongo)
		.withBean(ProducerFactory.class, () -> new DefaultKafkaProducerFactory<>(Map.of()));

	@Test
	void withoutEnablingItNoRelayRuns() {
		runner.run(context -> assertThat(context).doesNotHaveBean(OutboxRelay.class));
	}

	@Test
	void enabledTheRelayIsTheSignalAndReadsItsSettings() {
		runner
			.withPropertyValues("matchfolio.outbox.enabled=true", "matchfolio.outbox.collections=profiles",
					"matchfolio.outbox.poll-interval=75ms")
			.run(context -> {
				assertThat(context).hasSingleBean(OutboxRelay.class);
				assertThat(context.getBean(OutboxSignal.class)).isSameAs(context.getBean(OutboxRelay.class));
				OutboxProperties properties = context.getBean(OutboxProperties.class);
				assertThat(properties.collections()).containsExactly("profiles");
				assertThat(properties.pollInterval()).isEqualTo(Duration.ofMillis(75));
				assertThat(properties.batchSize()).isEqualTo(500);
			});
	}

	@Test
	void everyProducerWaitIsBoundedByTheDeliveryTimeout() {
		OutboxProperties properties = new OutboxProperties(true, List.of("c"), Duration.ofMillis(100), 500,
				Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(8));

		Map<String, Object> overrides = OutboxAutoConfiguration.producerOverrides(properties);

		assertThat(overrides).containsEntry(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 8000)
			.containsEntry(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 4000)
			.containsEntry(ProducerConfig.MAX_BLOCK_MS_CONFIG, 4000)
			.containsEntry(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true)
			.containsEntry(ProducerConfig.ACKS_CONFIG, "all");
	}

}
