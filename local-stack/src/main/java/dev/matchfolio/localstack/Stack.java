package dev.matchfolio.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import dev.matchfolio.localstack.demo.DemoLoader;
import dev.matchfolio.localstack.demo.GatewayClient;

/**
 * The local system as child processes: the store and Kafka first, then the four Spring Boot apps in parallel, each
 * waited for until it reports ready. Usable from a test: start it, stop and restart one part, close it.
 */
public final class Stack implements AutoCloseable {

	private static final Duration STOP_GRACE = Duration.ofSeconds(20);

	private static final int TAIL_LINES = 30;

	/** Four Spring Boot apps on two cores can take a minute; say so now and then rather than look stuck. */
	private static final Duration WAITING_NOTE = Duration.ofSeconds(20);

	/** Callers first, so nothing writes to a store or broker that is already gone. */
	private static final List<List<Part>> STOP_ORDER = List.of(
			List.of(Part.GATEWAY, Part.MATCHING, Part.PORTFOLIO, Part.PROFILE), List.of(Part.KAFKA),
			List.of(Part.STORE));

	private final StackConfig config;

	private final Consumer<String> out;

	private final Commands commands;

	private final Readiness readiness = new Readiness();

	/** Guarded by itself; a shutdown hook may close while the main thread is still starting parts. */
	private final Map<Part, Child> children = new EnumMap<>(Part.class);

	private final List<ProcessHandle> started = new CopyOnWriteArrayList<>();

	private volatile boolean closing;

	private DataDirLock lock;

	private volatile DemoLoader.Opening featuredOpening;

	public Stack(StackConfig config) {
		this(config, System.out::println);
	}

	public Stack(StackConfig config, Consumer<String> out) {
		this.config = config;
		this.out = out;
		this.commands = new Commands(config);
	}

	public StackConfig config() {
		return this.config;
	}

	public String gatewayUrl() {
		return this.config.gatewayUrl();
	}

	/** The opening whose matches the launcher shows: the first demo job when the demo was loaded by this start. */
	public Optional<DemoLoader.Opening> featuredOpening() {
		return Optional.ofNullable(this.featuredOpening);
	}

	/** Starts every configured part, waits until each is ready, then loads the demo data if asked and not done. */
	public void start() {
		long begin = System.nanoTime();
		Set<Part> parts = this.config.parts();
		preflight(parts);
		if (this.lock == null) {
			this.lock = DataDirLock.acquire(this.config.dataDir());
		}
		if (Keys.ensure(this.config.keysDir())) {
			this.out.accept("Generated token signing keys in " + this.config.keysDir());
		}
		List<Part> infrastructure = parts.stream().filter(Part::isInfrastructure).toList();
		List<Part> apps = parts.stream().filter(part -> !part.isInfrastructure()).toList();
		launchAndAwait(infrastructure);
		launchAndAwait(apps);
		this.out.accept(String.format("All parts ready in %.1f s", seconds(System.nanoTime() - begin)));
		if (this.config.demo() && parts.containsAll(Part.BACKENDS) && parts.contains(Part.GATEWAY)) {
			DemoLoader loader = new DemoLoader(new GatewayClient(this.config.gatewayUrl()), this.out);
			loader.loadOnce(this.config.dataDir().resolve("demo-loaded"), LocalDate.now())
				.ifPresent(opening -> this.featuredOpening = opening);
		}
	}

	/** Starts one part again (after {@link #stop(String)}), waiting until it is ready. */
	public void start(String id) {
		Part part = Part.of(id);
		if (isRunning(id)) {
			throw new IllegalStateException(id + " is already running");
		}
		preflight(EnumSet.of(part));
		launchAndAwait(List.of(part));
	}

	/**
	 * Starts one Spring Boot part again (after {@link #stop(String)}), waiting only until it is alive (its liveness
	 * probe answers 200), not ready: for a service started while something its readiness needs is away.
	 */
	public void startAlive(String id) {
		Part part = Part.of(id);
		if (part.isInfrastructure()) {
			throw new IllegalArgumentException(id + " has no liveness probe");
		}
		if (isRunning(id)) {
			throw new IllegalStateException(id + " is already running");
		}
		preflight(EnumSet.of(part));
		this.out.accept("Starting " + id + " (until alive)…");
		await(new ArrayList<>(List.of(launch(part))), "alive", this.readiness::isAlive);
	}

	/** Stops one part as the shutdown would: SIGTERM, then a kill after the grace period. */
	public void stop(String id) {
		Part part = Part.of(id);
		Child child;
		synchronized (this.children) {
			child = this.children.remove(part);
		}
		if (child != null) {
			stopAll(List.of(child));
		}
	}

	/**
	 * Ends one part with SIGKILL, as a crash or the kernel's OOM killer would: no shutdown hooks, no graceful shutdown,
	 * nothing flushed. {@link #start(String)} starts it again.
	 */
	public void kill(String id) {
		Part part = Part.of(id);
		Child child;
		synchronized (this.children) {
			child = this.children.remove(part);
		}
		if (child != null) {
			this.out.accept("Killing " + part.id() + " (SIGKILL)…");
			child.kill(STOP_GRACE);
		}
	}

	public boolean isRunning(String id) {
		synchronized (this.children) {
			Child child = this.children.get(Part.of(id));
			return child != null && child.isAlive();
		}
	}

	/** Every child process this stack has started, running or not; a test checks that none outlives the stack. */
	public List<ProcessHandle> startedProcesses() {
		return List.copyOf(this.started);
	}

