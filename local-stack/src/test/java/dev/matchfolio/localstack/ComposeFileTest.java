package dev.matchfolio.localstack;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml cannot run here (no Docker engine), so it is kept honest by reading it: every service the gateway
 * routes to is defined and built from the shared Dockerfile, and everything starts only when what it needs is healthy.
 */
class ComposeFileTest {

	private static final Path REPO = StackConfig.findRepo(Path.of(""));

	private static final List<String> BACKENDS = List.of("profile-service", "portfolio-service", "matching-service");

	private final Map<String, Object> services = services();

	@Test
	void everyServiceTheGatewayRoutesToIsDefinedAndReachable() throws IOException {
		Map<String, Object> environment = map(map(this.services.get("gateway")).get("environment"));
		for (String property : gatewayUpstreamProperties()) {
			String variable = "MATCHFOLIO_SERVICES_" + property.toUpperCase();
			assertThat(environment).as("gateway sets %s", variable).containsKey(variable);
			URI upstream = URI.create((String) environment.get(variable));
			assertThat(this.services).as("service behind %s", variable).containsKey(upstream.getHost());
			String healthcheck = String.join(" ", list(map(map(this.services.get(upstream.getHost())).get("healthcheck")).get("test")));
			assertThat(healthcheck).as("%s is checked on the port the gateway calls", upstream.getHost())
				.contains("localhost:" + upstream.getPort() + "/actuator/health/readiness");
		}
	}

	@Test
	void servicesAreBuiltFromTheOneDockerfileForModulesThatExist() throws IOException {
		String rootPom = Files.readString(REPO.resolve("pom.xml"));
		String dockerfile = Files.readString(REPO.resolve("Dockerfile"));
		assertThat(dockerfile).contains("ARG MODULE");
		for (String name : union(BACKENDS, List.of("gateway"))) {
			Map<String, Object> build = map(map(this.services.get(name)).get("build"));
			String module = (String) map(build.get("args")).get("MODULE");
			assertThat(module).isEqualTo(name);
			assertThat(rootPom).contains("<module>" + module + "</module>");
			assertThat(dockerfile).contains("COPY " + module + " " + module);
		}
	}

	@Test
	void everythingWaitsForHealthyDependenciesAndHasAHealthcheck() {
		for (String name : this.services.keySet()) {
			assertThat(map(this.services.get(name))).as("%s has a healthcheck", name).containsKey("healthcheck");
		}
		for (String backend : BACKENDS) {
			Map<String, Object> dependsOn = map(map(this.services.get(backend)).get("depends_on"));
			assertThat(dependsOn).containsOnlyKeys("mongo", "kafka");
			dependsOn.values().forEach(condition -> assertThat(map(condition)).containsEntry("condition", "service_healthy"));
			Map<String, Object> environment = map(map(this.services.get(backend)).get("environment"));
			assertThat((String) environment.get("SPRING_MONGODB_URI")).startsWith("mongodb://mongo:27017/")
				.contains("replicaSet=rs0");
			assertThat(environment).containsEntry("SPRING_KAFKA_BOOTSTRAP_SERVERS", "kafka:9092");
		}
		Map<String, Object> gatewayDependsOn = map(map(this.services.get("gateway")).get("depends_on"));
		assertThat(gatewayDependsOn).containsOnlyKeys(union(BACKENDS, List.of("redis")).toArray(String[]::new));
		gatewayDependsOn.values()
			.forEach(condition -> assertThat(map(condition)).containsEntry("condition", "service_healthy"));
	}

	@Test
	void gatewaysShareTheirRateLimitStateInRedis() {
		Map<String, Object> environment = map(map(this.services.get("gateway")).get("environment"));
		assertThat(environment).containsEntry("MATCHFOLIO_GATEWAY_RATELIMIT_STORE", "redis");
		URI redis = URI.create((String) environment.get("MATCHFOLIO_GATEWAY_RATELIMIT_REDISURI"));
		assertThat(this.services).containsKey(redis.getHost());
	}

	@Test
	void mongoRunsAsAReplicaSet() {
		Map<String, Object> mongo = map(this.services.get("mongo"));
		assertThat(list(mongo.get("command"))).contains("--replSet", "rs0");
		assertThat(String.join(" ", list(map(mongo.get("healthcheck")).get("test")))).contains("rs.initiate");
	}

	/** The upstream names the gateway's routes use, read from its own configuration. */
	private static List<String> gatewayUpstreamProperties() throws IOException {
		String config = Files.readString(REPO.resolve("gateway/src/main/resources/application.yml"));
		Matcher uses = Pattern.compile("uri: \\$\\{matchfolio\\.services\\.([a-z]+)}").matcher(config);
		List<String> names = uses.results().map(result -> result.group(1)).distinct().toList();
		assertThat(names).as("gateway routes").containsExactlyInAnyOrder("profile", "portfolio", "matching");
		return names;
	}

	private static Map<String, Object> services() {
		try {
			Map<String, Object> compose = new Yaml().load(Files.readString(REPO.resolve("docker-compose.yml")));
			return map(compose.get("services"));
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		assertThat(value).isInstanceOf(Map.class);
		return (Map<String, Object>) value;
	}

	@SuppressWarnings("unchecked")
	private static List<String> list(Object value) {
		assertThat(value).isInstanceOf(List.class);
		return (List<String>) value;
	}

	private static List<String> union(List<String> a, List<String> b) {
		return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
	}

}
