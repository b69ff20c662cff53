package dev.matchfolio.localstack.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.utils.Utils;

/** Talks to the stack's broker directly, past every service: to put a message on a topic and read a topic back. */
final class Broker {

	private static final Duration POLL = Duration.ofMillis(200);

	private final String bootstrap;

	Broker(int port) {
		this.bootstrap = "127.0.0.1:" + port;
	}

	/** Sends one record and waits for the broker's acknowledgement; returns its partition. */
	int send(String topic, byte[] key, byte[] value) throws Exception {
		Properties props = new Properties();
		props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap);
		props.put(ProducerConfig.ACKS_CONFIG, "all");
		try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(),
				new ByteArraySerializer())) {
			return producer.send(new ProducerRecord<>(topic, key, value)).get().partition();
		}
	}

	/** How many partitions {@code topic} has. */
	int partitions(String topic, Duration limit) {
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(),
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			return consumer.partitionsFor(topic, limit).size();
		}
	}

	/** The partition the producers' default partitioner picks for a keyed record (murmur2 of the key). */
	static int partitionOf(byte[] key, int partitions) {
		return Utils.toPositive(Utils.murmur2(key)) % partitions;
	}

	/** Every record on {@code topic} now, from the beginning, read without joining a consumer group. */
	List<ConsumerRecord<byte[], byte[]>> readAll(String topic, Duration limit) {
		List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
		try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerProperties(),
				new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
			List<PartitionInfo> infos = consumer.partitionsFor(topic, limit);
			if (infos == null || infos.isEmpty()) {
				return records;
			}
			List<TopicPartition> partitions = infos.stream()
				.map(info -> new TopicPartition(info.topic(), info.partition()))
				.toList();
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			Map<TopicPartition, Long> end = consumer.endOffsets(partitions, limit);
			long deadline = System.nanoTime() + limit.toNanos();
			while (!reached(consumer, end) && System.nanoTime() < deadline) {
				consumer.poll(POLL).forEach(records::add);
			}
		}
		return records;
	}

	/** No group: nothing is committed and no consumer group of the services is touched. */
	private Properties consumerProperties() {
		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, this.bootstrap);
		props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
		return props;
	}

	private static boolean reached(KafkaConsumer<?, ?> consumer, Map<TopicPartition, Long> end) {
		return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
	}

}
