package dev.matchfolio.testsupport;

import java.net.InetSocketAddress;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The infrastructure for tests on a machine without Docker: a real Kafka broker (spring-kafka-test's embedded KRaft
 * broker, in-process) and a MongoDB-wire store (mongo-java-server, in memory). Both start once per test JVM and are
 * shared by every Spring context; each service uses its own database.
 */
public final class EmbeddedInfrastructure {

	private static EmbeddedKafkaKraftBroker kafka;

	private static MongoServer mongo;

	private static String mongoAddress;

	private EmbeddedInfrastructure() {
	}

	public static synchronized EmbeddedKafkaKraftBroker kafka() {
		if (kafka == null) {
			EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 1);
			broker.brokerProperty("auto.create.topics.enable", "true");
			broker.afterPropertiesSet();
			Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy, "embedded-kafka-stop"));
			kafka = broker;
		}
		return kafka;
	}

	public static String kafkaBootstrapServers() {
		return kafka().getBrokersAsString();
	}

	public static synchronized String mongoUri(String database) {
		if (mongo == null) {
			mongo = new MongoServer(new MemoryBackend());
			InetSocketAddress address = mongo.bind();
			mongoAddress = address.getHostString() + ":" + address.getPort();
			Runtime.getRuntime().addShutdownHook(new Thread(mongo::shutdownNow, "embedded-mongo-stop"));
		}
		return "mongodb://" + mongoAddress + "/" + database;
	}

	/** Points a service under test at the embedded broker and store, and at the test token key. */
	public static void register(DynamicPropertyRegistry registry, String database) {
		registry.add("spring.kafka.bootstrap-servers", EmbeddedInfrastructure::kafkaBootstrapServers);
		registry.add("spring.mongodb.uri", () -> mongoUri(database));
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

}
