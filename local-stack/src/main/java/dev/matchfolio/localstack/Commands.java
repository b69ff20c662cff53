package dev.matchfolio.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The command line of each child JVM; kept apart from process handling so tests can read it. */
final class Commands {

	/** Four Spring Boot JVMs and a broker share two cores and a laptop's memory: small heaps, quick JIT. */
	static final List<String> SERVICE_JVM = List.of("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
			"-Xss512k");

	private final StackConfig config;

	private final String java;

	private final long launcherPid;

	Commands(StackConfig config) {
		this(config, javaBinary(), ProcessHandle.current().pid());
	}

	Commands(StackConfig config, String java, long launcherPid) {
		this.config = config;
		this.java = java;
		this.launcherPid = launcherPid;
	}

	/** The launcher's own {@code java}, so children run on the same JDK whatever PATH says. */
	static String javaBinary() {
		return ProcessHandle.current()
			.info()
			.command()
			.orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
	}

	List<String> of(Part part) {
		return switch (part) {
			case STORE -> store();
			case KAFKA -> kafka();
			case PROFILE, PORTFOLIO, MATCHING -> backend(part);
			case GATEWAY -> gateway();
		};
	}

	List<String> store() {
		List<String> command = jvm("-Xmx256m", "-XX:+UseSerialGC");
		command.addAll(List.of("-cp", this.config.classpath(), EmbeddedMongo.class.getName(), "127.0.0.1",
				String.valueOf(this.config.ports().mongo()),
				this.config.dataDir().resolve("mongo").resolve("store.mv").toString()));
		return command;
	}

	List<String> kafka() {
		List<String> command = jvm("-Xmx512m", "-Djava.awt.headless=true");
		command.addAll(List.of("-cp", this.config.classpath(), "kafka.Kafka",
				new KafkaSetup(this.config.dataDir(), this.config.ports()).propertiesFile().toString()));
		return command;
	}

	/** Formatting runs once, before the first start, as a short-lived child of its own. */
	List<String> kafkaFormat(String clusterId) {
		return List.of(this.java, "-Xmx256m", "-cp", this.config.classpath(), "kafka.tools.StorageTool", "format", "-t",
				clusterId, "-c", new KafkaSetup(this.config.dataDir(), this.config.ports()).propertiesFile().toString());
	}

	List<String> backend(Part part) {
		Ports ports = this.config.ports();
		List<String> command = service(part);
		command.addAll(List.of("--spring.mongodb.uri=mongodb://127.0.0.1:" + ports.mongo() + "/" + part.database(),
				"--spring.kafka.bootstrap-servers=127.0.0.1:" + ports.kafka(),
				"--spring.security.oauth2.resourceserver.jwt.public-key-location=" + keyLocation(Keys.PUBLIC_PEM)));
		return command;
	}

	List<String> gateway() {
		Ports ports = this.config.ports();
		List<String> command = service(Part.GATEWAY);
		command.addAll(List.of("--matchfolio.services.profile=http://127.0.0.1:" + ports.profile(),
				"--matchfolio.services.portfolio=http://127.0.0.1:" + ports.portfolio(),
				"--matchfolio.services.matching=http://127.0.0.1:" + ports.matching(),
				"--matchfolio.auth.private-key-location=" + keyLocation(Keys.PRIVATE_PEM),
				"--matchfolio.auth.public-key-location=" + keyLocation(Keys.PUBLIC_PEM)));
		return command;
	}

	private List<String> service(Part part) {
		List<String> command = jvm(SERVICE_JVM.toArray(String[]::new));
		command.addAll(this.config.serviceJvmOptions());
		command.addAll(List.of("-jar", this.config.jarOf(part).toString(),
				"--server.port=" + this.config.ports().of(part), "--server.address=127.0.0.1",
				// the launcher waits on /actuator/health/readiness; outside Kubernetes Boot only exposes it when asked
				"--management.endpoint.health.probes.enabled=true"));
		return command;
	}

	private String keyLocation(String file) {
		return "file:" + this.config.keysDir().resolve(file);
	}

	private List<String> jvm(String... options) {
		List<String> command = new ArrayList<>();
		command.add(this.java);
		command.addAll(List.of(options));
		Path agent = this.config.agentJar();
		if (Files.isRegularFile(agent)) {
			command.add("-javaagent:" + agent + "=" + this.launcherPid);
		}
		return command;
	}

}
