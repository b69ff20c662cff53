package dev.matchfolio.localstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What to start and where: the repository (for the service jars), the data directory, the ports, whether to load the
 * demo data, and which parts to run (the integration test runs only the store and Kafka).
 *
 * @param classpath the class path of the store and Kafka children: the launcher's own jar and its dependencies
 * @param serviceJvmOptions JVM options for the services and the gateway, after the launcher's own (so they win), e.g.
 * {@code -XX:TieredStopAtLevel=4 -Xmx1g} for a load measurement; from {@code LOCAL_STACK_JVM_OPTS}
 */
public record StackConfig(Path repoRoot, Path dataDir, Ports ports, boolean demo, Set<Part> parts,
		Duration readyTimeout, String classpath, List<String> serviceJvmOptions) {

	public static final Duration DEFAULT_READY_TIMEOUT = Duration.ofSeconds(180);

	public StackConfig {
		repoRoot = repoRoot.toAbsolutePath().normalize();
		dataDir = dataDir.toAbsolutePath().normalize();
		parts = parts.isEmpty() ? EnumSet.noneOf(Part.class) : EnumSet.copyOf(parts);
		serviceJvmOptions = List.copyOf(serviceJvmOptions);
	}

	public static Builder builder(Path repoRoot) {
		return new Builder(repoRoot);
	}

	/** The service's executable jar, as the build leaves it (the {@code exec} classifier of the root pom). */
	public Path jarOf(Part part) {
		return this.repoRoot.resolve(part.id()).resolve("target").resolve(part.id() + "-exec.jar");
	}

	public Path logDir() {
		return this.dataDir.resolve("logs");
	}

	public Path keysDir() {
		return this.dataDir.resolve("keys");
	}

	/** The agent jar built next to the launcher; absent when the module has not been packaged. */
	public Path agentJar() {
		return this.repoRoot.resolve("local-stack").resolve("target").resolve("local-stack-agent.jar");
	}

	public String gatewayUrl() {
		return "http://127.0.0.1:" + this.ports.gateway();
	}

	/**
	 * The command line and environment of {@code run-local.sh}: {@code --no-demo}, {@code --repo <dir>}, the port
	 * variables and {@code LOCAL_STACK_DIR}. Throws {@link IllegalArgumentException} with a message for the user.
	 */
	public static StackConfig fromCommandLine(String[] args, Map<String, String> env, Path workingDir) {
		boolean demo = true;
		Path repo = null;
		for (int i = 0; i < args.length; i++) {
			String arg = args[i];
			if (arg.equals("--no-demo")) {
				demo = false;
			}
			else if (arg.equals("--repo") && i + 1 < args.length) {
				repo = workingDir.resolve(args[++i]);
			}
			else if (arg.startsWith("--repo=")) {
				repo = workingDir.resolve(arg.substring("--repo=".length()));
			}
			else {
				throw new IllegalArgumentException("Unknown option '" + arg + "'");
			}
		}
		Path repoRoot = (repo != null) ? requireRepo(repo) : findRepo(workingDir);
		String dir = env.get("LOCAL_STACK_DIR");
		Path dataDir = (dir == null || dir.isBlank()) ? repoRoot.resolve(".local-stack") : workingDir.resolve(dir);
		Builder builder = builder(repoRoot).dataDir(dataDir).ports(Ports.fromEnvironment(env)).demo(demo);
		String jvmOptions = env.get("LOCAL_STACK_JVM_OPTS");
		if (jvmOptions != null && !jvmOptions.isBlank()) {
			builder.serviceJvmOptions(List.of(jvmOptions.trim().split("\\s+")));
		}
		String timeout = env.get("LOCAL_STACK_READY_TIMEOUT");
		if (timeout != null && !timeout.isBlank()) {
			try {
				builder.readyTimeout(Duration.ofSeconds(Long.parseLong(timeout.trim())));
			}
			catch (NumberFormatException ex) {
				throw new IllegalArgumentException("LOCAL_STACK_READY_TIMEOUT='" + timeout + "' is not a number of seconds");
			}
		}
		return builder.build();
	}

	/** The repository root is the nearest directory upwards whose pom lists the local-stack module. */
	public static Path findRepo(Path start) {
		for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
			if (isRepo(dir)) {
				return dir;
			}
		}
		throw new IllegalArgumentException(
				"Cannot find the repository root from " + start + "; run from the repository or pass --repo <dir>");
	}

	private static Path requireRepo(Path dir) {
		if (!isRepo(dir)) {
			throw new IllegalArgumentException(dir + " is not the repository root (no pom.xml listing local-stack)");
		}
		return dir;
	}

	private static boolean isRepo(Path dir) {
		Path pom = dir.resolve("pom.xml");
		try {
			return Files.isRegularFile(pom) && Files.readString(pom).contains("<module>local-stack</module>");
		}
		catch (IOException ex) {
			return false;
		}
	}

	/** The launcher's packaged class path when it exists, so children run exactly what run-local.sh runs. */
	static String defaultClasspath(Path repoRoot) {
		Path target = repoRoot.resolve("local-stack").resolve("target");
		Path jar = target.resolve("local-stack.jar");
		Path lib = target.resolve("lib");
		if (Files.isRegularFile(jar) && Files.isDirectory(lib)) {
			return jar + File.pathSeparator + lib.resolve("*");
		}
		return System.getProperty("java.class.path");
	}

	public static final class Builder {

		private final Path repoRoot;

		private Path dataDir;

		private Ports ports = Ports.defaults();

		private boolean demo = true;

		private Set<Part> parts = EnumSet.allOf(Part.class);

		private Duration readyTimeout = DEFAULT_READY_TIMEOUT;

		private String classpath;

		private List<String> serviceJvmOptions = List.of();

		private Builder(Path repoRoot) {
			this.repoRoot = repoRoot;
			this.dataDir = repoRoot.resolve(".local-stack");
		}

		public Builder dataDir(Path dataDir) {
			this.dataDir = dataDir;
			return this;
		}

		public Builder ports(Ports ports) {
			this.ports = ports;
			return this;
		}

		public Builder demo(boolean demo) {
			this.demo = demo;
			return this;
		}

		public Builder parts(Part first, Part... rest) {
			this.parts = EnumSet.of(first, rest);
			return this;
		}

		public Builder readyTimeout(Duration readyTimeout) {
			this.readyTimeout = readyTimeout;
			return this;
		}

		public Builder classpath(String classpath) {
			this.classpath = classpath;
			return this;
		}

		public Builder serviceJvmOptions(List<String> options) {
			this.serviceJvmOptions = options;
			return this;
		}

		public StackConfig build() {
			String cp = (this.classpath != null) ? this.classpath : defaultClasspath(this.repoRoot);
			return new StackConfig(this.repoRoot, this.dataDir, this.ports, this.demo, this.parts, this.readyTimeout, cp,
					this.serviceJvmOptions);
		}

	}

}
