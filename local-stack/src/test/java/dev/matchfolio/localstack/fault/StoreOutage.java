package dev.matchfolio.localstack.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.matchfolio.localstack.Part;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The MongoDB-wire store, which every service keeps its data in, is stopped for 20 s while a client keeps writing.
 * Writes meanwhile must be refused with a 503 problem (never a 500, never half-applied), reads by id must still be
 * answered from the services' last-known copies, the services must come back by themselves when the store does, and
 * afterwards every acknowledged write must be in the ranking; no event may have been given up on (dead-lettered)
 * because the store was away when it was consumed.
 */
final class StoreOutage extends Fault {

	private static final Duration OUTAGE = Duration.ofSeconds(20);

	/** Long enough for the driver to notice the store is gone, so the reads below meet the outage. */
	private static final Duration READS_AFTER = Duration.ofSeconds(1);

	private static final Duration WRITING_BEFORE = Duration.ofSeconds(3);

	private static final Duration WRITING_AFTER = Duration.ofSeconds(5);

	/** The driver finds the store again within a second or two; the relay and consumers back off up to 5 s. */
	private static final Duration CONVERGENCE = Duration.ofSeconds(90);

	private static final Duration READ_LIMIT = Duration.ofSeconds(10);

	private static final List<String> DEAD_LETTER_TOPICS = List.of("profile-events.DLT", "portfolio-events.DLT");

	private static final int SERVICE_UNAVAILABLE = 503;

	StoreOutage(Rig rig) {
		super(rig);
	}

	@Override
	String name() {
		return "5. MongoDB store stopped for 20 s during writes";
	}

	@Override
	String inject() throws Exception {
		String store = Part.STORE.id();
		Broker broker = new Broker(this.rig.stack().config().ports().of(Part.KAFKA));
		int deadBefore = deadLetters(broker);
		this.rig.writer().start();
		pause(WRITING_BEFORE);
		this.rig.stack().stop(store);
		long down = System.nanoTime();
		pause(READS_AFTER);
		readsServedFromLastKnownCopies();
		pause(OUTAGE.minus(Duration.ofNanos(System.nanoTime() - down)));
		long restarting = System.nanoTime();
		this.rig.stack().start(store);
		long back = System.nanoTime();
		saw(String.format("store down %.1f s, back in %.1f s", (restarting - down) / 1e9, (back - restarting) / 1e9));
		pause(WRITING_AFTER);
		this.rig.writer().stop();
		List<Writer.Outcome> duringOutage = this.rig.writer().outcomesBetween(down, restarting);
		saw("writes while the store was away: " + Writer.summary(duringOutage));
		assertThat(duringOutage).as("writes while the store is away").isNotEmpty()
			.allMatch(outcome -> outcome.ok() || outcome.status() == SERVICE_UNAVAILABLE)
			.anyMatch(outcome -> outcome.status() == SERVICE_UNAVAILABLE);

		String lost = nothingLost(CONVERGENCE);
		int deadLettered = deadLetters(broker) - deadBefore;
		saw("events dead-lettered meanwhile: " + deadLettered);
		assertThat(deadLettered).as("events given up on while the store was away").isZero();
		return lost + "; refused writes were 503s, no event dead-lettered";
	}

	/**
	 * Reads by id keep working while the store is away: the profile, the opening and its ranking (from memory) as the
	 * services last read or wrote them, each saying so in {@code Cache-Status}.
	 */
	private void readsServedFromLastKnownCopies() {
		String candidate = this.rig.writer().subjects().get(0).candidateId();
		String opening = "/api/openings/" + this.rig.openingId();
		List<String> served = new ArrayList<>();
		for (String path : List.of("/api/profiles/" + candidate, opening, opening + "/matches")) {
			Http.Reply reply = this.rig.gateway().get(path, this.rig.recruiter());
			assertThat(reply.status()).as("GET %s while the store is away: %s", path, reply).isEqualTo(200);
			assertThat(reply.cacheStatus()).as("Cache-Status of %s", path).contains("store unavailable");
			served.add(path.replace(candidate, "{id}").replace(this.rig.openingId(), "{id}") + " 200 in "
					+ reply.took().toMillis() + " ms");
		}
		assertThat(this.rig.gateway().get(opening + "/matches", this.rig.recruiter()).body())
			.contains("\"" + candidate + "\"");
		saw("reads while the store was away, from last-known copies (Cache-Status): " + String.join(", ", served));
	}

	private static int deadLetters(Broker broker) {
		int count = 0;
		for (String topic : DEAD_LETTER_TOPICS) {
			count += broker.readAll(topic, READ_LIMIT).size();
		}
		return count;
	}

}