	/** Blocks until the stack is closed, reporting any part that exits on its own meanwhile. */
	public void awaitClose() throws InterruptedException {
		Set<Part> reported = EnumSet.noneOf(Part.class);
		while (!this.closing) {
			List<Child> running;
			synchronized (this.children) {
				running = List.copyOf(this.children.values());
			}
			for (Child child : running) {
				if (!child.isAlive() && !this.closing && reported.add(child.part())) {
					this.out.accept("! " + child.part().id() + " exited with code " + child.exitValue() + "; see "
							+ child.log());
				}
			}
			Thread.sleep(1000);
		}
	}

	public boolean isClosing() {
		return this.closing;
	}

	/** Stops every child in order (gateway and services, then Kafka, then the store); safe to call twice. */
	@Override
	public void close() {
		List<List<Child>> groups = new ArrayList<>();
		synchronized (this.children) {
			this.closing = true;
			for (List<Part> group : STOP_ORDER) {
				groups.add(group.stream().map(this.children::remove).filter(child -> child != null).toList());
			}
		}
		boolean stoppedAny = false;
		for (List<Child> group : groups) {
			if (!group.isEmpty()) {
				stopAll(group);
				stoppedAny = true;
			}
		}
		if (this.lock != null) {
			this.lock.close();
			this.lock = null;
		}
		if (stoppedAny) {
			this.out.accept("Stopped.");
		}
	}

	private void preflight(Set<Part> parts) {
		PortCheck.requireFree(this.config.ports().uses(parts));
		for (Part part : parts) {
			Path jar = this.config.jarOf(part);
			if (!part.isInfrastructure() && !Files.isRegularFile(jar)) {
				throw new StackException(jar + " is missing: build first with ./mvnw -DskipTests package"
						+ " (run-local.sh does). Nothing was started.");
			}
		}
	}

	private void launchAndAwait(List<Part> parts) {
		if (parts.isEmpty()) {
			return;
		}
		this.out.accept("Starting " + names(parts) + "…");
		if (parts.contains(Part.KAFKA)) {
			KafkaSetup kafka = new KafkaSetup(this.config.dataDir(), this.config.ports());
			kafka.writeProperties();
			if (kafka.formatIfNeeded(this.commands.kafkaFormat(kafka.clusterId()),
					this.config.logDir().resolve("kafka-format.log"))) {
				this.out.accept("  formatted Kafka storage (first run)");
			}
		}
		List<Child> pending = new ArrayList<>();
		for (Part part : parts) {
			pending.add(launch(part));
		}
		await(pending, "ready", this.readiness::isReady);
	}

	private Child launch(Part part) {
		synchronized (this.children) {
			if (this.closing) {
				throw new StackException("The stack is stopping");
			}
			Child child = Child.start(part, this.commands.of(part), this.config.logDir().resolve(part.id() + ".log"));
			this.children.put(part, child);
			this.started.add(child.handle());
			return child;
		}
	}

	private void await(List<Child> pending, String state, BiPredicate<Part, Integer> reached) {
		long deadline = System.nanoTime() + this.config.readyTimeout().toNanos();
		long nextNote = System.nanoTime() + WAITING_NOTE.toNanos();
		boolean infrastructureOnly = pending.stream().allMatch(child -> child.part().isInfrastructure());
		while (!pending.isEmpty()) {
			for (Iterator<Child> it = pending.iterator(); it.hasNext();) {
				Child child = it.next();
				if (this.closing) {
					throw new StackException("Stopped while starting");
				}
				if (!child.isAlive()) {
					throw failure(child, child.part().id() + " exited with code " + child.exitValue() + " while starting");
				}
				if (reached.test(child.part(), this.config.ports().of(child.part()))) {
					this.out.accept(String.format("  ✓ %s %s in %.1f s", child.part().id(), state,
							seconds(child.uptime().toNanos())));
					it.remove();
				}
			}
			if (!pending.isEmpty() && System.nanoTime() >= nextNote) {
				this.out.accept("  … waiting for " + names(pending.stream().map(Child::part).toList()));
				nextNote += WAITING_NOTE.toNanos();
			}
			if (!pending.isEmpty() && System.nanoTime() > deadline) {
				throw failure(pending.get(0), names(pending.stream().map(Child::part).toList()) + " not " + state + " after "
						+ this.config.readyTimeout().toSeconds() + " s (LOCAL_STACK_READY_TIMEOUT)");
			}
			sleep(infrastructureOnly ? 50 : 500);
		}
	}

	private StackException failure(Child child, String message) {
		String tail = String.join("\n", child.tail(TAIL_LINES));
		return new StackException(message + "\n--- last " + TAIL_LINES + " lines of " + child.log() + " ---\n" + tail);
	}

	private void stopAll(List<Child> group) {
		this.out.accept("Stopping " + names(group.stream().map(Child::part).toList()) + "…");
		group.forEach(Child::requestStop);
		for (Child child : group) {
			if (!child.awaitStop(STOP_GRACE)) {
				this.out.accept("  " + child.part().id() + " did not stop within " + STOP_GRACE.toSeconds()
						+ " s and was killed");
			}
		}
	}

	private static String names(List<Part> parts) {
		return parts.stream().map(Part::id).collect(Collectors.joining(", "));
	}

	private static double seconds(long nanos) {
		return nanos / 1e9;
	}

	private static void sleep(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new StackException("Interrupted while starting", ex);
		}
	}

}
