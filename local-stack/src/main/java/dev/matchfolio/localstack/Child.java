package dev.matchfolio.localstack;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** One running child JVM with its log file. */
final class Child {

	private static final int TAIL_BYTES = 64 * 1024;

	private final Part part;

	private final Process process;

	private final Path log;

	private final long startedNanos;

	private Child(Part part, Process process, Path log, long startedNanos) {
		this.part = part;
		this.process = process;
		this.log = log;
		this.startedNanos = startedNanos;
	}

	/** Starts the command with stdout and stderr in {@code log}; the previous run's log is kept as {@code .1}. */
	static Child start(Part part, List<String> command, Path log) {
		try {
			Files.createDirectories(log.getParent());
			if (Files.exists(log)) {
				Files.move(log, log.resolveSibling(log.getFileName() + ".1"), StandardCopyOption.REPLACE_EXISTING);
			}
			Files.writeString(log, "# " + Instant.now() + " " + String.join(" ", command) + "\n");
			long started = System.nanoTime();
			Process process = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
				.start();
			return new Child(part, process, log, started);
		}
		catch (IOException ex) {
			throw new StackException("Cannot start " + part.id() + ": " + ex.getMessage(), ex);
		}
	}

	Part part() {
		return this.part;
	}

	Path log() {
		return this.log;
	}

	ProcessHandle handle() {
		return this.process.toHandle();
	}

	boolean isAlive() {
		return this.process.isAlive();
	}

	int exitValue() {
		return this.process.exitValue();
	}

	Duration uptime() {
		return Duration.ofNanos(System.nanoTime() - this.startedNanos);
	}

	/** SIGTERM: the child runs its shutdown hooks (Spring graceful shutdown, Kafka controlled shutdown, H2 close). */
	void requestStop() {
		this.process.destroy();
	}

	/** Waits for the child to end; after {@code grace} it is killed, together with anything it started. */
	boolean awaitStop(Duration grace) {
		List<ProcessHandle> descendants = this.process.descendants().toList();
		boolean clean = waitFor(grace);
		if (!clean) {
			this.process.destroyForcibly();
			waitFor(Duration.ofSeconds(5));
		}
		descendants.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
		return clean;
	}

	/** SIGKILL at once (the JDK's forcible destroy on Unix), then waits up to {@code timeout} for the exit. */
	boolean kill(Duration timeout) {
		this.process.destroyForcibly();
		return waitFor(timeout);
	}

	private boolean waitFor(Duration timeout) {
		try {
			return this.process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	/** The last lines of the log, to show why a child failed without sending the user to the file. */
	List<String> tail(int lines) {
		return tail(this.log, lines);
	}

	static List<String> tail(Path file, int lines) {
		try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
			long from = Math.max(0, in.length() - TAIL_BYTES);
			byte[] bytes = new byte[(int) (in.length() - from)];
			in.seek(from);
			in.readFully(bytes);
			List<String> all = Arrays.asList(new String(bytes, StandardCharsets.UTF_8).split("\r?\n"));
			return all.subList(Math.max(0, all.size() - lines), all.size());
		}
		catch (IOException ex) {
			return List.of("(cannot read " + file + ": " + ex.getMessage() + ")");
		}
	}

}
