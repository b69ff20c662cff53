package dev.matchfolio.localstack.fault;

import java.time.Duration;
import java.util.List;

import dev.matchfolio.localstack.Part;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * matching-service is killed (SIGKILL: no graceful shutdown, no offset commit, no flush) while a client keeps
 * writing, then started again. It must end up with every acknowledged write, and with the same ranking a clean start
 * gives (a clean start rebuilds the index from MongoDB alone).
 */
final class MatchingCrash extends Fault {

	/** Writes before the kill and while the service is down, so events arrive in every phase. */
	private static final Duration WRITING_BEFORE = Duration.ofSeconds(3);

	private static final Duration DOWN_FOR = Duration.ofSeconds(3);

	private static final Duration WRITING_AFTER = Duration.ofSeconds(3);

	/** A SIGKILLed consumer stays in its group until the broker's session timeout (45 s) ends it. */
	private static final Duration CONVERGENCE = Duration.ofSeconds(150);

	/** The route's time limit (resilience4j.timelimiter matching) plus slack for a loaded machine. */
	private static final Duration ANSWER_LIMIT = Duration.ofSeconds(12);

	MatchingCrash(Rig rig) {
		super(rig);
	}

	@Override
	String name() {
		return "1. matching-service SIGKILLed and restarted during writes";
	}

	@Override
	String inject() throws Exception {
		String matching = Part.MATCHING.id();
		this.rig.writer().start();
		pause(WRITING_BEFORE);
		long killed = System.nanoTime();
		this.rig.stack().kill(matching);
		Http.Reply ranking = this.rig.gateway().get("/api/openings/" + this.rig.openingId() + "/matches",
				this.rig.recruiter());
		saw("ranking while down: " + ranking.status() + " " + ranking.contentType() + " in "
				+ ranking.took().toMillis() + " ms");
		assertThat(ranking.status()).as("ranking while matching-service is dead: %s", ranking).isEqualTo(503);
		assertThat(ranking.isProblem()).as("a problem document: %s", ranking).isTrue();
		assertThat(ranking.json().get("capability").asString()).isEqualTo("matching");
		assertThat(ranking.took()).isLessThan(ANSWER_LIMIT);
		pause(DOWN_FOR);
		long restarting = System.nanoTime();
		this.rig.stack().start(matching);
		saw(String.format("restarted and ready in %.1f s", secondsSince(restarting)));
		pause(WRITING_AFTER);
		this.rig.writer().stop();
		String writes = Writer.summary(this.rig.writer().outcomesBetween(killed, System.nanoTime()));
		saw("writes from kill to after restart: " + writes);
		assertThat(this.rig.writer().outcomesBetween(killed, System.nanoTime())).allMatch(Writer.Outcome::ok);

		String lost = nothingLost(CONVERGENCE);
		saw(String.format("that is %.1f s after the kill", secondsSince(killed)));

		List<Convergence.Ranked> afterCrash = this.rig.convergence().ranking();
		this.rig.stack().stop(matching);
		this.rig.stack().start(matching);
		List<Convergence.Ranked> afterCleanStart = this.rig.convergence().ranking();
		assertThat(afterCleanStart).as("the ranking after a clean restart").isEqualTo(afterCrash);
		saw("ranking after a further clean restart identical (" + afterCrash.size() + " ranks, same scores)");
		return lost + "; ranking equal to a clean start's";
	}

}
