package dev.matchfolio.localstack;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StackConfigTest {

	@TempDir
	Path repo;

	@BeforeEach
	void fakeRepository() throws IOException {
		Files.writeString(this.repo.resolve("pom.xml"), "<modules><module>local-stack</module></modules>");
		Files.createDirectories(this.repo.resolve("local-stack/src"));
	}

	@Test
	void jvmOptionsForTheServicesComeFromTheEnvironmentSplitOnSpaces() {
		StackConfig config = StackConfig.fromCommandLine(new String[0],
				Map.of("LOCAL_STACK_JVM_OPTS", " -XX:TieredStopAtLevel=4   -Xmx1g "), this.repo);

		assertThat(config.serviceJvmOptions()).containsExactly("-XX:TieredStopAtLevel=4", "-Xmx1g");
		assertThat(StackConfig.fromCommandLine(new String[0], Map.of(), this.repo).serviceJvmOptions()).isEmpty();
	}

	@Test
	void defaultsAreTheDocumentedPortsTheRepositoryDataDirAndTheDemo() {
		StackConfig config = StackConfig.fromCommandLine(new String[0], Map.of(), this.repo);

		assertThat(config.ports()).isEqualTo(new Ports(8080, 8081, 8082, 8083, 27017, 9092, 9093));
		assertThat(config.dataDir()).isEqualTo(this.repo.resolve(".local-stack"));
		assertThat(config.demo()).isTrue();
		assertThat(config.parts()).containsExactly(Part.values());
		assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(180));
		assertThat(config.gatewayUrl()).isEqualTo("http://127.0.0.1:8080");
		assertThat(config.jarOf(Part.PROFILE)).isEqualTo(this.repo.resolve("profile-service/target/profile-service-exec.jar"));
	}

	@Test
	void environmentMovesPortsAndTheDataDir() {
		Map<String, String> env = Map.of("GATEWAY_PORT", "9080", "PROFILE_PORT", "9081", "PORTFOLIO_PORT", "9082",
				"MATCHING_PORT", "9083", "MONGO_PORT", "28017", "KAFKA_PORT", "19092", "KAFKA_CONTROLLER_PORT", "19093",
				"LOCAL_STACK_DIR", "other-data", "LOCAL_STACK_READY_TIMEOUT", "300");

		StackConfig config = StackConfig.fromCommandLine(new String[] { "--no-demo" }, env, this.repo);

		assertThat(config.ports()).isEqualTo(new Ports(9080, 9081, 9082, 9083, 28017, 19092, 19093));
		assertThat(config.dataDir()).isEqualTo(this.repo.resolve("other-data"));
		assertThat(config.readyTimeout()).isEqualTo(Duration.ofSeconds(300));
		assertThat(config.demo()).isFalse();
	}

	@Test
	void theRepositoryIsFoundFromASubdirectoryOrGivenExplicitly() {
		Path inside = this.repo.resolve("local-stack/src");

		assertThat(StackConfig.fromCommandLine(new String[0], Map.of(), inside).repoRoot()).isEqualTo(this.repo);
		assertThat(StackConfig.fromCommandLine(new String[] { "--repo", this.repo.toString() }, Map.of(), Path.of("/"))
			.repoRoot()).isEqualTo(this.repo);
		assertThat(StackConfig.fromCommandLine(new String[] { "--repo=" + this.repo }, Map.of(), Path.of("/"))
			.repoRoot()).isEqualTo(this.repo);
	}

	@Test
	void mistakesAreReportedByTheirName() {
		assertThatThrownBy(() -> StackConfig.fromCommandLine(new String[0], Map.of("KAFKA_PORT", "ninety"), this.repo))
			.hasMessageContaining("KAFKA_PORT='ninety'");
		assertThatThrownBy(() -> StackConfig.fromCommandLine(new String[0], Map.of("MONGO_PORT", "70000"), this.repo))
			.hasMessageContaining("MONGO_PORT=70000");
		assertThatThrownBy(() -> StackConfig.fromCommandLine(new String[0], Map.of("GATEWAY_PORT", "8081"), this.repo))
			.hasMessageContaining("PROFILE_PORT and GATEWAY_PORT are both 8081");
		assertThatThrownBy(() -> StackConfig.fromCommandLine(new String[] { "--demo" }, Map.of(), this.repo))
			.hasMessageContaining("Unknown option '--demo'");
		assertThatThrownBy(() -> StackConfig.fromCommandLine(new String[0], Map.of(), Path.of("/")))
			.hasMessageContaining("--repo");
	}

	@Test
	void blankVariablesKeepTheDefaults() {
		StackConfig config = StackConfig.fromCommandLine(new String[0], Map.of("GATEWAY_PORT", " ", "LOCAL_STACK_DIR", ""),
				this.repo);

		assertThat(config.ports().gateway()).isEqualTo(8080);
		assertThat(config.dataDir()).isEqualTo(this.repo.resolve(".local-stack"));
	}

}
