package dev.matchfolio.localstack.fault;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import dev.matchfolio.localstack.Part;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Garbage bytes put straight on {@code profile-events}, keyed like a real candidate so they sit in that candidate's
 * partition, ahead of its next change. matching-service must dead-letter them and go on: the candidate's next update
 * must still be ranked.
 */
final class PoisonMessage extends Fault {

	static final String TOPIC = "profile-events";

	static final String DEAD_LETTERS = TOPIC + ".DLT";

	private static final String MATCHING_GROUP = "matching-service";

	/** Spring Kafka's dead-letter headers. */
	private static final String GROUP_HEADER = "kafka_dlt-original-consumer-group";

	private static final String EXCEPTION_HEADER = "kafka_dlt-exception-fqcn";

	private static final String CAUSE_HEADER = "kafka_dlt-exception-cause-fqcn";

	private static final String PORTFOLIO_GROUP = "portfolio-service";

	/** With three partitions, twenty profiles miss one partition about three times in ten thousand runs. */
	private static final int MAX_PROBES = 20;

	private static final Duration PROBE_LIMIT = Duration.ofSeconds(30);

	/** A skill no requirement of the opening is near, so the probes never enter its ranking. */
	private static final String PROBE_PROFILE = """
			{"displayName": "Poison probe", "engagements": ["FULL_TIME"], "skills": [{"name": "Pottery", "level": 3}]}""";

	private static final String PROBE_PROJECT = """
			{"title": "Probe", "summary": "Created behind a poison message", "skills": ["Pottery"]}""";

	private static final Duration DEAD_LETTER_LIMIT = Duration.ofSeconds(60);

	private static final Duration READ_LIMIT = Duration.ofSeconds(10);

	private static final Duration POLL = Duration.ofMillis(500);

	private static final Duration CONVERGENCE = Duration.ofSeconds(60);

	private static final int GARBAGE_BYTES = 64;

	PoisonMessage(Rig rig) {
		super(rig);
	}

	@Override
	String name() {
		return "3. poison message (raw garbage) on profile-events";
	}

	@Override
	String inject() throws Exception {
		Broker broker = new Broker(this.rig.stack().config().ports().of(Part.KAFKA));
		Writer.Subject subject = this.rig.writer().subjects().get(0);
		byte[] garbage = garbage();
		long sent = System.nanoTime();
		int partition = broker.send(TOPIC, subject.candidateId().getBytes(StandardCharsets.UTF_8), garbage);
		note("sent " + garbage.length + " garbage bytes to " + TOPIC + "-" + partition + " (key "
				+ subject.candidateId() + ")");

		ConsumerRecord<byte[], byte[]> letter = awaitDeadLetter(broker, garbage, MATCHING_GROUP);
		saw(String.format("matching-service moved it to %s in %.1f s (%s)", DEAD_LETTERS, secondsSince(sent),
				header(letter, CAUSE_HEADER) != null ? header(letter, CAUSE_HEADER) : header(letter, EXCEPTION_HEADER)));
		assertThat(letter.value()).isEqualTo(garbage);
		assertThat(letter.key()).isEqualTo(subject.candidateId().getBytes(StandardCharsets.UTF_8));

		Writer.Outcome update = this.rig.writer().update(subject);
		assertThat(update.status()).as("a valid update after the poison: %s", update.body()).isEqualTo(200);
		String lost = nothingLost(CONVERGENCE);

		ConsumerRecord<byte[], byte[]> portfolioCopy = awaitDeadLetter(broker, garbage, PORTFOLIO_GROUP);
		saw(String.format("portfolio-service moved its copy there in %.1f s, after its retries", secondsSince(sent)));
		assertThat(portfolioCopy.value()).isEqualTo(garbage);
		saw(String.format("portfolio-service learned a profile created behind the poison in %s-%d (project 201 in"
				+ " %.1f s)", TOPIC, partition, probeBehindThePoison(broker, partition)));

		List<String> copies = new ArrayList<>();
		List<String> others = new ArrayList<>();
		sortDeadLetters(broker, garbage, copies, others);
		saw("poison dead-lettered by " + copies + "; other dead letters: " + (others.isEmpty() ? "none" : others));
		assertThat(others).as("valid events dead-lettered during the earlier faults").isEmpty();
		return lost + "; only the poison was dead-lettered";
	}

