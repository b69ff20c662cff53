package dev.matchfolio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Map;

import dev.matchfolio.support.outbox.OutboxAutoConfiguration;
import dev.matchfolio.support.outbox.OutboxProperties;
import dev.matchfolio.support.outbox.OutboxRelay;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;

/**
 * The service's outbox relay exactly as the auto-configuration builds it (same template, same properties), except
 * that a test can cut its producer off from the broker and connect it again. The broker is shared by every test in
 * the JVM, so instead of stopping it, the relay's producer is pointed at a closed port: the same failure its sends
 * meet when the broker is down (no metadata within {@code max.block.ms}, then a timeout).
 */
@TestConfiguration(proxyBeanMethods = false)
class CuttableRelay {

	@Bean
	Connection relayConnection(ProducerFactory<?, ?> producerFactory, OutboxProperties properties) {
		return new Connection(OutboxAutoConfiguration.relayTemplate(producerFactory, properties));
	}

	@Bean
	OutboxRelay outboxRelay(MongoOperations mongo, Connection connection, OutboxProperties properties,
			MeterRegistry registry) {
		return new OutboxRelay(mongo, connection.template, properties, registry);
	}

	/** The relay's producer and the broker address it was given. */
	static final class Connection {

		private final KafkaTemplate<String, byte[]> template;

		private final DefaultKafkaProducerFactory<String, byte[]> producers;

		private final Object brokers;

		Connection(KafkaTemplate<String, byte[]> template) {
			this.template = template;
			this.producers = (DefaultKafkaProducerFactory<String, byte[]>) template.getProducerFactory();
			this.brokers = producers.getConfigurationProperties().get(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG);
		}

		/** From now on the relay's sends find no broker. */
		void cut() {
			connectTo("localhost:" + closedPort());
		}

		/** The relay's next round reaches the broker again. */
		void restore() {
			connectTo(brokers);
		}

		private void connectTo(Object bootstrap) {
			producers.updateConfigs(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
			// closes the current producer: a send waiting for metadata fails, and the next one uses the new address
			producers.reset();
		}

		private static int closedPort() {
			try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
				return socket.getLocalPort();
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
