package dev.matchfolio.localstack;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.common.Uuid;

/**
 * One Kafka node in combined KRaft mode (broker and controller), sized for one machine: every replication factor and
 * minimum in-sync replica count is 1, topics are created on first use, and records are kept so the matching read model
 * can be rebuilt from the beginning.
 */
final class KafkaSetup {

	private static final Duration FORMAT_TIMEOUT = Duration.ofSeconds(120);

	private final Path dir;

	private final Ports ports;

	KafkaSetup(Path dataDir, Ports ports) {
		this.dir = dataDir.resolve("kafka");
		this.ports = ports;
	}

	Path propertiesFile() {
		return this.dir.resolve("server.properties");
	}

	Path logDir() {
		return this.dir.resolve("data");
	}

	/** Storage is formatted once; {@code meta.properties} is what the format step writes. */
	boolean isFormatted() {
		return Files.isRegularFile(logDir().resolve("meta.properties"));
	}

	/** The cluster id is made once and kept, because formatted storage only accepts its own cluster. */
	String clusterId() {
		Path file = this.dir.resolve("cluster.id");
		try {
			if (Files.isRegularFile(file)) {
				return Files.readString(file, StandardCharsets.US_ASCII).trim();
			}
			String id = Uuid.randomUuid().toString();
			Files.createDirectories(this.dir);
			Files.writeString(file, id + "\n", StandardCharsets.US_ASCII);
			return id;
		}
		catch (IOException ex) {
			throw new StackException("Cannot keep the Kafka cluster id in " + file + ": " + ex.getMessage(), ex);
		}
	}

	/** Written on every start, so changed ports apply. */
	Path writeProperties() {
		try {
			Files.createDirectories(logDir());
			Files.writeString(propertiesFile(), properties(), StandardCharsets.UTF_8);
			return propertiesFile();
		}
		catch (IOException ex) {
			throw new StackException("Cannot write " + propertiesFile() + ": " + ex.getMessage(), ex);
		}
	}

	/**
	 * Formats the storage on the first start (a short-lived child, checked by its exit code); returns whether it did.
	 */
	boolean formatIfNeeded(List<String> command, Path log) {
		if (isFormatted()) {
			return false;
		}
		try {
			Files.createDirectories(log.getParent());
			Process format = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
				.start();
			if (!format.waitFor(FORMAT_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
				format.destroyForcibly();
				throw new StackException("Formatting Kafka storage took longer than " + FORMAT_TIMEOUT.toSeconds()
						+ " s; see " + log);
			}
			if (format.exitValue() != 0) {
				throw new StackException("Formatting Kafka storage failed (exit code " + format.exitValue() + "):\n"
						+ String.join("\n", Child.tail(log, 30)));
			}
			return true;
		}
		catch (IOException ex) {
			throw new StackException("Cannot format Kafka storage: " + ex.getMessage(), ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackException("Interrupted while formatting Kafka storage", ex);
		}
	}

	String properties() {
		String broker = "127.0.0.1:" + this.ports.kafka();
		String controller = "127.0.0.1:" + this.ports.kafkaController();
		return """
				# written by local-stack on every start; edits are lost
				process.roles=broker,controller
				node.id=1
				controller.quorum.voters=1@%2$s
				listeners=PLAINTEXT://%1$s,CONTROLLER://%2$s
				advertised.listeners=PLAINTEXT://%1$s
				controller.listener.names=CONTROLLER
				inter.broker.listener.name=PLAINTEXT
				listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
				log.dirs=%3$s
				auto.create.topics.enable=true
				num.partitions=3
				default.replication.factor=1
				min.insync.replicas=1
				offsets.topic.replication.factor=1
				transaction.state.log.replication.factor=1
				transaction.state.log.min.isr=1
				share.coordinator.state.topic.replication.factor=1
				share.coordinator.state.topic.min.isr=1
				# 50 partitions each by default: pointless on one node, and slower to create on first use
				offsets.topic.num.partitions=5
				transaction.state.log.num.partitions=5
				# one member per group locally: no reason to wait for more before the first assignment
				group.initial.rebalance.delay.ms=0
				log.retention.ms=-1
				""".formatted(broker, controller, logDir());
	}

}
