package dev.matchfolio.localstack.fault;

import java.time.Duration;
import java.util.Map;
import java.util.OptionalDouble;

import dev.matchfolio.localstack.Part;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Kafka broker is stopped for 30 s while a client keeps writing. Writes must keep succeeding (the events wait
 * in the services' outboxes in MongoDB) and afterwards every one must reach matching-service exactly once.
 */
final class BrokerOutage extends Fault {

	private static final Duration OUTAGE = Duration.ofSeconds(30);

	private static final Duration WRITING_BEFORE = Duration.ofSeconds(3);

	private static final Duration WRITING_AFTER = Duration.ofSeconds(3);

	/** The relay backs off up to 5 s, the consumers reconnect: well inside a minute. */
	private static final Duration CONVERGENCE = Duration.ofSeconds(90);

	private static final String PENDING = "outbox_events_pending";

	BrokerOutage(Rig rig) {
		super(rig);
	}

	@Override
	String name() {
		return "2. Kafka broker stopped for 30 s during writes";
	}

	@Override
	String inject() throws Exception {
		String kafka = Part.KAFKA.id();
		this.rig.writer().start();
		pause(WRITING_BEFORE);
		this.rig.stack().stop(kafka);
		long down = System.nanoTime();
		pause(OUTAGE);
		double profilesPending = pending(Part.PROFILE, "profiles");
		double projectsPending = pending(Part.PORTFOLIO, "projects");
		long restarting = System.nanoTime();
		this.rig.stack().start(kafka);
		long back = System.nanoTime();
		saw(String.format("broker down %.1f s, back in %.1f s", (restarting - down) / 1e9, (back - restarting) / 1e9));
		saw(String.format("events waiting in outboxes at the restart: %.0f profile, %.0f project", profilesPending,
				projectsPending));
		pause(WRITING_AFTER);
		this.rig.writer().stop();
		var duringOutage = this.rig.writer().outcomesBetween(down, back);
		saw("writes while the broker was away: " + Writer.summary(duringOutage));
		assertThat(duringOutage).as("writes while the broker is away").isNotEmpty().allMatch(Writer.Outcome::ok);
		assertThat(profilesPending + projectsPending).as("events waiting for the broker").isPositive();

		String lost = nothingLost(CONVERGENCE);
		TopicAudit.Result audit = TopicAudit.of(new Broker(this.rig.stack().config().ports().of(Part.KAFKA)),
				this.rig.writer().acknowledged());
		saw(audit.toString());
		assertThat(audit.gaps()).as("acknowledged writes without an event").isEmpty();
		assertThat(pending(Part.PROFILE, "profiles")).as("profile outbox after recovery").isZero();
		assertThat(pending(Part.PORTFOLIO, "projects")).as("project outbox after recovery").isZero();
		return lost + "; outboxes empty";
	}

	private double pending(Part part, String collection) {
		OptionalDouble sample = Actuator.sample(this.rig.part(part), PENDING, Map.of("collection", collection));
		return sample.orElseThrow(() -> new AssertionError(part.id() + " publishes no " + PENDING));
	}

}
