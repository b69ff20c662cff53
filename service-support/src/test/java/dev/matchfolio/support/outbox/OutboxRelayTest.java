package dev.matchfolio.support.outbox;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.matchfolio.testsupport.Eventually;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;

import static dev.matchfolio.support.outbox.OutboxTestSupport.TIMEOUT;
import static dev.matchfolio.support.outbox.OutboxTestSupport.append;
import static dev.matchfolio.support.outbox.OutboxTestSupport.entry;
import static dev.matchfolio.support.outbox.OutboxTestSupport.kafka;
import static dev.matchfolio.support.outbox.OutboxTestSupport.properties;
import static dev.matchfolio.support.outbox.OutboxTestSupport.read;
import static dev.matchfolio.support.outbox.OutboxTestSupport.stored;
import static dev.matchfolio.support.outbox.OutboxTestSupport.unique;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The relay on the embedded MongoDB-wire store and the embedded Kafka broker. */
class OutboxRelayTest {

	private static final Duration LONG_POLL = Duration.ofMinutes(1);

	private final MongoTemplate mongo = OutboxTestSupport.mongo();

	private final String collection = unique("aggregates");

	private final String topic = unique("outbox-topic");

	private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

	private OutboxRelay relay;

	@AfterEach
	void stopRelay() {
		if (relay != null) {
			relay.stop();
		}
	}

	@Test
	void eventsArePublishedInArrayOrderPerAggregateAndTheOutboxEndsEmpty() {
		for (String id : List.of("a", "b", "c")) {
			for (int version = 1; version <= 5; version++) {
				append(mongo, collection, id, entry(topic, id, version));
			}
		}

		relay = start(properties(collection, Duration.ofMillis(50)));

		List<ConsumerRecord<String, String>> records = read(topic, 15);
		for (String id : List.of("a", "b", "c")) {
			assertThat(records.stream().filter(record -> id.equals(record.key())).map(ConsumerRecord::value))
				.containsExactly(payloads(id, 1, 2, 3, 4, 5));
		}
		Eventually.await(TIMEOUT, () -> relay.pendingEvents(collection), pending -> pending == 0);
		assertThat(stored(mongo, collection, "a").getList(Outbox.OUTBOX, Document.class)).isEmpty();
		assertThat(stored(mongo, collection, "a")).doesNotContainKey(Outbox.PENDING);
		assertThat(registry.get("outbox.events.published").counter().count()).isEqualTo(15);
		assertThat(registry.get("outbox.events.pending").tag("collection", collection).gauge().value()).isZero();
		assertThat(registry.get("outbox.publish.lag").timer().count()).isEqualTo(15);
	}

	@Test
	void aWakeUpPublishesAtOnceWithoutWaitingForThePoll() {
		relay = start(properties(collection, LONG_POLL));
		// the first, empty round is done when the index exists and the relay waits
		Eventually.await(TIMEOUT, () -> relay.pendingEvents(collection), pending -> pending == 0);

		append(mongo, collection, "woken", entry(topic, "woken", 1));
		long started = System.nanoTime();
		relay.wake();

		assertThat(read(topic, 1)).extracting(ConsumerRecord::key).containsExactly("woken");
		assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(LONG_POLL.dividedBy(4));
	}

	@Test
	void entriesAppendedWhileABatchIsInFlightStayAndFollowInTheNextRound() {
		append(mongo, collection, "x", entry(topic, "x", 1), entry(topic, "x", 2));
		AtomicBoolean appended = new AtomicBoolean();
		OutboxEntry late = entry(topic, "x", 3);
		// a writer appends between the relay's read and its removal of the sent entries
		KafkaTemplate<String, byte[]> racing = new KafkaTemplate<>(producerFactory()) {
			@Override
			public CompletableFuture<SendResult<String, byte[]>> send(String topic, String key, byte[] data) {
				if (appended.compareAndSet(false, true)) {
					append(mongo, collection, "x", late);
				}
				return super.send(topic, key, data);
			}
		};
		OutboxBatch batch = new OutboxBatch(racing, 10, TIMEOUT, metrics());

		batch.publish(mongo.getCollection(collection));

		Document afterFirst = stored(mongo, collection, "x");
		assertThat(afterFirst.getList(Outbox.OUTBOX, Document.class)).extracting(e -> e.getString("eventId"))
			.containsExactly(late.eventId());
		assertThat(afterFirst.getBoolean(Outbox.PENDING)).isTrue();

		batch.publish(mongo.getCollection(collection));

		assertThat(read(topic, 3)).extracting(ConsumerRecord::value).containsExactly(payloads("x", 1, 2, 3));
		assertThat(stored(mongo, collection, "x")).doesNotContainKey(Outbox.PENDING);
	}

