package dev.matchfolio.localstack.hostile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import dev.matchfolio.localstack.Stack;
import dev.matchfolio.localstack.FreePorts;
import dev.matchfolio.localstack.StackConfig;
import dev.matchfolio.localstack.hostile.Edge.Answer;
import dev.matchfolio.localstack.hostile.Targets.Known;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * More than a thousand malformed or hostile requests through the gateway of the real stack: none is answered with a
 * 5xx, every refusal is a problem document, and the resources we know about come out exactly as they went in.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputIT {

	private static final long SEED = 20261124L;

	private static final int MINIMUM_REQUESTS = 1_000;

	/** paces the barrage so that most requests get past the per-user and per-IP write limits to the services */
	private static final int REQUESTS_PER_SECOND = 150;

	private static final int THREADS = 4;

	private static final int SACRIFICIAL_CANDIDATES = 12;

	private static final int SACRIFICIAL_RECRUITERS = 6;

	private Stack stack;

	private Edge edge;

	private Path keysDir;

	@BeforeAll
	void startTheStack(@TempDir Path dataDir) throws Exception {
		StackConfig config = StackConfig.builder(StackConfig.findRepo(Path.of("")))
			.dataDir(dataDir)
			.ports(FreePorts.find())
			.demo(false)
			.build();
		this.stack = new Stack(config, line -> System.out.println("[stack] " + line));
		this.stack.start();
		this.edge = new Edge(this.stack.gatewayUrl());
		this.keysDir = config.keysDir();
	}

	@AfterAll
	void stopTheStack() {
		if (this.stack != null) {
			this.stack.close();
		}
	}

	@Test
	void hostileRequestsAreRefusedAsProblemsAndChangeNothing() throws Exception {
		Random random = new Random(SEED);
		Setup setup = new Setup(this.edge);
		Targets targets = setup.create(SACRIFICIAL_CANDIDATES, SACRIFICIAL_RECRUITERS);
		Known known = targets.known();
		Snapshot before = Snapshot.take(this.edge, known);

		Tokens tokens = new Tokens(this.keysDir, known.ownerToken(), random);
		List<Attack> attacks = new Barrage(targets, random).build(tokens);
		assertThat(attacks).hasSizeGreaterThanOrEqualTo(MINIMUM_REQUESTS);

		Runner runner = new Runner(this.edge, THREADS, REQUESTS_PER_SECOND);
		runner.run(attacks);
		List<String> defects = new ArrayList<>(runner.defects);
		for (String upload : runner.uploads) {
			Answer download = this.edge.call("GET", upload, known.ownerToken(), null);
			if (download.status() != 200 || download.contentType().startsWith("text/html")
					|| download.contentType().contains("svg")) {
				defects.add("GET " + upload + " -> an accepted upload is served as " + download.contentType() + " ("
						+ download.status() + ")");
			}
		}
		defects.addAll(setup.scriptIsStoredVerbatim());
		System.out.println(runner.report(attacks.size()));
		defects.subList(runner.defects.size(), defects.size()).forEach(defect -> System.out.println("  " + defect));
		Snapshot after = Snapshot.take(this.edge, known);

		List<String> owners = setup.ownersUnchanged(targets);
		// all four verdicts at once: a run that finds defects still tells whether data changed
		SoftAssertions.assertSoftly(soft -> {
			soft.assertThat(after).as("the known profile, project, attachment and opening").isEqualTo(before);
			soft.assertThat(owners).as("owners of the sacrificial resources").isEmpty();
			soft.assertThat(runner.statuses.keySet()).as("statuses").allMatch(status -> status < 500 && status > 0);
			soft.assertThat(defects).as("hostile requests answered wrongly").isEmpty();
		});
	}

}
