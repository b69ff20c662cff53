package dev.matchfolio.localstack;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class KafkaSetupTest {

	@TempDir
	Path dataDir;

	@Test
	void oneNodeInCombinedModeOnLoopbackWithEveryReplicationFactorOne() throws Exception {
		Ports ports = new Ports(8080, 8081, 8082, 8083, 27017, 19092, 19093);
		KafkaSetup kafka = new KafkaSetup(this.dataDir, ports);
		Properties props = new Properties();
		props.load(new StringReader(kafka.properties()));

		assertThat(props).containsEntry("process.roles", "broker,controller")
			.containsEntry("node.id", "1")
			.containsEntry("controller.quorum.voters", "1@127.0.0.1:19093")
			.containsEntry("listeners", "PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093")
			.containsEntry("advertised.listeners", "PLAINTEXT://127.0.0.1:19092")
			.containsEntry("controller.listener.names", "CONTROLLER")
			.containsEntry("log.dirs", this.dataDir.resolve("kafka/data").toString())
			.containsEntry("auto.create.topics.enable", "true");
		assertThat(props.stringPropertyNames()).filteredOn(name -> name.endsWith("replication.factor"))
			.isNotEmpty()
			.allSatisfy(name -> assertThat(props.getProperty(name)).isEqualTo("1"));
		assertThat(props.stringPropertyNames()).filteredOn(name -> name.endsWith("min.isr") || name.startsWith("min.insync"))
			.hasSize(3)
			.allSatisfy(name -> assertThat(props.getProperty(name)).isEqualTo("1"));
	}

	@Test
	void theClusterIdIsMadeOnceAndKept() {
		KafkaSetup kafka = new KafkaSetup(this.dataDir, Ports.defaults());

		String first = kafka.clusterId();

		assertThat(first).hasSize(22); // a Kafka Uuid in URL-safe base64
		assertThat(new KafkaSetup(this.dataDir, Ports.defaults()).clusterId()).isEqualTo(first);
		assertThat(kafka.isFormatted()).isFalse();
	}

}
