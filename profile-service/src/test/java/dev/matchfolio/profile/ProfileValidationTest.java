package dev.matchfolio.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.matchfolio.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.http.MediaType;

import static dev.matchfolio.profile.ProfileFixtures.body;
import static dev.matchfolio.profile.ProfileFixtures.bodyWith;
import static dev.matchfolio.profile.ProfileFixtures.json;
import static dev.matchfolio.profile.ProfileFixtures.withVersion;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProfileValidationTest extends ProfileWebTestSupport {

	private static final String CANDIDATE = TestTokens.bearer("alice", "CANDIDATE");

	private static final String RECRUITER = TestTokens.bearer("acme", "RECRUITER");

	static Stream<Arguments> invalidBodies() {
		return Stream.of(arguments(bodyWithout("displayName"), "displayName"),
				arguments(bodyWith("displayName", "  "), "displayName"),
				arguments(bodyWith("displayName", text(101)), "displayName"),
				arguments(bodyWith("headline", text(201)), "headline"),
				arguments(bodyWith("location", Map.of("city", text(101), "country", "DE")), "location.city"),
				arguments(bodyWith("location", Map.of("city", "Berlin", "country", "XX")), "location.country"),
				arguments(bodyWith("location", Map.of("city", "Berlin", "country", "de")), "location.country"),
				arguments(bodyWith("timezone", "Mars/Olympus_Mons"), "timezone"),
				arguments(bodyWith("timezone", "+02:00"), "timezone"),
				arguments(bodyWith("workModes", Collections.singletonList(null)), "workModes[0]"),
				arguments(bodyWith("yearsOfExperience", -1), "yearsOfExperience"),
				arguments(bodyWith("yearsOfExperience", 61), "yearsOfExperience"),
				arguments(bodyWith("skills", skills(101)), "skills"),
				arguments(bodyWith("skills", List.of(Map.of("level", 3))), "skills[0].name"),
				arguments(bodyWith("skills", List.of(Map.of("name", text(61)))), "skills[0].name"),
				arguments(bodyWith("skills", List.of(Map.of("name", "Java"), Map.of("name", " jAVA "))), "skills"),
				arguments(bodyWith("skills", List.of(Map.of("name", "Java", "level", 0))), "skills[0].level"),
				arguments(bodyWith("skills", List.of(Map.of("name", "Java", "level", 6))), "skills[0].level"),
				arguments(bodyWith("skills", List.of(Map.of("name", "Java", "years", -1))), "skills[0].years"),
				arguments(bodyWith("skills", List.of(Map.of("name", "Java", "years", 61))), "skills[0].years"),
				arguments(bodyWith("hourlyRate", Map.of("amount", -1, "currency", "EUR")), "hourlyRate.amount"),
				arguments(bodyWith("hourlyRate", Map.of("currency", "EUR")), "hourlyRate.amount"),
				arguments(bodyWith("hourlyRate", Map.of("amount", 60, "currency", "XYZ")), "hourlyRate.currency"),
				arguments(bodyWith("annualSalary", Map.of("amount", 65000, "currency", "eur")),
						"annualSalary.currency"),
				arguments(bodyWith("annualSalary", Map.of("amount", 1e40, "currency", "EUR")), "annualSalary.amount"),
				arguments(bodyWith("hoursPerWeek", 0), "hoursPerWeek"),
				arguments(bodyWith("hoursPerWeek", 81), "hoursPerWeek"),
				arguments(bodyWith("education", Collections.nCopies(11, Map.of("institution", "TU Berlin"))),
						"education"),
				arguments(bodyWith("education", List.of(Map.of("degree", "BSc"))), "education[0].institution"),
				arguments(bodyWith("education", List.of(Map.of("institution", text(201)))),
						"education[0].institution"),
				arguments(bodyWith("education", List.of(Map.of("institution", "TU", "degree", text(101)))),
						"education[0].degree"),
				arguments(bodyWith("education", List.of(Map.of("institution", "TU", "field", text(101)))),
						"education[0].field"),
				arguments(bodyWith("education", List.of(Map.of("institution", "TU", "graduationYear", 1949))),
						"education[0].graduationYear"),
				arguments(bodyWith("education", List.of(Map.of("institution", "TU", "graduationYear", 2101))),
						"education[0].graduationYear"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("invalidBodies")
	void invalidFieldIsNamedInAProblem400(Map<String, Object> body, String field) throws Exception {
		mvc.perform(post("/api/profiles").header("Authorization", CANDIDATE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(body)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		verifyNoInteractions(repository, relay);
	}

	static Stream<Arguments> unreadableBodies() {
		return Stream.of(arguments(bodyWith("workModes", List.of("SPACE")), "workModes[0]"),
				arguments(bodyWith("engagements", List.of("PART_TIME")), "engagements[0]"),
				arguments(bodyWith("yearsOfExperience", "many"), "yearsOfExperience"),
				arguments(bodyWith("availableFrom", "2026-13-01"), "availableFrom"),
				arguments(bodyWith("skills", "Java"), "skills"),
				arguments(bodyWith("nickname", "Al"), "nickname"));
	}

	@ParameterizedTest(name = "{1}")
	@MethodSource("unreadableBodies")
	void unknownEnumWrongTypeOrUnknownFieldIsAProblem400(Map<String, Object> body, String field) throws Exception {
		mvc.perform(post("/api/profiles").header("Authorization", CANDIDATE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(body)))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(field)));
		verifyNoInteractions(repository, relay);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"displayName\":", "", "[]", "\"Alice\"", "{\"displayName\": \"A\"} trailing" })
	void malformedJsonIsAProblem400(String body) throws Exception {
		mvc.perform(post("/api/profiles").header("Authorization", CANDIDATE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void putValidatesTheBodyLikePost() throws Exception {
		mvc.perform(put("/api/profiles/p-1").header("Authorization", CANDIDATE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(bodyWith("hoursPerWeek", 100))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("hoursPerWeek")));
		verifyNoInteractions(repository, relay);
	}

	@Test
	void nonJsonBodyIsAProblem415() throws Exception {
		mvc.perform(post("/api/profiles").header("Authorization", CANDIDATE)
			.contentType(MediaType.TEXT_PLAIN)
			.content("Alice"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@ParameterizedTest
	@ValueSource(strings = { "page=-1", "page=x", "page=1000001", "size=0", "size=101", "size=many" })
	void badPagingIsAProblem400NamingTheParameter(String query) throws Exception {
		String parameter = query.substring(0, query.indexOf('='));
		mvc.perform(get("/api/profiles?" + query).header("Authorization", RECRUITER))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(parameter)));
	}

	@Test
	void tooLongSkillSearchIsAProblem400() throws Exception {
		mvc.perform(get("/api/profiles?skill=" + text(61)).header("Authorization", RECRUITER))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.errors[*].field", hasItem("skill")));
	}

	@Test
	void theContractsExampleAndOptionalFieldsLeftOutAreValid() throws Exception {
		given(repository.insert(any(Profile.class))).willAnswer(call -> withVersion(call.getArgument(0), 1));

		mvc.perform(post("/api/profiles").header("Authorization", CANDIDATE)
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(body())))
			.andExpect(status().isCreated());
		mvc.perform(post("/api/profiles").header("Authorization", CANDIDATE)
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"displayName\": \"Bo\", \"workModes\": [\"REMOTE\", \"REMOTE\"], \"skills\": null}"))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.workModes.length()").value(1))
			.andExpect(jsonPath("$.skills").isEmpty())
			.andExpect(jsonPath("$.location").doesNotExist());
	}

	private static Map<String, Object> bodyWithout(String field) {
		Map<String, Object> body = body();
		body.remove(field);
		return body;
	}

	private static String text(int length) {
		return "x".repeat(length);
	}

	private static List<Map<String, Object>> skills(int count) {
		List<Map<String, Object>> skills = new ArrayList<>();
		IntStream.range(0, count).forEach(i -> skills.add(Map.of("name", "skill-" + i)));
		return skills;
	}

}
