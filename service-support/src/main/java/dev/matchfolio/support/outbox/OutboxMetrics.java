package dev.matchfolio.support.outbox;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.mongodb.client.model.Accumulators;
import com.mongodb.client.model.Aggregates;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The relay's meters: {@code outbox.events.pending} (events stored but not yet published, per collection),
 * {@code outbox.events.published}, {@code outbox.publish.failures} (failed rounds), and
 * {@code outbox.publish.lag} (from the change to the broker's acknowledgement).
 */
final class OutboxMetrics {

	private final Counter published;

	private final Counter failures;

	private final Timer lag;

	OutboxMetrics(MeterRegistry registry, MongoOperations mongo, List<String> collections) {
		this.published = Counter.builder("outbox.events.published")
			.description("Events the broker acknowledged")
			.register(registry);
		this.failures = Counter.builder("outbox.publish.failures")
			.description("Relay rounds that could not publish every event (Kafka or the store unavailable)")
			.register(registry);
		this.lag = Timer.builder("outbox.publish.lag")
			.description("Time from an event's change to the broker's acknowledgement")
			.publishPercentiles(0.5, 0.99)
			.register(registry);
		for (String collection : collections) {
			// read from the store at each scrape: one aggregation over the (few) documents with pending events
			Gauge.builder("outbox.events.pending", mongo, ops -> pendingEvents(ops, collection))
				.description("Events stored in outboxes and not yet published")
				.tag("collection", collection)
				.strongReference(true)
				.register(registry);
		}
	}

	void published(OutboxEntry entry) {
		published.increment();
		lag.record(Duration.between(entry.occurredAt(), Instant.now()));
	}

	void failed() {
		failures.increment();
	}

	/** Counted in the store, so it is right across restarts and relay instances. */
	static long pendingEvents(MongoOperations mongo, String collection) {
		Document total = mongo.getCollection(collection)
			.aggregate(List.of(Aggregates.match(Filters.eq(Outbox.PENDING, true)),
					Aggregates.project(Projections.computed("n", new Document("$size", "$" + Outbox.OUTBOX))),
					Aggregates.group(null, Accumulators.sum("n", "$n"))))
			.first();
		return (total != null) ? ((Number) total.get("n")).longValue() : 0;
	}

}