	/**
	 * portfolio-service reads {@value #TOPIC} to know which profiles exist: a profile whose event lands in the
	 * poison's partition, after it, can get a project only when that consumer went past the poison. Returns the
	 * seconds from the profile's creation to the project's.
	 */
	private double probeBehindThePoison(Broker broker, int partition) throws InterruptedException {
		Http gateway = this.rig.gateway();
		int partitions = broker.partitions(TOPIC, READ_LIMIT);
		String run = "poison-probe-" + UUID.randomUUID().toString().substring(0, 8);
		for (int attempt = 0; attempt < MAX_PROBES; attempt++) {
			String token = gateway.token(run + "-" + attempt, "CANDIDATE");
			Http.Reply created = gateway.send("POST", "/api/profiles", token, null, PROBE_PROFILE);
			assertThat(created.status()).as("a probe profile: %s", created).isEqualTo(201);
			String id = created.json().get("id").asString();
			if (Broker.partitionOf(id.getBytes(StandardCharsets.UTF_8), partitions) != partition) {
				continue;
			}
			long begin = System.nanoTime();
			long deadline = begin + PROBE_LIMIT.toNanos();
			Http.Reply project;
			do {
				project = gateway.send("POST", "/api/portfolios/" + id + "/projects", token, null, PROBE_PROJECT);
			}
			while (project.status() == 404 && System.nanoTime() < deadline);
			assertThat(project.status()).as("a project for a profile behind the poison: %s", project).isEqualTo(201);
			return secondsSince(begin);
		}
		throw new AssertionError("no probe profile landed in partition " + partition + " in " + MAX_PROBES + " tries");
	}

	private ConsumerRecord<byte[], byte[]> awaitDeadLetter(Broker broker, byte[] garbage, String group)
			throws InterruptedException {
		long deadline = System.nanoTime() + DEAD_LETTER_LIMIT.toNanos();
		while (System.nanoTime() < deadline) {
			for (ConsumerRecord<byte[], byte[]> record : broker.readAll(DEAD_LETTERS, READ_LIMIT)) {
				if (Arrays.equals(record.value(), garbage) && group.equals(header(record, GROUP_HEADER))) {
					return record;
				}
			}
			pause(POLL);
		}
		throw new AssertionError("no dead letter from " + group + " in " + DEAD_LETTERS + " within "
				+ DEAD_LETTER_LIMIT.toSeconds() + " s");
	}

	/**
	 * Splits the dead letters into copies of this poison (by the group that gave up on it: portfolio-service reads
	 * the same topic and dead-letters its own copy after its retries) and anything else, which would be a valid event
	 * that some consumer failed to apply.
	 */
	private static void sortDeadLetters(Broker broker, byte[] garbage, List<String> copies, List<String> others) {
		for (ConsumerRecord<byte[], byte[]> record : broker.readAll(DEAD_LETTERS, READ_LIMIT)) {
			if (Arrays.equals(record.value(), garbage)) {
				copies.add(header(record, GROUP_HEADER));
			}
			else {
				others.add(record.partition() + "@" + record.offset() + " from " + header(record, GROUP_HEADER));
			}
		}
		for (ConsumerRecord<byte[], byte[]> record : broker.readAll("portfolio-events.DLT", READ_LIMIT)) {
			others.add("portfolio-events.DLT " + record.partition() + "@" + record.offset());
		}
	}

	private static String header(ConsumerRecord<?, ?> record, String name) {
		Header header = record.headers().lastHeader(name);
		return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
	}

	/** Not JSON from the first byte: a NUL, invalid UTF-8, then random bytes. */
	private static byte[] garbage() {
		byte[] bytes = new byte[GARBAGE_BYTES];
		new Random().nextBytes(bytes);
		bytes[0] = 0;
		bytes[1] = (byte) 0xFF;
		return bytes;
	}

}
