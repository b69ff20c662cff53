package dev.matchfolio.localstack.authz;

import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.matchfolio.localstack.Ports;
import dev.matchfolio.localstack.Stack;
import dev.matchfolio.localstack.StackConfig;
import dev.matchfolio.localstack.authz.RuleRunner.Outcome;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every authorisation rule of the API contract, proven through the gateway of the real stack: each role, as owner
 * of the resource and as somebody else, and without a token, gets exactly the status the contract gives it; allowed
 * writes are stored, refused ones leave the data as it was. The whole matrix runs before any verdict, so a failure
 * lists every rule that does not hold.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixIT {

	/** the matrix, fixture included, must not need more than this once the stack is up */
	private static final Duration BUDGET = Duration.ofMinutes(2);

	private static final int PORTS = 7;

	private Stack stack;

	private Gateway gateway;

	@BeforeAll
	void startTheStack(@TempDir Path dataDir) throws Exception {
		StackConfig config = StackConfig.builder(repoRoot()).dataDir(dataDir).ports(freePorts()).demo(false).build();
		this.stack = new Stack(config, line -> System.out.println("[stack] " + line));
		this.stack.start();
		this.gateway = new Gateway(this.stack.gatewayUrl());
	}

	@AfterAll
	void stopTheStack() {
		if (this.stack != null) {
			this.stack.close();
		}
	}

	@Test
	void everyRoleGetsExactlyTheStatusTheContractGivesItAndRefusedWritesChangeNothing() throws Exception {
		long start = System.nanoTime();
		Fixture fixture = Fixture.create(this.gateway);
		long fixtureReady = System.nanoTime();
		RuleRunner runner = new RuleRunner(this.gateway, fixture);
		List<Rule> rules = AuthorizationRules.all();
		List<Outcome> outcomes = new ArrayList<>();
		for (Rule rule : rules) {
			outcomes.add(runner.run(rule));
		}
		Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

		System.out.println(MatrixTable.render(outcomes));
		System.out.printf("%d rules on %d endpoints; fixture %d ms, matrix %d ms; %d answers of 429 waited out%n",
				rules.size(), rules.stream().map(rule -> rule.endpoint().contract()).distinct().count(),
				Duration.ofNanos(fixtureReady - start).toMillis(), Duration.ofNanos(System.nanoTime() - fixtureReady)
					.toMillis(),
				this.gateway.rateLimited());

		List<String> mismatches = MatrixTable.failures(outcomes)
			.stream()
			.map(outcome -> outcome.rule() + ": " + String.join("; ", outcome.defects()))
			.toList();
		assertThat(mismatches).as("rules of API.md that the running system does not follow").isEmpty();
		assertThat(elapsed).as("time for the fixture and the whole matrix").isLessThan(BUDGET);
	}

	private static Path repoRoot() {
		for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
			if (Files.isRegularFile(dir.resolve("pom.xml")) && Files.isDirectory(dir.resolve("local-stack"))) {
				return dir;
			}
		}
		throw new IllegalStateException("no repository root above " + Path.of("").toAbsolutePath());
	}

	/** Ports that were free a moment ago, so the test stack does not collide with a running one. */
	private static Ports freePorts() throws Exception {
		int[] found = new int[PORTS];
		List<ServerSocket> held = new ArrayList<>();
		try {
			for (int i = 0; i < found.length; i++) {
				ServerSocket socket = new ServerSocket(0);
				held.add(socket);
				found[i] = socket.getLocalPort();
			}
		}
		finally {
			for (ServerSocket socket : held) {
				socket.close();
			}
		}
		return new Ports(found[0], found[1], found[2], found[3], found[4], found[5], found[6]);
	}

}
