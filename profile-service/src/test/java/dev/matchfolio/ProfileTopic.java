package dev.matchfolio;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.ProfileEvent;
import dev.matchfolio.events.Topics;
import dev.matchfolio.testsupport.Eventually;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads the profile topic from the beginning, the way a new consumer of the matching side would. */
final class ProfileTopic {

	private static final Duration POLL = Duration.ofMillis(200);

	private ProfileTopic() {
	}

	/**
	 * The events whose key passes {@code keys}, once at least {@code atLeast} of them have arrived and everything
	 * in the topic so far has been read (so a duplicate behind them would be among them).
	 */
	static List<ProfileEvent> read(String bootstrapServers, Predicate<String> keys, int atLeast, Duration timeout) {
		Map<String, Object> config = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
				ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
				ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
		try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(config)) {
			List<TopicPartition> partitions = Eventually.await(timeout,
					() -> consumer.partitionsFor(Topics.PROFILE_EVENTS)
						.stream()
						.map(info -> new TopicPartition(info.topic(), info.partition()))
						.toList(),
					found -> !found.isEmpty());
			consumer.assign(partitions);
			consumer.seekToBeginning(partitions);
			List<ProfileEvent> events = new ArrayList<>();
			return Eventually.await(timeout, () -> {
				for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
					if (keys.test(record.key())) {
						events.add(EventJson.readProfileEvent(record.value()));
					}
				}
				return List.copyOf(events);
			}, seen -> seen.size() >= atLeast && caughtUp(consumer, partitions));
		}
	}

	private static boolean caughtUp(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions) {
		Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
		return partitions.stream().allMatch(partition -> consumer.position(partition) >= ends.get(partition));
	}

}
