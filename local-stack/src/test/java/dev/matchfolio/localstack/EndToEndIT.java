package dev.matchfolio.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole system as it runs in production shape: Kafka, the store, the three services and the gateway, each in
 * its own process, driven only through the gateway as a client following the API contract would.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndIT {

	private static final Duration EVENTUAL = Duration.ofSeconds(30);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private Stack stack;

	private String gateway;

	private String recruiter;

	private String alice;

	private String bob;

	private String aliceProfile;

	private String bobProfile;

	private String aliceProject;

	private String opening;

	@BeforeAll
	void startTheStack(@TempDir Path dataDir) {
		StackConfig config = StackConfig.builder(StackConfig.findRepo(Path.of("")))
			.dataDir(dataDir)
			.ports(FreePorts.find())
			.demo(false)
			.build();
		this.stack = new Stack(config, line -> System.out.println("[stack] " + line));
		this.stack.start();
		this.gateway = this.stack.gatewayUrl();
	}

	@AfterAll
	void stopTheStack() {
		if (this.stack != null) {
			this.stack.close();
		}
	}

	@Test
	@Order(1)
	void tokensProfilesAProjectAndAnOpeningAreCreatedThroughTheGateway() throws Exception {
		this.recruiter = token("e2e-recruiter", "RECRUITER");
		this.alice = token("e2e-alice", "CANDIDATE");
		this.bob = token("e2e-bob", "CANDIDATE");

		Reply aliceCreated = send("POST", "/api/profiles", this.alice, """
				{"displayName": "Alice Doe", "engagements": ["FULL_TIME"], "yearsOfExperience": 4,
				 "skills": [{"name": "Java", "level": 5}, {"name": "spring boot", "level": 4},
				            {"name": "PostgreSQL", "level": 4}]}""");
		assertThat(aliceCreated.status()).isEqualTo(201);
		assertThat(aliceCreated.header("ETag")).isEqualTo("\"1\"");
		this.aliceProfile = aliceCreated.json().get("id").asString();

		Reply bobCreated = send("POST", "/api/profiles", this.bob, """
				{"displayName": "Bob Roe", "engagements": ["FULL_TIME"], "yearsOfExperience": 12,
				 "skills": [{"name": "Java", "level": 4}, {"name": "Python", "level": 5}]}""");
		assertThat(bobCreated.status()).isEqualTo(201);
		this.bobProfile = bobCreated.json().get("id").asString();

		Reply project = send("POST", "/api/portfolios/" + this.aliceProfile + "/projects", this.alice, """
				{"title": "Payment ledger", "summary": "Double-entry ledger on Spring Boot and PostgreSQL",
				 "skills": ["Java", "PostgreSQL"], "repositoryUrl": "https://example.org/alice/ledger",
				 "startedOn": "2025-01-01", "completedOn": "2025-06-30"}""");
		assertThat(project.status()).isEqualTo(201);
		this.aliceProject = project.json().get("id").asString();

		Reply opening = send("POST", "/api/openings", this.recruiter, """
				{"kind": "BACKEND_JOB", "title": "Java back-end engineer", "organization": "Acme",
				 "requiredSkills": [{"name": "Java", "minLevel": 3, "weight": 2.0}, {"name": "Spring Boot"},
				                    {"name": "postgresql"}],
				 "niceToHaveSkills": [{"name": "Kafka"}], "workMode": "REMOTE", "hoursPerWeek": 40}""");
		assertThat(opening.status()).isEqualTo(201);
		this.opening = opening.json().get("id").asString();
	}

	@Test
	@Order(2)
	void theBetterFittingCandidateIsRankedFirstWithTheReasons() throws Exception {
		JsonNode matches = awaitMatches(items -> items.size() == 2);

		JsonNode first = matches.get("items").get(0);
		assertThat(first.get("candidateId").asString()).isEqualTo(this.aliceProfile);
		assertThat(first.get("rank").asInt()).isEqualTo(1);
		assertThat(first.get("missingSkills")).isEmpty();
		assertThat(first.get("matchedSkills").findValuesAsString("skill")).contains("Java", "Spring Boot");
		JsonNode javaMatch = first.get("matchedSkills").get(0);
		assertThat(javaMatch.get("evidence").get(0).asString()).isEqualTo(this.aliceProject);
		assertThat(first.get("explanation").asString()).isNotBlank();

		JsonNode second = matches.get("items").get(1);
		assertThat(second.get("candidateId").asString()).isEqualTo(this.bobProfile);
		assertThat(second.get("missingSkills").valueStream().map(JsonNode::asString)).contains("Spring Boot");
		assertThat(second.get("score").asDouble()).isLessThan(first.get("score").asDouble());
	}

	@Test
	@Order(3)
	void aProfileUpdateChangesTheRanking() throws Exception {
		Reply current = send("GET", "/api/profiles/" + this.bobProfile, this.bob, null);
		Reply updated = send("PUT", "/api/profiles/" + this.bobProfile, this.bob, current.header("ETag"), """
				{"displayName": "Bob Roe", "engagements": ["FULL_TIME"], "yearsOfExperience": 12,
				 "skills": [{"name": "Java", "level": 5}, {"name": "Spring Boot", "level": 5},
				            {"name": "Postgres", "level": 4}, {"name": "PostgreSQL", "level": 4},
				            {"name": "Kafka", "level": 4}]}""");
		assertThat(updated.status()).isEqualTo(200);
		assertThat(updated.json().get("version").asLong()).isEqualTo(2);

		JsonNode matches = awaitMatches(
				items -> items.size() == 2 && items.get(0).get("candidateId").asString().equals(this.bobProfile));
		assertThat(matches.get("items").get(1).get("candidateId").asString()).isEqualTo(this.aliceProfile);
	}

	@Test
	@Order(4)
	void aServiceThatIsDownIsAnsweredWith503ProblemWithinTwoSeconds() throws Exception {
		this.stack.stop(Part.MATCHING.id());

		long begin = System.nanoTime();
		Reply reply = send("GET", "/api/openings/" + this.opening + "/matches", this.recruiter, null);
		Duration took = Duration.ofNanos(System.nanoTime() - begin);

		assertThat(reply.status()).isEqualTo(503);
		assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
		assertThat(reply.json().get("status").asInt()).isEqualTo(503);
		assertThat(took).isLessThan(Duration.ofSeconds(2));
		// the other services keep answering
		assertThat(send("GET", "/api/profiles/" + this.aliceProfile, this.recruiter, null).status()).isEqualTo(200);
	}

	private JsonNode awaitMatches(Predicate<JsonNode> done) throws Exception {
		long deadline = System.nanoTime() + EVENTUAL.toNanos();
		Reply last = null;
		while (System.nanoTime() < deadline) {
			last = send("GET", "/api/openings/" + this.opening + "/matches?limit=10", this.recruiter, null);
			if (last.status() == 200 && done.test(last.json().get("items"))) {
				return last.json();
			}
			Thread.sleep(100);
		}
		throw new AssertionError("matches did not settle within " + EVENTUAL + "; last answer: "
				+ (last == null ? "none" : last.status() + " " + last.body()));
	}

	private String token(String username, String role) throws Exception {
		Reply reply = send("POST", "/api/auth/token", null,
				"{\"username\": \"" + username + "\", \"roles\": [\"" + role + "\"]}");
		assertThat(reply.status()).isEqualTo(200);
		assertThat(reply.json().get("token_type").asString()).isEqualTo("Bearer");
		return reply.json().get("access_token").asString();
	}

	private Reply send(String method, String path, String token, String body) throws Exception {
		return send(method, path, token, null, body);
	}

	private Reply send(String method, String path, String token, String ifMatch, String body)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.gateway + path))
			.timeout(Duration.ofSeconds(20))
			.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
					: HttpRequest.BodyPublishers.ofString(body));
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		return new Reply(response);
	}

	private record Reply(HttpResponse<String> response) {

		int status() {
			return this.response.statusCode();
		}

		String body() {
			return this.response.body();
		}

		String header(String name) {
			return this.response.headers().firstValue(name).orElse(null);
		}

		JsonNode json() {
			return JSON.readTree(this.response.body());
		}

	}

}
