package dev.matchfolio.localstack;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CommandsTest {

	private final StackConfig config = StackConfig.builder(Path.of("/repo"))
		.dataDir(Path.of("/repo/.local-stack"))
		.classpath("/repo/local-stack/target/local-stack.jar:/repo/local-stack/target/lib/*")
		.build();

	private final Commands commands = new Commands(this.config, "/jdk/bin/java", 42);

	@Test
	void aBackendServiceRunsItsOwnJarAgainstItsDatabaseKafkaAndThePublicKey() {
		assertThat(this.commands.of(Part.PORTFOLIO)).startsWith("/jdk/bin/java")
			.containsSubsequence("-Xmx320m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-jar",
					"/repo/portfolio-service/target/portfolio-service-exec.jar")
			.contains("--server.port=8082", "--server.address=127.0.0.1",
					"--spring.mongodb.uri=mongodb://127.0.0.1:27017/portfolios",
					"--spring.kafka.bootstrap-servers=127.0.0.1:9092",
					"--spring.security.oauth2.resourceserver.jwt.public-key-location=file:/repo/.local-stack/keys/jwt-public.pem");
		assertThat(this.commands.of(Part.PROFILE)).contains("--spring.mongodb.uri=mongodb://127.0.0.1:27017/profiles");
		assertThat(this.commands.of(Part.MATCHING)).contains("--server.port=8083",
				"--spring.mongodb.uri=mongodb://127.0.0.1:27017/matching");
	}

	@Test
	void extraJvmOptionsFromTheEnvironmentComeAfterTheLaunchersOwnSoTheyWin() {
		StackConfig tuned = StackConfig.builder(Path.of("/repo"))
			.classpath(this.config.classpath())
			.serviceJvmOptions(List.of("-XX:TieredStopAtLevel=4", "-Xmx1g"))
			.build();
		List<String> command = new Commands(tuned, "/jdk/bin/java", 42).of(Part.GATEWAY);

		assertThat(command).containsSubsequence("-XX:TieredStopAtLevel=1", "-XX:TieredStopAtLevel=4", "-Xmx1g", "-jar");
		assertThat(new Commands(tuned, "/jdk/bin/java", 42).of(Part.STORE)).doesNotContain("-Xmx1g");
	}

	@Test
	void theGatewayKnowsEveryServiceAndBothKeys() {
		assertThat(this.commands.of(Part.GATEWAY)).contains("/repo/gateway/target/gateway-exec.jar", "--server.port=8080",
				"--matchfolio.services.profile=http://127.0.0.1:8081",
				"--matchfolio.services.portfolio=http://127.0.0.1:8082",
				"--matchfolio.services.matching=http://127.0.0.1:8083",
				"--matchfolio.auth.private-key-location=file:/repo/.local-stack/keys/jwt-private.pem",
				"--matchfolio.auth.public-key-location=file:/repo/.local-stack/keys/jwt-public.pem");
	}

	@Test
	void theStoreAndKafkaRunOnTheLaunchersClassPath() {
		assertThat(this.commands.of(Part.STORE)).containsSequence("-cp", this.config.classpath(),
				EmbeddedMongo.class.getName(), "127.0.0.1", "27017", "/repo/.local-stack/mongo/store.mv");
		assertThat(this.commands.of(Part.KAFKA)).contains("-Xmx512m")
			.containsSequence("kafka.Kafka", "/repo/.local-stack/kafka/server.properties");
		assertThat(this.commands.kafkaFormat("abc")).containsSequence("kafka.tools.StorageTool", "format", "-t", "abc",
				"-c", "/repo/.local-stack/kafka/server.properties");
	}

}
