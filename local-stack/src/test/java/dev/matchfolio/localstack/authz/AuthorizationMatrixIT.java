package dev.matchfolio.localstack.authz;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.matchfolio.localstack.Stack;
import dev.matchfolio.localstack.FreePorts;
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
		StackConfig config = StackConfig.builder(StackConfig.findRepo(Path.of(""))).dataDir(dataDir).ports(FreePorts.find()).demo(false).build();
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

}
