package dev.matchfolio.project;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import dev.matchfolio.attachment.AttachmentProperties;
import dev.matchfolio.attachment.AttachmentStore;
import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.PortfolioEvent;
import dev.matchfolio.events.ProjectUpserted;
import dev.matchfolio.profile.KnownProfile;
import dev.matchfolio.profile.KnownProfiles;
import dev.matchfolio.support.ServiceSupportAutoConfiguration;
import dev.matchfolio.support.outbox.OutboxEntry;
import dev.matchfolio.support.outbox.OutboxSignal;
import dev.matchfolio.support.security.ServiceSecurityConfiguration;
import dev.matchfolio.support.store.StoreAutoConfiguration;
import dev.matchfolio.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterAutoConfiguration;
import org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willReturn;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.never;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(ProjectController.class)
@ImportAutoConfiguration({ SecurityAutoConfiguration.class, ServletWebSecurityAutoConfiguration.class,
		SecurityFilterAutoConfiguration.class, ServiceSecurityConfiguration.class,
		ServiceSupportAutoConfiguration.class, StoreAutoConfiguration.class })
@Import(ProjectService.class)
@EnableConfigurationProperties({ ProjectProperties.class, AttachmentProperties.class })
class ProjectControllerTest {

	static final String PROJECTS = "/api/portfolios/p-1/projects";

	static final String ALICE = TestTokens.bearer("alice", "CANDIDATE");

	static final JsonMapper JSON = JsonMapper.builder().build();

	@DynamicPropertySource
	static void keys(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	ProjectRepository repository;

	@MockitoBean
	KnownProfiles profiles;

	@MockitoBean
	OutboxSignal relay;

	@MockitoBean
	AttachmentStore attachments;

	Project stored;

	@BeforeEach
	void aliceOwnsProfileP1WithOneProject() {
		KnownProfile alice = new KnownProfile("p-1", "alice", 1, false);
		given(profiles.live("p-1")).willReturn(Optional.of(alice));
		given(profiles.awaitLive("p-1")).willReturn(Optional.of(alice));
		stored = ProjectEventsTest.stored(2);
		given(repository.findById(stored.id())).willReturn(Optional.of(stored));
		given(repository.insert(any(Project.class))).willAnswer(invocation -> {
			Project project = invocation.getArgument(0);
			ReflectionTestUtils.setField(project, "version", 1L);
			return project;
		});
		given(repository.update(any(Project.class), any(OutboxEntry.class))).willAnswer(invocation -> {
			Project project = invocation.getArgument(0);
			project.versionRaised();
			return project;
		});
	}

	@Test
	void ownerCreatesAProjectAnd201CarriesLocationEtagAndTheProject() throws Exception {
		send(post(PROJECTS), ALICE, validBody()).andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern(PROJECTS + "/pr-[0-9a-z]+")))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.id").isString())
			.andExpect(jsonPath("$.candidateId").value("p-1"))
			.andExpect(jsonPath("$.skills[1]").value("Kafka"))
			.andExpect(jsonPath("$.liveUrl").isEmpty())
			.andExpect(jsonPath("$.startedOn").value("2025-01-01"))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.attachments").isEmpty());
		then(repository).should()
			.insert(argThat((Project project) -> project.outbox().size() == 1
					&& event(project.outbox().get(0)) instanceof ProjectUpserted upserted && upserted.version() == 1));
		then(relay).should().wake();
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource("invalidFields")
	void invalidFieldsAre400ProblemsNamingTheField(String field, Object value, String reported) throws Exception {
		Map<String, Object> body = validBody();
		body.put(field, value);
		send(post(PROJECTS), ALICE, body).andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[*].field", hasItem(reported)));
		thenNothingWasWritten();
	}

