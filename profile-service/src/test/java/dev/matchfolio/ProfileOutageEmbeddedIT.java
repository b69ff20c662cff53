package dev.matchfolio;

import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import dev.matchfolio.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;

import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The outage on an in-process broker of its own: stopping destroys it, starting builds a new one (with an empty log,
 * where the topic is created again on the first send). Clients reach it at one fixed address: the KRaft test broker
 * ignores {@code kafkaPorts} (its test kit binds a port of its own), so the broker advertises the fixed port of a
 * {@link LoopbackForwarder} that leads to whichever broker runs now.
 */
class ProfileOutageEmbeddedIT extends ProfileOutageIntegrationTests {

	private static final LoopbackForwarder FRONT = new LoopbackForwarder(LoopbackForwarder.freePort(),
			ProfileOutageEmbeddedIT::brokerPort);

	private static EmbeddedKafkaKraftBroker broker;

	static {
		FRONT.open();
		broker = startBroker();
	}

	@DynamicPropertySource
	static void infrastructure(DynamicPropertyRegistry registry) {
		registry.add("spring.kafka.bootstrap-servers", ProfileOutageEmbeddedIT::address);
		registry.add("spring.mongodb.uri", () -> EmbeddedInfrastructure.mongoUri(DATABASE));
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	@AfterAll
	static void stopAll() {
		FRONT.close();
		stopBroker();
	}

	@Override
	void stopKafka() {
		FRONT.close();
		stopBroker();
	}

	@Override
	void startKafka() {
		broker = startBroker();
		FRONT.open();
	}

	@Override
	String bootstrapServers() {
		return address();
	}

	private static String address() {
		return "localhost:" + FRONT.port();
	}

	private static int brokerPort() {
		String brokers = broker.getBrokersAsString();
		return Integer.parseInt(brokers.substring(brokers.lastIndexOf(':') + 1));
	}

	private static EmbeddedKafkaKraftBroker startBroker() {
		EmbeddedKafkaKraftBroker started = new EmbeddedKafkaKraftBroker(1, 1);
		started.brokerProperty("advertised.listeners", "EXTERNAL://" + address());
		started.brokerProperty("auto.create.topics.enable", "true");
		started.afterPropertiesSet();
		return started;
	}

	private static void stopBroker() {
		if (broker != null) {
			broker.destroy();
			broker = null;
		}
	}

}
