package dev.matchfolio.localstack.fault;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import dev.matchfolio.localstack.Part;
import dev.matchfolio.localstack.Stack;
import dev.matchfolio.localstack.FreePorts;
import dev.matchfolio.localstack.StackConfig;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults injected into the real local stack (the store, a Kafka broker, three services and the gateway, each its own
 * process) while a client keeps writing through the gateway. Each fault ends with the same check: the owning
 * services and the ranking hold exactly what the client was told succeeded. One stack serves every fault, in order;
 * each leaves it whole for the next. The report is printed at the end and kept in {@code target/fault-table.md}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultInjectionIT {

	private static final int CANDIDATES = 6;

	private static final Duration FIRST_CONVERGENCE = Duration.ofSeconds(60);

	private static final Path REPORT = Path.of("target", "fault-table.md");

	private static final Path LOGS = Path.of("target", "fault-logs");

	private final FaultTable table = new FaultTable();

	private final long begin = System.nanoTime();

	private Stack stack;

	private Rig rig;

	@BeforeAll
	void startTheStackWithCandidatesAndAnOpening(@TempDir Path dataDir) throws Exception {
		StackConfig config = StackConfig.builder(StackConfig.findRepo(Path.of("")))
			.dataDir(dataDir)
			.ports(FreePorts.find())
			.demo(false)
			.build();
		this.stack = new Stack(config, line -> progress("[stack] " + line));
		this.stack.start();
		Http gateway = new Http(this.stack.gatewayUrl());
		String run = "fault-" + UUID.randomUUID().toString().substring(0, 8);
		String recruiter = gateway.token(run + "-recruiter", "RECRUITER");
		Http.Reply opening = gateway.send("POST", "/api/openings", recruiter, null, """
				{"kind": "BACKEND_JOB", "title": "Java back-end engineer", "organization": "Fault Ltd",
				 "requiredSkills": [{"name": "Java", "weight": 2.0}, {"name": "Spring Boot"}], "workMode": "REMOTE"}""");
		if (opening.status() != 201) {
			throw new AssertionError("cannot create the opening: " + opening);
		}
		String openingId = opening.json().get("id").asString();
		Writer writer = Writer.create(gateway, run, CANDIDATES, FaultInjectionIT::progress);
		Convergence convergence = new Convergence(gateway, openingId, recruiter, FaultInjectionIT::progress);
		this.rig = new Rig(this.stack, gateway, writer, convergence, recruiter, openingId, FaultInjectionIT::progress);
		convergence.await(writer.acknowledged(), FIRST_CONVERGENCE);
		progress(String.format("[fault] %d candidates and an opening ready after %.1f s", CANDIDATES,
				Fault.secondsSince(this.begin)));
	}

	@AfterAll
	void stopTheStackAndReport() throws Exception {
		if (this.rig != null) {
			this.rig.writer().stop();
		}
		if (this.stack != null) {
			this.stack.close();
			keepLogs(this.stack.config().logDir());
		}
		this.table.write(REPORT);
		progress(String.format("[fault] all faults done in %.1f s%n%n%s", Fault.secondsSince(this.begin),
				this.table.render()));
	}

	@Test
	@Order(1)
	void aKilledMatchingServiceEndsWithEveryWriteAndTheRankingOfACleanStart() throws Exception {
		inject(MatchingCrash::new);
	}

	@Test
	@Order(2)
	void writesDuringABrokerOutageSucceedAndReachTheRankingOnceEachAfterwards() throws Exception {
		inject(BrokerOutage::new);
	}

	@Test
	@Order(3)
	void aPoisonMessageIsDeadLetteredAndTheConsumerCarriesOn() throws Exception {
		inject(PoisonMessage::new);
	}

	@Test
	@Order(4)
	void aStoppedServiceIsAFast503AndItsCircuitOpensThenClosesWhenItIsBack() throws Exception {
		inject(ServiceOutage::new);
	}

	@Test
	@Order(5)
	void writesDuringAStoreOutageAre503sAndEverythingAcknowledgedArrivesAfterwards() throws Exception {
		inject(StoreOutage::new);
	}

	@Test
	@Order(6)
	void servicesStartedWhileTheStoreIsAwaySetItUpWhenItComes() throws Exception {
		inject(StoreAwayAtStart::new);
	}

	private void inject(Function<Rig, Fault> kind) throws Exception {
		Fault fault = kind.apply(this.rig);
		progress("[fault] ▶ " + fault.name());
		long started = System.nanoTime();
		try {
			String lost = fault.inject();
			this.table.add(fault.name(), String.join("; ", fault.seen()), lost);
			progress(String.format("[fault] ✓ %s (%.1f s)", fault.name(), Fault.secondsSince(started)));
		}
		catch (Exception | AssertionError ex) {
			this.table.add(fault.name(), String.join("; ", fault.seen()), "NOT SHOWN TO BE NOTHING: " + ex.getMessage());
			progress(String.format("[fault] ✗ %s (%.1f s): %s", fault.name(), Fault.secondsSince(started),
					ex.getMessage()));
			this.rig.writer().stop();
			heal();
			throw ex;
		}
	}

	/** Starts again whatever a failed fault left stopped, so the next fault finds the whole stack. */
	private void heal() {
		for (Part part : Part.values()) {
			if (!this.stack.isRunning(part.id())) {
				try {
					this.stack.start(part.id());
				}
				catch (RuntimeException ex) {
					progress("[fault] cannot start " + part.id() + " again: " + ex.getMessage());
				}
			}
		}
	}

	/** The parts' logs outlive the temporary data directory: they are the evidence when a fault shows a bug. */
	private static void keepLogs(Path logDir) throws IOException {
		Files.createDirectories(LOGS);
		try (Stream<Path> logs = Files.list(logDir)) {
			for (Path log : logs.toList()) {
				Files.copy(log, LOGS.resolve(log.getFileName()), StandardCopyOption.REPLACE_EXISTING);
			}
		}
		progress("[fault] the parts' logs are in " + LOGS.toAbsolutePath());
	}

	private static void progress(String line) {
		System.out.println(line);
	}

}
