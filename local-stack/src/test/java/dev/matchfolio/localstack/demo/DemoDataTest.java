package dev.matchfolio.localstack.demo;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

	private static final LocalDate TODAY = LocalDate.parse("2026-11-24");

	/** What a client may send, per API.md; the services refuse unknown fields. */
	private static final Set<String> PROFILE_FIELDS = Set.of("displayName", "headline", "location", "timezone",
			"workModes", "engagements", "yearsOfExperience", "skills", "hourlyRate", "annualSalary", "availableFrom",
			"hoursPerWeek", "education");

	private static final Set<String> PROJECT_FIELDS = Set.of("title", "summary", "role", "skills", "repositoryUrl",
			"liveUrl", "startedOn", "completedOn");

	private static final Set<String> OPENING_FIELDS = Set.of("kind", "title", "organization", "description",
			"requiredSkills", "niceToHaveSkills", "minYearsOfExperience", "maxYearsOfExperience", "workMode", "location",
			"hourlyRateMax", "annualSalaryMax", "startDate", "hoursPerWeek", "durationWeeks");

	private final DemoData.DemoSet demo = DemoData.generate(DemoData.SEED, TODAY);

	@Test
	void theSameSeedGivesTheSameDataToTheByte() {
		String again = Api.MAPPER.writeValueAsString(DemoData.generate(DemoData.SEED, TODAY));

		assertThat(Api.MAPPER.writeValueAsString(this.demo)).isEqualTo(again);
		assertThat(Api.MAPPER.writeValueAsString(DemoData.generate(7, TODAY))).isNotEqualTo(again);
	}

	@Test
	void atLeastTwoHundredDistinctCandidatesWithValidProfiles() {
		List<DemoData.Candidate> candidates = this.demo.candidates();

		assertThat(candidates).hasSizeGreaterThanOrEqualTo(200);
		assertThat(candidates).extracting(DemoData.Candidate::username).doesNotHaveDuplicates()
			.allMatch(name -> name.matches("cand-\\d{3}"));
		assertThat(candidates).extracting(c -> c.profile().displayName()).doesNotHaveDuplicates();
		for (DemoData.Candidate candidate : candidates) {
			JsonNode profile = Api.MAPPER.valueToTree(candidate.profile());
			assertThat(profile.propertyNames()).isSubsetOf(PROFILE_FIELDS)
				.contains("displayName", "headline", "location", "timezone", "workModes", "engagements",
						"yearsOfExperience", "skills", "availableFrom", "hoursPerWeek");
			assertThat(profile.path("location").path("country").asString()).matches("[A-Z]{2}");
			assertThat(ZoneId.of(profile.path("timezone").asString())).isNotNull();
			assertThat(texts(profile.path("workModes"))).isNotEmpty().isSubsetOf("REMOTE", "HYBRID", "ONSITE");
			assertThat(texts(profile.path("engagements"))).isNotEmpty().isSubsetOf("FULL_TIME", "FREELANCE", "INTERNSHIP");
			assertThat(profile.path("yearsOfExperience").asInt()).isNotNegative();
			assertThat(profile.path("hoursPerWeek").asInt()).isBetween(1, 80);
			assertThat(LocalDate.parse(profile.path("availableFrom").asString())).isNotNull();
			assertValidSkills(profile.path("skills"));
			for (String money : List.of("hourlyRate", "annualSalary")) {
				if (profile.has(money)) {
					assertThat(profile.path(money).path("currency").asString()).isIn("EUR", "USD", "GBP");
					assertThat(profile.path(money).path("amount").asLong()).isPositive();
				}
			}
			assertValidProjects(candidate.projects());
		}
	}

	@Test
	void theCandidatesAreVariedLikeRealOnes() {
		List<JsonNode> profiles = this.demo.candidates().stream()
			.map(c -> (JsonNode) Api.MAPPER.valueToTree(c.profile()))
			.toList();
		Set<String> skills = new HashSet<>();
		Set<Integer> levels = new HashSet<>();
		profiles.forEach(p -> p.path("skills").forEach(s -> {
			skills.add(s.path("name").asString());
			levels.add(s.path("level").asInt());
		}));

		assertThat(skills).contains("Java", "Spring Boot", "PostgreSQL", "Postgres", "Kafka", "Go", "Python", "Kubernetes",
				"k8s", "Docker", "AWS", "Node.js", "MongoDB", "Redis", "gRPC", "SQL", "Terraform", "React");
		assertThat(levels).containsExactlyInAnyOrder(1, 2, 3, 4, 5);
		assertThat(profiles).extracting(p -> p.path("location").path("country").asString()).contains("DE", "GB", "US");
		assertThat(profiles).flatMap(p -> texts(p.path("engagements"))).contains("FULL_TIME", "FREELANCE", "INTERNSHIP");
		assertThat(profiles).extracting(p -> p.path("annualSalary").path("currency").asString())
			.contains("EUR", "USD", "GBP");
		List<JsonNode> students = profiles.stream()
			.filter(p -> texts(p.path("engagements")).contains("INTERNSHIP"))
			.toList();
		assertThat(students).hasSizeGreaterThanOrEqualTo(20)
			.allSatisfy(s -> assertThat(s.path("education").path(0).path("graduationYear").asInt())
				.isGreaterThanOrEqualTo(TODAY.getYear()));
	}

	@Test
	void twentyOpeningsOfAllThreeKindsEachPostedByAUserAllowedTo() {
		List<DemoData.PostedOpening> openings = this.demo.openings();

		assertThat(openings).hasSize(20);
		assertThat(openings).extracting(o -> o.opening().kind()).contains("BACKEND_JOB", "FREELANCE", "INTERNSHIP");
		assertThat(openings).extracting(o -> o.opening().title()).doesNotHaveDuplicates();
		assertThat(openings.get(0).opening().kind()).isEqualTo("BACKEND_JOB");
		for (DemoData.PostedOpening posted : openings) {
			boolean internship = posted.opening().kind().equals("INTERNSHIP");
			assertThat(posted.owner()).isEqualTo(internship ? DemoData.AGENCY : DemoData.RECRUITER);
			assertThat(posted.role()).isEqualTo(internship ? "AGENCY" : "RECRUITER");
			JsonNode opening = Api.MAPPER.valueToTree(posted.opening());
			assertThat(opening.propertyNames()).isSubsetOf(OPENING_FIELDS)
				.contains("kind", "title", "organization", "description", "requiredSkills", "workMode", "startDate");
			assertThat(opening.path("requiredSkills")).isNotEmpty();
			assertThat(LocalDate.parse(opening.path("startDate").asString())).isAfter(TODAY);
			assertThat(opening.path("workMode").asString()).isIn("REMOTE", "HYBRID", "ONSITE");
		}
	}

	@Test
	void theJsonUsesTheApiNamesAndLeavesUnsetFieldsOut() {
		String json = Api.MAPPER.writeValueAsString(this.demo.openings().get(0).opening());

		assertThat(json).contains("\"kind\":\"BACKEND_JOB\"", "\"title\":\"Senior Java back-end engineer\"",
				"{\"name\":\"Java\",\"minLevel\":3,\"weight\":2.0}", "\"niceToHaveSkills\":[{\"name\":\"Kafka\"}",
				"\"annualSalaryMax\":{\"amount\":85000,\"currency\":\"EUR\"}", "\"startDate\":\"2027-01-19\"")
			.doesNotContain("null", "hourlyRateMax", "\"id\"", "ownerId", "version", "status");
	}

	private static void assertValidSkills(JsonNode skills) {
		assertThat(skills.size()).isBetween(1, 100);
		Set<String> names = new HashSet<>();
		for (JsonNode skill : skills) {
			assertThat(names.add(skill.path("name").asString().toLowerCase(Locale.ROOT))).as("unique ignoring case")
				.isTrue();
			assertThat(skill.path("level").asInt()).isBetween(1, 5);
			if (skill.has("years")) {
				assertThat(skill.path("years").asInt()).isNotNegative();
			}
		}
	}

	private static void assertValidProjects(List<Api.Project> projects) {
		assertThat(projects).hasSizeBetween(1, 3);
		assertThat(projects).extracting(Api.Project::title).doesNotHaveDuplicates();
		for (Api.Project project : projects) {
			JsonNode json = Api.MAPPER.valueToTree(project);
			assertThat(json.propertyNames()).isSubsetOf(PROJECT_FIELDS).contains("title", "summary", "skills");
			assertThat(project.summary()).isNotBlank().doesNotContain("%s");
			assertThat(project.skills()).isNotEmpty();
			assertThat(project.repositoryUrl()).startsWith("https://");
			if (project.liveUrl() != null) {
				assertThat(project.liveUrl()).startsWith("https://");
			}
			if (project.completedOn() != null) {
				assertThat(project.completedOn()).isAfterOrEqualTo(project.startedOn()).isBeforeOrEqualTo(TODAY);
			}
		}
	}

	private static Set<String> texts(JsonNode array) {
		Set<String> values = new HashSet<>();
		array.forEach(node -> values.add(node.asString()));
		return values.stream().collect(Collectors.toSet());
	}

}
