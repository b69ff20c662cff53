package dev.matchfolio.profile;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import dev.matchfolio.support.outbox.OutboxAutoConfiguration;
import dev.matchfolio.support.outbox.OutboxEntry;
import dev.matchfolio.support.outbox.OutboxProperties;
import dev.matchfolio.support.outbox.OutboxRelay;
import dev.matchfolio.testsupport.EmbeddedInfrastructure;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;

import static dev.matchfolio.profile.ProfileFixtures.content;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * How long the relay takes to publish a backlog of 10,000 events (1,000 profiles with 10 pending changes each, real
 * profile payloads) once Kafka is reachable: the backlog an outage leaves. Embedded store and broker, in this JVM;
 * prints the figure and fails only if draining takes longer than a generous bound. Its own database and topic, so
 * the backlog neither reaches another test's relay nor slows another test's reads of the profile topic.
 */
class OutboxDrainMeasurementIT {

	private static final int PROFILES = 1_000;

	private static final int CHANGES_PER_PROFILE = 10;

	private static final int EVENTS = PROFILES * CHANGES_PER_PROFILE;

	private static final String TOPIC = "profile-events-drain-measurement";

	private static final Duration BOUND = Duration.ofSeconds(60);

	private static final long CHECK_MILLIS = 20;

	@Test
	void theRelayDrainsTenThousandPendingEvents() throws InterruptedException {
		try (MongoClient client = MongoClients.create(EmbeddedInfrastructure.mongoUri("profiles-drain"))) {
			MongoTemplate mongo = new MongoTemplate(client, "profiles-drain");
			mongo.dropCollection(Profile.class);
			mongo.insertAll(backlog());
			OutboxProperties properties = new OutboxProperties(true, List.of("profiles"), Duration.ofMillis(100), 500,
					Duration.ofMillis(100), Duration.ofSeconds(5), Duration.ofSeconds(10));
			OutboxRelay relay = new OutboxRelay(mongo, OutboxAutoConfiguration.relayTemplate(producers(), properties),
					properties, new SimpleMeterRegistry());
			assertThat(relay.pendingEvents("profiles")).isEqualTo(EVENTS);

			long started = System.nanoTime();
			relay.start();
			long pending = EVENTS;
			while (pending > 0 && System.nanoTime() - started < BOUND.toNanos()) {
				TimeUnit.MILLISECONDS.sleep(CHECK_MILLIS);
				pending = relay.pendingEvents("profiles");
			}
			long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
			relay.stop();

			System.out.printf("Outbox drain: %d events of %d profiles published in %d ms (%.0f events/s)%n", EVENTS,
					PROFILES, millis, EVENTS * 1000.0 / millis);
			assertThat(pending).as("events still pending after %s", BOUND).isZero();
		}
	}

	private static List<Profile> backlog() {
		List<Profile> profiles = new ArrayList<>(PROFILES);
		for (int i = 0; i < PROFILES; i++) {
			Profile profile = Profile.create("drain-" + i, content("Java", "Kafka", "MongoDB"));
			for (long version = 1; version <= CHANGES_PER_PROFILE; version++) {
				OutboxEntry entry = ProfileEvents.outboxEntry(ProfileEvents.upserted(profile, version));
				profile.recordForInsert(new OutboxEntry(entry.eventId(), TOPIC, entry.key(), entry.payload(),
						entry.occurredAt()));
			}
			profiles.add(profile);
		}
		return profiles;
	}

	private static DefaultKafkaProducerFactory<String, byte[]> producers() {
		return new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
				EmbeddedInfrastructure.kafkaBootstrapServers(), ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG,
				StringSerializer.class, ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
	}

}
