package dev.matchfolio;

import dev.matchfolio.testsupport.ContainerInfrastructure;
import dev.matchfolio.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outage on a Kafka container of its own, paused and unpaused (a restarted container would get a new port);
 * skipped where Docker is not available.
 */
@Testcontainers(disabledWithoutDocker = true)
class ProfileOutageContainersIT extends ProfileOutageIntegrationTests {

	private static KafkaContainer kafka;

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", () -> kafka().getBootstrapServers());
		registry.add("spring.mongodb.uri", () -> ContainerInfrastructure.mongo().getReplicaSetUrl(DATABASE));
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	@AfterAll
	static void stopContainer() {
		if (kafka != null) {
			kafka.stop();
			kafka = null;
		}
	}

	@Override
	void stopKafka() {
		kafka.getDockerClient().pauseContainerCmd(kafka.getContainerId()).exec();
	}

	@Override
	void startKafka() {
		kafka.getDockerClient().unpauseContainerCmd(kafka.getContainerId()).exec();
	}

	@Override
	String bootstrapServers() {
		return kafka().getBootstrapServers();
	}

	private static synchronized KafkaContainer kafka() {
		if (kafka == null) {
			kafka = new KafkaContainer(ContainerInfrastructure.KAFKA_IMAGE);
			kafka.start();
		}
		return kafka;
	}

}
