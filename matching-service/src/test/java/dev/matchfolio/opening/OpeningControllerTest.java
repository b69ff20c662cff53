package dev.matchfolio.opening;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.IntStream;

import dev.matchfolio.WithServiceWebSupport;
import dev.matchfolio.testsupport.TestTokens;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static dev.matchfolio.opening.OpeningBodies.validBody;
import static dev.matchfolio.opening.OpeningBodies.with;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(OpeningController.class)
@WithServiceWebSupport
@Import(Openings.class)
class OpeningControllerTest {

	@DynamicPropertySource
	static void keys(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	OpeningRepository repository;

	@MockitoBean
	MongoOperations mongo;

	@Test
	void recruiterCreatesAnOpeningWithDefaultsLocationAndETag() throws Exception {
		savesAsVersionOne();

		post(validBody(), "acme", "RECRUITER").andExpect(status().isCreated())
			.andExpect(header().string("Location", startsWith("/api/openings/o-")))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.id", startsWith("o-")))
			.andExpect(jsonPath("$.ownerId").value("acme"))
			.andExpect(jsonPath("$.requiredSkills[1].name").value("PostgreSQL"))
			.andExpect(jsonPath("$.requiredSkills[1].minLevel").value(1))
			.andExpect(jsonPath("$.requiredSkills[1].weight").value(1.0))
			.andExpect(jsonPath("$.niceToHaveSkills").isEmpty())
			.andExpect(jsonPath("$.status").value("OPEN"))
			.andExpect(jsonPath("$.maxYearsOfExperience").isEmpty())
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void agencyMayPostInternshipsButNothingElse() throws Exception {
		savesAsVersionOne();

		post(validBody(), "agency-1", "AGENCY").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		post(with(body -> body.put("kind", "FREELANCE")), "agency-1", "AGENCY").andExpect(status().isForbidden());
		post(with(body -> body.put("kind", "INTERNSHIP")), "agency-1", "AGENCY").andExpect(status().isCreated());
		verify(repository, times(1)).insert(any(Opening.class));
	}

	@Test
	void candidatesAndAnonymousCallersCannotPost() throws Exception {
		post(validBody(), "alice", "CANDIDATE").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(MockMvcRequestBuilders.post("/api/openings")
			.contentType(MediaType.APPLICATION_JSON)
			.content(validBody())).andExpect(status().isUnauthorized());
		verify(repository, never()).insert(any(Opening.class));
	}

	@Test
	void invalidFieldsAreListedInTheProblem() throws Exception {
		Map<String, Consumer<Map<String, Object>>> cases = new LinkedHashMap<>();
		cases.put("title", body -> body.remove("title"));
		cases.put("kind", body -> body.remove("kind"));
		cases.put("organization", body -> body.put("organization", "x".repeat(201)));
		cases.put("description", body -> body.put("description", "x".repeat(5001)));
		cases.put("requiredSkills", body -> body.put("requiredSkills", List.of()));
		cases.put("requiredSkills[0].name", body -> body.put("requiredSkills", List.of(Map.of("name", " "))));
		cases.put("requiredSkills[0].minLevel",
				body -> body.put("requiredSkills", List.of(Map.of("name", "Java", "minLevel", 6))));
		cases.put("requiredSkills[0].weight",
				body -> body.put("requiredSkills", List.of(Map.of("name", "Java", "weight", 0))));
		cases.put("niceToHaveSkills[0].weight",
				body -> body.put("niceToHaveSkills", List.of(Map.of("name", "Go", "weight", 10.5))));
		cases.put("requiredSkills ",
				body -> body.put("requiredSkills", List.of(Map.of("name", "Java"), Map.of("name", " jAVA "))));
		cases.put("niceToHaveSkills", body -> body.put("niceToHaveSkills",
				IntStream.range(0, 51).mapToObj(i -> Map.of("name", "skill" + i)).toList()));
		cases.put("maxYearsOfExperience", body -> {
			body.put("minYearsOfExperience", 5);
			body.put("maxYearsOfExperience", 3);
		});
		cases.put("minYearsOfExperience", body -> body.put("minYearsOfExperience", 61));
		cases.put("location.country", body -> body.put("location", Map.of("city", "Berlin", "country", "XX")));
		cases.put("annualSalaryMax.currency",
				body -> body.put("annualSalaryMax", Map.of("amount", 80000, "currency", "EURO")));
		cases.put("hourlyRateMax.amount", body -> body.put("hourlyRateMax", Map.of("amount", -1, "currency", "EUR")));
		cases.put("hoursPerWeek", body -> body.put("hoursPerWeek", 81));
		cases.put("durationWeeks", body -> body.put("durationWeeks", 0));
		for (var entry : cases.entrySet()) {
			post(with(entry.getValue()), "acme", "RECRUITER").andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.errors[*].field", hasItem(entry.getKey().strip())));
		}
		verify(repository, never()).insert(any(Opening.class));
	}

	@Test
	void unknownEnumValuesUnknownFieldsAndMalformedJsonAreProblem400() throws Exception {
		for (String body : new String[] { with(b -> b.put("kind", "FULL_TIME_JOB")),
				with(b -> b.put("workMode", "MOON")), with(b -> b.put("status", "ARCHIVED")),
				with(b -> b.put("salary", 1)), "{\"kind\": ", "[]" }) {
			post(body, "acme", "RECRUITER").andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void theReadOnlyFieldsOfAResponseAreAcceptedAndIgnored() throws Exception {
		savesAsVersionOne();
		post(with(body -> {
			body.put("id", "o-mine");
			body.put("ownerId", "someone-else");
			body.put("version", 7);
		}), "acme", "RECRUITER").andExpect(status().isCreated())
			.andExpect(jsonPath("$.ownerId").value("acme"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void onlyTheOwnerMayChangeAnOpening() throws Exception {
		stored("o-1", "acme", 1);

		put("o-1", validBody(), null, "other-recruiter", "RECRUITER").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		put("o-1", validBody(), null, "root", "ADMIN").andExpect(status().isForbidden());
		verify(repository, never()).save(any(Opening.class));
	}

	@Test
	void staleIfMatchIsRejectedAndNothingIsSaved() throws Exception {
		stored("o-1", "acme", 3);

		put("o-1", with(b -> b.put("title", "Changed")), "\"2\"", "acme", "RECRUITER")
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verify(repository, never()).save(any(Opening.class));
	}

	@Test
	void matchingIfMatchUpdatesAndReturnsTheNewVersion() throws Exception {
		stored("o-1", "acme", 3);
		when(repository.save(any(Opening.class))).thenAnswer(call -> {
			Opening opening = call.getArgument(0);
			ReflectionTestUtils.setField(opening, "version", 4L);
			return opening;
		});

		put("o-1", with(b -> b.put("title", "Changed")), "W/\"3\"", "acme", "RECRUITER").andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"4\""))
			.andExpect(jsonPath("$.title").value("Changed"))
			.andExpect(jsonPath("$.version").value(4));
	}

	@Test
	void anAgencyCannotTurnItsInternshipIntoAJob() throws Exception {
		stored("o-1", "agency-1", 1);

		put("o-1", validBody(), null, "agency-1", "AGENCY").andExpect(status().isForbidden());
		verify(repository, never()).save(any(Opening.class));
	}

	@Test
	void onlyTheOwnerDeletesOthersAndAdminsAreForbiddenAndUnknownIsNotFound() throws Exception {
		Opening opening = stored("o-1", "acme", 1);
		when(repository.findById("o-404")).thenReturn(Optional.empty());

		mvc.perform(delete("/api/openings/o-1").header("Authorization", TestTokens.bearer("other", "RECRUITER")))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/openings/o-1").header("Authorization", TestTokens.bearer("root", "ADMIN")))
			.andExpect(status().isForbidden());
		mvc.perform(delete("/api/openings/o-1").header("Authorization", TestTokens.bearer("acme", "RECRUITER")))
			.andExpect(status().isNoContent());
		mvc.perform(delete("/api/openings/o-404").header("Authorization", TestTokens.bearer("acme", "RECRUITER")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verify(repository, times(1)).delete(opening);
	}

	@Test
	void anyRoleReadsAnOpeningWithItsETag() throws Exception {
		stored("o-1", "acme", 5);

		mvc.perform(get("/api/openings/o-1").header("Authorization", TestTokens.bearer("alice", "CANDIDATE")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"5\""))
			.andExpect(jsonPath("$.kind").value("BACKEND_JOB"));
	}

	@Test
	void whileTheStoreIsAwayAnOpeningReadBeforeIsServedAsItsLastKnownCopyAndADeletedOneIs503() throws Exception {
		stored("o-seen", "acme", 4);
		Opening deleted = stored("o-deleted", "acme", 1);
		for (String id : List.of("o-seen", "o-deleted")) {
			mvc.perform(get("/api/openings/" + id).header("Authorization", TestTokens.bearer("a", "CANDIDATE")))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist("Cache-Status"));
		}
		mvc.perform(delete("/api/openings/o-deleted").header("Authorization", TestTokens.bearer("acme", "RECRUITER")))
			.andExpect(status().isNoContent());
		verify(repository).delete(deleted);

		when(repository.findById(any())).thenThrow(new DataAccessResourceFailureException("store away"));

		mvc.perform(get("/api/openings/o-seen").header("Authorization", TestTokens.bearer("a", "CANDIDATE")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"4\""))
			.andExpect(header().string("Cache-Status", "matching-service; hit; detail=\"store unavailable\""))
			.andExpect(jsonPath("$.kind").value("BACKEND_JOB"));
		for (String id : List.of("o-deleted", "o-never-read")) {
			mvc.perform(get("/api/openings/" + id).header("Authorization", TestTokens.bearer("a", "CANDIDATE")))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().exists("Retry-After"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void listingValidatesPagingAndFilters() throws Exception {
		when(mongo.find(any(Query.class), eq(Opening.class))).thenReturn(List.of());
		when(mongo.count(any(Query.class), eq(Opening.class))).thenReturn(0L);

		for (String query : new String[] { "size=0", "size=101", "page=-1", "kind=FULL_TIME", "status=ANY",
				"page=x" }) {
			mvc.perform(get("/api/openings?" + query).header("Authorization", TestTokens.bearer("a", "AGENCY")))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		mvc.perform(get("/api/openings?kind=INTERNSHIP&status=OPEN&page=1&size=5").header("Authorization",
				TestTokens.bearer("a", "CANDIDATE")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.items").isEmpty());
	}

	private void savesAsVersionOne() {
		when(repository.insert(any(Opening.class))).thenAnswer(call -> {
			Opening opening = call.getArgument(0);
			ReflectionTestUtils.setField(opening, "version", 1L);
			return opening;
		});
	}

	private Opening stored(String id, String ownerId, long version) throws Exception {
		Opening opening = new Opening(id, ownerId, Instant.parse("2026-11-01T00:00:00Z"));
		opening.apply(OpeningBodies.JSON.readValue(validBody(), OpeningRequest.class), Instant.parse("2026-11-01T00:00:00Z"));
		if (ownerId.startsWith("agency")) {
			ReflectionTestUtils.setField(opening, "kind", OpeningKind.INTERNSHIP);
		}
		ReflectionTestUtils.setField(opening, "version", version);
		when(repository.findById(id)).thenReturn(Optional.of(opening));
		return opening;
	}

	private ResultActions post(String body, String subject, String... roles) throws Exception {
		return mvc.perform(MockMvcRequestBuilders.post("/api/openings")
			.header("Authorization", TestTokens.bearer(subject, roles))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body));
	}

	private ResultActions put(String id, String body, String ifMatch, String subject, String... roles)
			throws Exception {
		var request = MockMvcRequestBuilders.put("/api/openings/" + id)
			.header("Authorization", TestTokens.bearer(subject, roles))
			.contentType(MediaType.APPLICATION_JSON)
			.content(body);
		if (ifMatch != null) {
			request.header("If-Match", ifMatch);
		}
		return mvc.perform(request);
	}

}
