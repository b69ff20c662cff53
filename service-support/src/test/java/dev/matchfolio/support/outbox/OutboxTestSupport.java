package dev.matchfolio.support.outbox;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import dev.matchfolio.testsupport.Eventually;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** The embedded store and broker for the relay tests, plus aggregates with outboxes and a reader of the topic. */
final class OutboxTestSupport {

	static final Duration TIMEOUT = Duration.ofSeconds(20);

	private static MongoClient client;

	private OutboxTestSupport() {
	}

	static synchronized MongoTemplate mongo() {
		if (client == null) {
			client = MongoClients.create(EmbeddedInfrastructure.mongoUri("outbox"));
		}
		return new MongoTemplate(client, "outbox");
	}

	static KafkaTemplate<String, byte[]> kafka(OutboxProperties properties) {
		Map<String, Object> config = Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				EmbeddedInfrastructure.kafkaBootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
		return OutboxAutoConfiguration.relayTemplate(new DefaultKafkaProducerFactory<>(config), properties);
	}

	static OutboxProperties properties(String collection, Duration pollInterval) {
		return new OutboxProperties(true, List.of(collection), pollInterval, 500, Duration.ofMillis(50),
				Duration.ofMillis(500), Duration.ofSeconds(4));
	}

	static String unique(String name) {
		return name + "-" + UUID.randomUUID();
	}

	/** An entry whose payload names its aggregate and its place in the aggregate's history. */
	static OutboxEntry entry(String topic, String key, int version) {
		String json = "{\"key\":\"" + key + "\",\"version\":" + version + "}";
		return OutboxEntry.of(topic, key, UUID.randomUUID(), Instant.now(), json.getBytes(StandardCharsets.UTF_8));
	}

	/** Stores an aggregate (or appends to it) the way services do: the change and its events in one write. */
	static void append(MongoTemplate mongo, String collection, String id, OutboxEntry... entries) {
		mongo.upsert(Query.query(Criteria.where("_id").is(id)), Outbox.append(new Update().inc("version", 1), entries),
				collection);
	}

	static Document stored(MongoTemplate mongo, String collection, String id) {
		return mongo.getCollection(collection).find(new Document("_id", id)).first();
	}

	/** Reads {@code topic} from the beginning until {@code count} records have arrived. */
	static List<ConsumerRecord<String, String>> read(String topic, int count) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
				EmbeddedInfrastructure.kafkaBootstrapServers(), ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
				StringDeserializer.class, ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
			List<ConsumerRecord<String, String>> records = new ArrayList<>();
			List<TopicPartition> partitions = Eventually.await(TIMEOUT,
					() -> consumer.partitionsFor(topic)
						.stream()
						.map(info -> new TopicPartition(topic, info.partition()))
						.toList(),
					found -> !found.isEmpty());
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			return Eventually.await(TIMEOUT, () -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
					records.add(new ConsumerRecord<>(record.topic(), record.partition(), record.offset(), record.key(),
							new String(record.value(), StandardCharsets.UTF_8)));
				}
				return List.copyOf(records);
			}, seen -> seen.size() >= count);
		}
	}

}