	@Test
	void aTombstoneIsRemovedOnceItsLastEventIsPublished() {
		append(mongo, collection, "gone", entry(topic, "gone", 1));
		mongo.getCollection(collection)
			.updateOne(new Document("_id", "gone"), new Document("$set", new Document(Outbox.DELETED, true)));
		append(mongo, collection, "gone", entry(topic, "gone", 2));
		append(mongo, collection, "kept", entry(topic, "kept", 1));
		OutboxBatch batch = new OutboxBatch(kafka(properties(collection, LONG_POLL)), 10, TIMEOUT, metrics());

		batch.publish(mongo.getCollection(collection));

		assertThat(stored(mongo, collection, "gone")).isNull();
		assertThat(stored(mongo, collection, "kept")).isNotNull();
		assertThat(read(topic, 3)).filteredOn(record -> "gone".equals(record.key()))
			.extracting(ConsumerRecord::value)
			.containsExactly(payloads("gone", 1, 2));
	}

	@Test
	void whileKafkaIsUnreachableEventsStayStoredAndFailuresAreCounted() {
		append(mongo, collection, "waiting", entry(topic, "waiting", 1), entry(topic, "waiting", 2));
		OutboxProperties properties = new OutboxProperties(true, List.of(collection), Duration.ofMillis(50), 500,
				Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMillis(600));
		KafkaTemplate<String, byte[]> nowhere = OutboxAutoConfiguration.relayTemplate(
				new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:1",
						ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
						ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class)),
				properties);
		relay = new OutboxRelay(mongo, nowhere, properties, registry);
		relay.start();

		Eventually.await(TIMEOUT, () -> registry.get("outbox.publish.failures").counter().count(),
				failures -> failures >= 2);

		assertThat(relay.pendingEvents(collection)).isEqualTo(2);
		assertThat(stored(mongo, collection, "waiting").getList(Outbox.OUTBOX, Document.class)).hasSize(2);
		assertThat(registry.get("outbox.events.published").counter().count()).isZero();
		assertThat(registry.get("outbox.events.pending").tag("collection", collection).gauge().value()).isEqualTo(2);
	}

	@Test
	void aFailedRoundKeepsEverythingItCouldNotPublish() {
		append(mongo, collection, "y", entry(topic, "y", 1));
		KafkaTemplate<String, byte[]> failing = new KafkaTemplate<>(producerFactory()) {
			@Override
			public CompletableFuture<SendResult<String, byte[]>> send(String topic, String key, byte[] data) {
				return CompletableFuture.failedFuture(new IllegalStateException("broker away"));
			}
		};
		OutboxBatch batch = new OutboxBatch(failing, 10, TIMEOUT, metrics());

		assertThatExceptionOfType(OutboxPublishException.class)
			.isThrownBy(() -> batch.publish(mongo.getCollection(collection)));
		assertThat(stored(mongo, collection, "y").getList(Outbox.OUTBOX, Document.class)).hasSize(1);
		assertThat(stored(mongo, collection, "y").getBoolean(Outbox.PENDING)).isTrue();
	}

	private OutboxRelay start(OutboxProperties properties) {
		OutboxRelay started = new OutboxRelay(mongo, kafka(properties), properties, registry);
		started.start();
		return started;
	}

	private OutboxMetrics metrics() {
		return new OutboxMetrics(registry, mongo, List.of(collection));
	}

	private static DefaultKafkaProducerFactory<String, byte[]> producerFactory() {
		return new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				dev.matchfolio.testsupport.EmbeddedInfrastructure.kafkaBootstrapServers(),
				ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class,
				ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
	}

	private static String[] payloads(String key, int... versions) {
		String[] payloads = new String[versions.length];
		for (int i = 0; i < versions.length; i++) {
			payloads[i] = "{\"key\":\"" + key + "\",\"version\":" + versions[i] + "}";
		}
		return payloads;
	}

}
