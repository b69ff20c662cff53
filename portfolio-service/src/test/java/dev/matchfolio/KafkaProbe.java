package dev.matchfolio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.function.Predicate;

import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.PortfolioEvent;
import dev.matchfolio.events.ProfileEvent;
import dev.matchfolio.events.Topics;
import dev.matchfolio.testsupport.Eventually;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The test's own Kafka clients on the real broker: publishes profile events as profile-service would, reads what the
 * service publishes (from the beginning of each topic, filtered by key, so tests with unique ids do not interfere),
 * and tells when the service's consumer group has got past a record.
 */
final class KafkaProbe implements AutoCloseable {

	static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static final String SERVICE_GROUP = "portfolio-service";

	private final String bootstrap;

	private final KafkaProducer<String, byte[]> producer;

	private final Admin admin;

	private final List<KafkaConsumer<String, byte[]>> consumers = new ArrayList<>();

	KafkaProbe(String bootstrap) {
		this.bootstrap = bootstrap;
		this.producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
				ProducerConfig.ACKS_CONFIG, "all"), new StringSerializer(), new ByteArraySerializer());
		this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
	}

	RecordMetadata publish(ProfileEvent event) {
		return publish(event.candidateId(), EventJson.write(event));
	}

	RecordMetadata publish(String key, byte[] value) {
		try {
			return producer.send(new ProducerRecord<>(Topics.PROFILE_EVENTS, key, value)).get();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Waits until the service has processed (and committed) the record, whatever it did with it. */
	void awaitConsumed(RecordMetadata record) {
		TopicPartition partition = new TopicPartition(record.topic(), record.partition());
		Eventually.await(TIMEOUT, () -> committed(partition), offset -> offset > record.offset());
	}

	List<PortfolioEvent> awaitPortfolioEvents(String candidateId, Predicate<List<PortfolioEvent>> done) {
		KafkaConsumer<String, byte[]> consumer = fromBeginning(Topics.PORTFOLIO_EVENTS);
		List<PortfolioEvent> seen = new ArrayList<>();
		return Eventually.await(TIMEOUT, () -> {
			consumer.poll(Duration.ofMillis(200))
				.forEach(record -> {
					if (candidateId.equals(record.key())) {
						seen.add(EventJson.readPortfolioEvent(record.value()));
					}
				});
			return List.copyOf(seen);
		}, done);
	}

	/** Every portfolio event of the candidate that reaches the topic within {@code window}. */
	List<PortfolioEvent> portfolioEventsWithin(String candidateId, Duration window) {
		KafkaConsumer<String, byte[]> consumer = fromBeginning(Topics.PORTFOLIO_EVENTS);
		List<PortfolioEvent> seen = new ArrayList<>();
		long end = System.nanoTime() + window.toNanos();
		while (System.nanoTime() < end) {
			consumer.poll(Duration.ofMillis(100)).forEach(record -> {
				if (candidateId.equals(record.key())) {
					seen.add(EventJson.readPortfolioEvent(record.value()));
				}
			});
		}
		return seen;
	}

	ConsumerRecord<String, byte[]> awaitDeadLetter(String topic, String key) {
		KafkaConsumer<String, byte[]> consumer = fromBeginning(topic);
		List<ConsumerRecord<String, byte[]>> seen = new ArrayList<>();
		Eventually.await(TIMEOUT, () -> {
			consumer.poll(Duration.ofMillis(200)).forEach(record -> {
				if (key.equals(record.key())) {
					seen.add(record);
				}
			});
			return seen;
		}, records -> !records.isEmpty());
		return seen.get(0);
	}

	private long committed(TopicPartition partition) {
		try {
			OffsetAndMetadata offset = admin.listConsumerGroupOffsets(SERVICE_GROUP)
				.partitionsToOffsetAndMetadata()
				.get()
				.get(partition);
			return offset == null ? -1 : offset.offset();
		}
		catch (InterruptedException | ExecutionException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private KafkaConsumer<String, byte[]> fromBeginning(String topic) {
		KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
				Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ConsumerConfig.GROUP_ID_CONFIG,
						"probe-" + UUID.randomUUID(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
				new StringDeserializer(), new ByteArrayDeserializer());
		consumers.add(consumer);
		List<TopicPartition> partitions = Eventually
			.await(TIMEOUT, () -> consumer.partitionsFor(topic, Duration.ofSeconds(2)), found -> !found.isEmpty())
			.stream()
			.map(info -> new TopicPartition(topic, info.partition()))
			.toList();
		consumer.assign(partitions);
		consumer.seekToBeginning(partitions);
		return consumer;
	}

	@Override
	public void close() {
		consumers.forEach(KafkaConsumer::close);
		producer.close();
		admin.close();
	}

}
