package dev.matchfolio.support.outbox;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code matchfolio.outbox.*}: a service turns the relay on with {@code enabled=true} and names the collections whose
 * documents carry an outbox.
 *
 * @param enabled whether this service runs a relay
 * @param collections the collections to relay from
 * @param pollInterval how often the relay looks for pending events when nobody woke it (a safety net: writes in
 * this process wake it at once; writes by other instances are found by polling)
 * @param batchSize how many documents one round reads and publishes
 * @param minBackoff the first pause after a failed round
 * @param maxBackoff the longest pause between attempts while Kafka or the store is away
 * @param deliveryTimeout how long one send may take before it counts as failed (the producer's
 * {@code delivery.timeout.ms}; request and metadata waits get half of it)
 */
@ConfigurationProperties("matchfolio.outbox")
public record OutboxProperties(@DefaultValue("false") boolean enabled, @DefaultValue List<String> collections,
		@DefaultValue("100ms") Duration pollInterval, @DefaultValue("500") int batchSize,
		@DefaultValue("100ms") Duration minBackoff, @DefaultValue("5s") Duration maxBackoff,
		@DefaultValue("10s") Duration deliveryTimeout) {

	public OutboxProperties {
		if (batchSize < 1) {
			throw new IllegalArgumentException("matchfolio.outbox.batch-size must be at least 1");
		}
	}

}
