package dev.matchfolio.testsupport;

import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The same infrastructure on real containers, for machines with Docker: Kafka and a MongoDB replica set. Test classes
 * that use it are annotated {@code @Testcontainers(disabledWithoutDocker = true)}, so they skip cleanly elsewhere.
 */
public final class ContainerInfrastructure {

	public static final String KAFKA_IMAGE = "apache/kafka:4.1.1";

	public static final String MONGO_IMAGE = "mongo:8.0";

	private static KafkaContainer kafka;

	private static MongoDBContainer mongo;

	private ContainerInfrastructure() {
	}

	public static synchronized KafkaContainer kafka() {
		if (kafka == null) {
			kafka = new KafkaContainer(KAFKA_IMAGE);
			kafka.start();
		}
		return kafka;
	}

	public static synchronized MongoDBContainer mongo() {
		if (mongo == null) {
			mongo = new MongoDBContainer(MONGO_IMAGE);
			mongo.start();
		}
		return mongo;
	}

	public static void register(DynamicPropertyRegistry registry, String database) {
		registry.add("spring.kafka.bootstrap-servers", () -> kafka().getBootstrapServers());
		registry.add("spring.mongodb.uri", () -> mongo().getReplicaSetUrl(database));
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

}
