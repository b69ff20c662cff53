package dev.matchfolio.localstack;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store and Kafka as the launcher runs them, as child processes on the packaged class path, in a temporary data
 * directory. The services are not involved.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InfrastructureIT {

	private Ports ports;

	private Stack stack;

	@BeforeAll
	void startStoreAndKafka(@TempDir Path dataDir) throws IOException {
		this.ports = FreePorts.find();
		StackConfig config = StackConfig.builder(StackConfig.findRepo(Path.of("")))
			.dataDir(dataDir)
			.ports(this.ports)
			.demo(false)
			.parts(Part.STORE, Part.KAFKA)
			.build();
		this.stack = new Stack(config, line -> System.out.println("[stack] " + line));
		long begin = System.nanoTime();
		this.stack.start();
		System.out.printf("[stack] store and Kafka ready in %.1f s%n", (System.nanoTime() - begin) / 1e9);
	}

	@AfterAll
	void closeStack() {
		if (this.stack != null) {
			this.stack.close();
		}
	}

	@Test
	@Order(1)
	void aRecordSentToTheBrokerComesBackToAConsumer() throws Exception {
		String topic = "it-round-trip";
		String value = UUID.randomUUID().toString();
		String bootstrap = "127.0.0.1:" + this.ports.kafka();
		try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
				ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap, ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, StringSerializer.class))) {
			producer.send(new ProducerRecord<>(topic, 0, "candidate-1", value)).get();
		}

		Properties props = new Properties();
		props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
		props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
		List<String> received = new ArrayList<>();
		try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(props)) {
			TopicPartition partition = new TopicPartition(topic, 0);
			consumer.assign(List.of(partition));
			consumer.seekToBeginning(List.of(partition));
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (received.isEmpty() && System.nanoTime() < deadline) {
				for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
					received.add(record.key() + "=" + record.value());
				}
			}
		}

		assertThat(received).containsExactly("candidate-1=" + value);
	}

	@Test
	@Order(2)
	void whatTheStoreKeepsSurvivesARestartOfItsProcess() {
		String uri = "mongodb://127.0.0.1:" + this.ports.mongo();
		try (MongoClient client = MongoClients.create(uri)) {
			client.getDatabase("profiles").getCollection("things").insertOne(new Document("_id", "p-1").append("name", "Alice"));
		}
		long before = pid("store");

		this.stack.stop("store");
		assertThat(this.stack.isRunning("store")).isFalse();
		this.stack.start("store");

		assertThat(pid("store")).isNotEqualTo(before);
		try (MongoClient client = MongoClients.create(uri)) {
			MongoCollection<Document> things = client.getDatabase("profiles").getCollection("things");
			assertThat(things.find(new Document("_id", "p-1")).first()).containsEntry("name", "Alice");
		}
	}

	@Test
	@Order(3)
	void theStoreAnswersThePingThatTheServicesHealthCheckSends() {
		try (MongoClient client = MongoClients.create("mongodb://127.0.0.1:" + this.ports.mongo())) {
			Document ping = client.getDatabase("admin").runCommand(new Document("ping", 1));

			assertThat(ping.get("ok")).isEqualTo(1.0);
		}
	}

	@Test
	@Order(4)
	void closeLeavesNoChildProcessAlive() {
		List<ProcessHandle> started = this.stack.startedProcesses();
		assertThat(started).hasSize(3); // store, Kafka, the restarted store

		this.stack.close();

		assertThat(started).noneMatch(ProcessHandle::isAlive);
		assertThat(ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)).isEmpty();
	}

	private long pid(String part) {
		return this.stack.startedProcesses().stream().filter(ProcessHandle::isAlive)
			.filter(handle -> handle.info().arguments().map(List::of).orElse(List.of()).stream()
				.anyMatch(arg -> arg.equals(part.equals("store") ? EmbeddedMongo.class.getName() : "kafka.Kafka")))
			.findFirst()
			.orElseThrow()
			.pid();
	}

	/** Seven distinct free ports, so the test runs next to a local stack on the default ports. */

}
