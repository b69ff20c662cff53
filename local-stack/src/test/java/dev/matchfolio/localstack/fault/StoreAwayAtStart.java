package dev.matchfolio.localstack.fault;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.matchfolio.localstack.Part;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The services are restarted while the MongoDB store is away, as after a power cut where the database comes up last.
 * Each must start all the same (alive, answering 503 problems, readiness DOWN naming the set-up step it waits for),
 * set up its store by itself when the store comes (indexes; matching-service also loads its ranking index before it
 * consumes), and afterwards every acknowledged write must be in the ranking.
 */
final class StoreAwayAtStart extends Fault {

	private static final List<Part> SERVICES = List.of(Part.PROFILE, Part.PORTFOLIO, Part.MATCHING);

	private static final Duration WRITING_BEFORE = Duration.ofSeconds(3);

	private static final Duration WRITING_AFTER = Duration.ofSeconds(5);

	/** How long the services stay up without their store before it comes. */
	private static final Duration AWAY_AFTER_START = Duration.ofSeconds(5);

	/** One set-up attempt's server-selection timeout (3 s) plus the longest back-off (5 s), with room. */
	private static final Duration READY_LIMIT = Duration.ofSeconds(30);

	private static final Duration CONVERGENCE = Duration.ofSeconds(90);

	private static final Duration POLL = Duration.ofMillis(200);

	private static final int SERVICE_UNAVAILABLE = 503;

	StoreAwayAtStart(Rig rig) {
		super(rig);
	}

	@Override
	String name() {
		return "6. services restarted while the MongoDB store is away";
	}

	@Override
	String inject() throws Exception {
		String store = Part.STORE.id();
		this.rig.writer().start();
		pause(WRITING_BEFORE);
		this.rig.stack().stop(store);
		long down = System.nanoTime();
		for (Part service : SERVICES) {
			this.rig.stack().stop(service.id());
		}
		long starting = System.nanoTime();
		for (Part service : SERVICES) {
			this.rig.stack().startAlive(service.id());
		}
		saw(String.format("store stopped, the 3 services restarted without it: alive after %.1f s",
				secondsSince(starting)));

		Http.Reply ranking = this.rig.gateway()
			.get("/api/openings/" + this.rig.openingId() + "/matches", this.rig.recruiter());
		assertThat(ranking.status()).as("ranking while the store is away: %s", ranking).isEqualTo(SERVICE_UNAVAILABLE);
		assertThat(ranking.contentType()).startsWith("application/problem+json");
		List<String> waiting = new ArrayList<>();
		for (Part service : SERVICES) {
			Http.Reply readiness = this.rig.part(service).get("/actuator/health/readiness", null);
			assertThat(readiness.status()).as("%s readiness without its store: %s", service.id(), readiness)
				.isEqualTo(SERVICE_UNAVAILABLE);
			JsonNode setup = readiness.json().path("components").path("storeSetup");
			assertThat(setup.path("status").asString()).as("%s storeSetup", service.id()).isEqualTo("DOWN");
			waiting.add(service.id() + " '" + setup.path("details").path("waitingFor").asString() + "'");
		}
		saw("ranking: 503 problem in " + ranking.took().toMillis() + " ms; readiness DOWN, waiting for "
				+ String.join(", ", waiting));
		pause(AWAY_AFTER_START);

		long restarting = System.nanoTime();
		this.rig.stack().start(store);
		long back = System.nanoTime();
		List<String> ready = new ArrayList<>();
		for (Part service : SERVICES) {
			awaitReady(service, back);
			ready.add(String.format("%s %.1f s", service.id(), secondsSince(back)));
		}
		saw(String.format("store down %.1f s; once back, the services set it up and were ready by themselves: %s",
				(restarting - down) / 1e9, String.join(", ", ready)));
		pause(WRITING_AFTER);
		this.rig.writer().stop();
		List<Writer.Outcome> duringOutage = this.rig.writer().outcomesBetween(down, back);
		saw("writes while the store was away: " + Writer.summary(duringOutage));
		assertThat(duringOutage).as("writes while the store is away")
			.allMatch(outcome -> outcome.ok() || outcome.status() == SERVICE_UNAVAILABLE);
		return nothingLost(CONVERGENCE) + "; refused writes were 503s";
	}

	private void awaitReady(Part service, long since) throws InterruptedException {
		Http part = this.rig.part(service);
		Http.Reply readiness = part.get("/actuator/health/readiness", null);
		while (readiness.status() != 200) {
			assertThat(System.nanoTime() - since).as("%s not ready after its store came back: %s", service.id(),
					readiness).isLessThan(READY_LIMIT.toNanos());
			pause(POLL);
			readiness = part.get("/actuator/health/readiness", null);
		}
	}

}