	static Stream<Arguments> invalidFields() {
		return Stream.of(Arguments.of("repositoryUrl", "javascript:alert(1)", "repositoryUrl"),
				Arguments.of("repositoryUrl", "ftp://example.org/ledger", "repositoryUrl"),
				Arguments.of("liveUrl", "/alice/ledger", "liveUrl"), Arguments.of("liveUrl", "example.org", "liveUrl"),
				Arguments.of("liveUrl", "https://example.org/" + "a".repeat(2000), "liveUrl"),
				Arguments.of("title", null, "title"), Arguments.of("title", "  ", "title"),
				Arguments.of("title", "t".repeat(201), "title"), Arguments.of("summary", null, "summary"),
				Arguments.of("summary", "s".repeat(2001), "summary"), Arguments.of("role", "r".repeat(101), "role"),
				Arguments.of("skills", List.of("Java", "java "), "skills"),
				Arguments.of("skills", IntStream.range(0, 51).mapToObj(i -> "skill" + i).toList(), "skills"),
				Arguments.of("skills", List.of("k".repeat(61)), "skills[0]"),
				Arguments.of("skills", List.of("Java", ""), "skills[1]"),
				Arguments.of("completedOn", "2024-12-31", "completedOn"),
				Arguments.of("startedOn", "2025-13-01", "startedOn"), Arguments.of("skills", "Java", "skills"),
				Arguments.of("ownerId", "mallory", "ownerId"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "{\"title\":", "not json", "[]" })
	void malformedJsonIs400Problem(String body) throws Exception {
		mvc.perform(post(PROJECTS).header("Authorization", ALICE).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void sameDayStartAndCompletionIsFine() throws Exception {
		Map<String, Object> body = validBody();
		body.put("completedOn", "2025-01-01");
		send(post(PROJECTS), ALICE, body).andExpect(status().isCreated());
	}

	@Test
	void requestsWithoutAValidTokenAre401() throws Exception {
		mvc.perform(get(PROJECTS)).andExpect(status().isUnauthorized());
		send(post(PROJECTS), TestTokens.expiredToken("alice", "CANDIDATE"), validBody())
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void nonOwnerWritesAre403AndChangeNothing() throws Exception {
		String bob = TestTokens.bearer("bob", "CANDIDATE");
		send(post(PROJECTS), bob, validBody()).andExpect(status().isForbidden());
		send(put(PROJECTS + "/" + stored.id()), bob, validBody()).andExpect(status().isForbidden());
		mvc.perform(delete(PROJECTS + "/" + stored.id()).header("Authorization", bob))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		thenNothingWasWritten();
		then(relay).shouldHaveNoInteractions();
		then(attachments).shouldHaveNoInteractions();
	}

	@Test
	void anAdminMayNeitherEditNorDeleteAnotherCandidatesProject() throws Exception {
		String admin = TestTokens.bearer("root", "ADMIN");
		send(put(PROJECTS + "/" + stored.id()), admin, validBody()).andExpect(status().isForbidden());
		mvc.perform(delete(PROJECTS + "/" + stored.id()).header("Authorization", admin))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		thenNothingWasWritten();
		then(relay).shouldHaveNoInteractions();
		then(attachments).shouldHaveNoInteractions();
	}

	@Test
	void anyRoleReadsAProjectWithItsEtag() throws Exception {
		mvc.perform(get(PROJECTS + "/" + stored.id()).header("Authorization", TestTokens.bearer("acme", "RECRUITER")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""))
			.andExpect(jsonPath("$.title").value("Ledger"))
			.andExpect(jsonPath("$.version").value(2));
	}

	@Test
	void whileTheStoreIsAwayAProjectReadBeforeIsServedAsItsLastKnownCopyUntilThisInstanceChangesIt()
			throws Exception {
		mvc.perform(get(PROJECTS + "/" + stored.id()).header("Authorization", TestTokens.bearer("acme", "RECRUITER")))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("Cache-Status"));
		given(repository.findById(any())).willThrow(new DataAccessResourceFailureException("store away"));

		mvc.perform(get(PROJECTS + "/" + stored.id()).header("Authorization", TestTokens.bearer("acme", "RECRUITER")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""))
			.andExpect(header().string("Cache-Status", "portfolio-service; hit; detail=\"store unavailable\""))
			.andExpect(jsonPath("$.title").value("Ledger"));
		mvc.perform(get("/api/candidates/p-2/projects/" + stored.id())
			.header("Authorization", TestTokens.bearer("acme", "RECRUITER"))).andExpect(status().isNotFound());

		willReturn(Optional.of(stored)).given(repository).findById(any());
		send(put(PROJECTS + "/" + stored.id()).header("If-Match", "\"2\""), ALICE, validBody())
			.andExpect(status().isOk());
		willThrow(new DataAccessResourceFailureException("store away")).given(repository).findById(any());
		mvc.perform(get(PROJECTS + "/" + stored.id()).header("Authorization", TestTokens.bearer("acme", "RECRUITER")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void updateWithCurrentIfMatchBumpsTheVersion() throws Exception {
		send(put(PROJECTS + "/" + stored.id()).header("If-Match", "\"2\""), ALICE, validBody())
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"3\""))
			.andExpect(jsonPath("$.version").value(3));
		then(repository).should()
			.update(any(Project.class), argThat(entry -> event(entry) instanceof ProjectUpserted upserted
					&& upserted.version() == 3 && upserted.project().title().equals("Ledger")));
		then(relay).should().wake();
	}

	@Test
	void staleIfMatchIs412AndNothingChanges() throws Exception {
		Map<String, Object> body = validBody();
		body.put("title", "Overwritten");
		send(put(PROJECTS + "/" + stored.id()).header("If-Match", "\"1\""), ALICE, body)
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(delete(PROJECTS + "/" + stored.id()).header("Authorization", ALICE).header("If-Match", "\"1\""))
			.andExpect(status().isPreconditionFailed());
		thenNothingWasWritten();
		then(relay).shouldHaveNoInteractions();
		assertThat(stored.title()).isEqualTo("Ledger");
	}

	@Test
	void unknownProjectsProjectsOfAnotherCandidateAndUnknownProfilesAre404() throws Exception {
		mvc.perform(get(PROJECTS + "/pr-nope").header("Authorization", ALICE))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value("Project pr-nope does not exist"));
		given(profiles.live("p-2")).willReturn(Optional.of(new KnownProfile("p-2", "alice", 1, false)));
		mvc.perform(get("/api/portfolios/p-2/projects/" + stored.id()).header("Authorization", ALICE))
			.andExpect(status().isNotFound());
		send(put("/api/portfolios/p-2/projects/" + stored.id()), ALICE, validBody()).andExpect(status().isNotFound());
		given(profiles.awaitLive(anyString())).willReturn(Optional.empty());
		send(post("/api/portfolios/p-ghost/projects"), ALICE, validBody()).andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value("Profile p-ghost does not exist"));
		mvc.perform(get("/api/portfolios/p-ghost/projects").header("Authorization", ALICE))
			.andExpect(status().isNotFound());
	}

	@Test
	void aTombstoneWaitingForItsEventIsGoneForReadsUpdatesAndDeletes() throws Exception {
		ReflectionTestUtils.setField(stored, "deleted", true);

		mvc.perform(get(PROJECTS + "/" + stored.id()).header("Authorization", ALICE)).andExpect(status().isNotFound());
		send(put(PROJECTS + "/" + stored.id()), ALICE, validBody()).andExpect(status().isNotFound());
		mvc.perform(delete(PROJECTS + "/" + stored.id()).header("Authorization", ALICE))
			.andExpect(status().isNotFound());
		thenNothingWasWritten();
		then(relay).shouldHaveNoInteractions();
	}

	@Test
	void aFullPortfolioRefusesOneMoreWith409() throws Exception {
		given(repository.countByCandidateIdAndDeletedIsNull("p-1")).willReturn(200L);
		send(post(PROJECTS), ALICE, validBody()).andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		thenNothingWasWritten();
	}

	@Test
	void listIsPagedNewestFirst() throws Exception {
		given(repository.findByCandidateIdAndDeletedIsNull(eq("p-1"), any(Pageable.class)))
			.willAnswer(invocation -> new PageImpl<>(List.of(stored), invocation.getArgument(1), 41));
		mvc.perform(get(PROJECTS + "?page=2&size=20").header("Authorization", TestTokens.bearer("acme", "AGENCY")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(stored.id()))
			.andExpect(jsonPath("$.page").value(2))
			.andExpect(jsonPath("$.size").value(20))
			.andExpect(jsonPath("$.total").value(41));
		then(repository).should()
			.findByCandidateIdAndDeletedIsNull("p-1",
					PageRequest.of(2, 20, Sort.by(Sort.Order.desc("createdAt"), Sort.Order.desc("id"))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "page=-1", "size=0", "size=101", "page=x" })
	void badPagingIs400NamingTheParameter(String query) throws Exception {
		mvc.perform(get(PROJECTS + "?" + query).header("Authorization", ALICE))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.errors[0].field").value(query.substring(0, query.indexOf('='))));
	}

	private void thenNothingWasWritten() {
		then(repository).should(never()).insert(any(Project.class));
		then(repository).should(never()).update(any(), any());
		then(repository).should(never()).tombstone(any(), any());
	}

	private static PortfolioEvent event(OutboxEntry entry) {
		return EventJson.readPortfolioEvent(entry.payloadBytes());
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String authorization, Object body)
			throws Exception {
		String bearer = authorization.startsWith("Bearer ") ? authorization : "Bearer " + authorization;
		return mvc.perform(request.header("Authorization", bearer)
			.contentType(MediaType.APPLICATION_JSON)
			.content(JSON.writeValueAsString(body)));
	}

	static Map<String, Object> validBody() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("title", "Ledger");
		body.put("summary", "Double-entry ledger");
		body.put("role", "Lead");
		body.put("skills", List.of("Java", "Kafka"));
		body.put("repositoryUrl", "https://example.org/ledger");
		body.put("liveUrl", null);
		body.put("startedOn", "2025-01-01");
		body.put("completedOn", "2025-06-30");
		return body;
	}

}
