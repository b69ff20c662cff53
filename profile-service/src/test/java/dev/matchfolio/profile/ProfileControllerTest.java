package dev.matchfolio.profile;

import java.util.List;
import java.util.Optional;

import dev.matchfolio.events.ProfileDeleted;
import dev.matchfolio.events.ProfileUpserted;
import dev.matchfolio.support.outbox.OutboxEntry;
import dev.matchfolio.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mockito.ArgumentCaptor;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.http.MediaType;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static dev.matchfolio.profile.ProfileFixtures.body;
import static dev.matchfolio.profile.ProfileFixtures.event;
import static dev.matchfolio.profile.ProfileFixtures.json;
import static dev.matchfolio.profile.ProfileFixtures.stored;
import static dev.matchfolio.profile.ProfileFixtures.withVersion;
import static dev.matchfolio.testsupport.TestTokens.bearer;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.springframework.http.HttpHeaders.AUTHORIZATION;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

class ProfileControllerTest extends ProfileWebTestSupport {

	@Test
	void candidateCreatesAProfileAndGetsLocationEtagAndVersionOne() throws Exception {
		given(repository.insert(any(Profile.class))).willAnswer(call -> withVersion(call.getArgument(0), 1));

		send(post("/api/profiles"), "alice", "CANDIDATE").andExpect(status().isCreated())
			.andExpect(header().string("Location", matchesPattern("/api/profiles/p-[A-Za-z0-9_-]{12}")))
			.andExpect(header().string("ETag", "\"1\""))
			.andExpect(jsonPath("$.id").value(matchesPattern("p-[A-Za-z0-9_-]{12}")))
			.andExpect(jsonPath("$.ownerId").value("alice"))
			.andExpect(jsonPath("$.displayName").value("Alice Doe"))
			.andExpect(jsonPath("$.location.country").value("DE"))
			.andExpect(jsonPath("$.workModes[1]").value("HYBRID"))
			.andExpect(jsonPath("$.skills[0].name").value("Java"))
			.andExpect(jsonPath("$.hourlyRate.amount").value(60))
			.andExpect(jsonPath("$.availableFrom").value("2026-12-01"))
			.andExpect(jsonPath("$.education[0].graduationYear").value(2027))
			.andExpect(jsonPath("$.version").value(1))
			.andExpect(jsonPath("$.content").doesNotExist());
		// the event is stored by the same insert as the profile, and the relay is woken to publish it
		ArgumentCaptor<Profile> inserted = ArgumentCaptor.forClass(Profile.class);
		verify(repository).insert(inserted.capture());
		assertThat(inserted.getValue().outbox()).hasSize(1);
		assertThat(event(inserted.getValue().outbox().get(0))).isInstanceOfSatisfying(ProfileUpserted.class,
				upserted -> {
					assertThat(upserted.version()).isOne();
					assertThat(upserted.profile().ownerId()).isEqualTo("alice");
				});
		verify(relay).wake();
	}

	@Test
	void idOwnerAndVersionInTheBodyAreIgnored() throws Exception {
		given(repository.insert(any(Profile.class))).willAnswer(call -> withVersion(call.getArgument(0), 1));
		var body = body();
		body.put("id", "p-chosenbyme0");
		body.put("ownerId", "mallory");
		body.put("version", 99);

		mvc.perform(post("/api/profiles").header(AUTHORIZATION, bearer("alice", "CANDIDATE"))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(body)))
			.andExpect(status().isCreated())
			.andExpect(jsonPath("$.id").value(not("p-chosenbyme0")))
			.andExpect(jsonPath("$.ownerId").value("alice"))
			.andExpect(jsonPath("$.version").value(1));
	}

	@Test
	void secondProfileOfTheSameUserIsAConflict() throws Exception {
		given(repository.insert(any(Profile.class))).willThrow(new DuplicateKeyException("E11000 ownerId"));

		send(post("/api/profiles"), "alice", "CANDIDATE").andExpect(status().isConflict())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(409));
		verify(relay, never()).wake();
	}

	@Test
	void onlyCandidatesCreateProfiles() throws Exception {
		send(post("/api/profiles"), "acme", "RECRUITER").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verify(repository, never()).insert(any(Profile.class));
	}

	@Test
	void requestsWithoutAValidTokenAre401() throws Exception {
		for (MockHttpServletRequestBuilder request : List.of(get("/api/profiles/p-1"), get("/api/profiles/me"),
				get("/api/profiles"), post("/api/profiles").contentType(MediaType.APPLICATION_JSON).content("{}"),
				put("/api/profiles/p-1"), delete("/api/profiles/p-1"))) {
			mvc.perform(request)
				.andExpect(status().isUnauthorized())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		mvc.perform(get("/api/profiles/p-1").header(AUTHORIZATION,
				"Bearer " + TestTokens.forgedToken("alice", "CANDIDATE")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void meIsTheCallersProfileOr404() throws Exception {
		Profile alices = stored("alice", 2);
		given(repository.findByOwnerId("alice")).willReturn(Optional.of(alices));
		given(repository.findByOwnerId("bob")).willReturn(Optional.empty());

		mvc.perform(get("/api/profiles/me").header(AUTHORIZATION, bearer("alice", "CANDIDATE")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"2\""))
			.andExpect(jsonPath("$.id").value(alices.id()));
		mvc.perform(get("/api/profiles/me").header(AUTHORIZATION, bearer("bob", "CANDIDATE")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void anyRoleReadsAProfileById() throws Exception {
		Profile profile = stored("alice", 3);
		given(repository.findById(profile.id())).willReturn(Optional.of(profile));

		mvc.perform(get("/api/profiles/" + profile.id()).header(AUTHORIZATION, bearer("acme", "AGENCY")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"3\""))
			.andExpect(jsonPath("$.ownerId").value("alice"))
			.andExpect(jsonPath("$.version").value(3));
	}

	@Test
	void whileTheStoreIsAwayAProfileReadBeforeIsServedAsItsLastKnownCopyAndADeletedOrUnseenOneIs503()
			throws Exception {
		Profile seen = stored("carol", 5);
		Profile deleted = stored("dave", 2);
		given(repository.findById(seen.id())).willReturn(Optional.of(seen));
		given(repository.findById(deleted.id())).willReturn(Optional.of(deleted));
		for (Profile profile : List.of(seen, deleted)) {
			mvc.perform(get("/api/profiles/" + profile.id()).header(AUTHORIZATION, bearer("acme", "RECRUITER")))
				.andExpect(status().isOk())
				.andExpect(header().doesNotExist("Cache-Status"));
		}
		mvc.perform(delete("/api/profiles/" + deleted.id()).header(AUTHORIZATION, bearer("dave", "CANDIDATE")))
			.andExpect(status().isNoContent());

		given(repository.findById(any())).willThrow(new DataAccessResourceFailureException("store away"));

		mvc.perform(get("/api/profiles/" + seen.id()).header(AUTHORIZATION, bearer("acme", "AGENCY")))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"5\""))
			.andExpect(header().string("Cache-Status", "profile-service; hit; detail=\"store unavailable\""))
			.andExpect(jsonPath("$.ownerId").value("carol"))
			.andExpect(jsonPath("$.version").value(5));
		for (String id : List.of(deleted.id(), "p-never-read")) {
			mvc.perform(get("/api/profiles/" + id).header(AUTHORIZATION, bearer("acme", "RECRUITER")))
				.andExpect(status().isServiceUnavailable())
				.andExpect(header().exists("Retry-After"))
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
		send(put("/api/profiles/" + seen.id()), "carol", "CANDIDATE").andExpect(status().isServiceUnavailable());
	}

	@Test
	void unknownIdIs404() throws Exception {
		given(repository.findById("p-nobody")).willReturn(Optional.empty());

		mvc.perform(get("/api/profiles/p-nobody").header(AUTHORIZATION, bearer("acme", "RECRUITER")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404));
		send(put("/api/profiles/p-nobody"), "alice", "CANDIDATE").andExpect(status().isNotFound());
		mvc.perform(delete("/api/profiles/p-nobody").header(AUTHORIZATION, bearer("root", "ADMIN")))
			.andExpect(status().isNotFound());
	}

	@Test
	void ownerUpdatesWithAMatchingIfMatchAndTheVersionGoesUp() throws Exception {
		Profile profile = stored("alice", 3);
		given(repository.findById(profile.id())).willReturn(Optional.of(profile));
		given(repository.update(eq(profile), any())).willAnswer(call -> withVersion(call.getArgument(0), 4));
		var body = body();
		body.put("displayName", "Alice B. Doe");

		mvc.perform(put("/api/profiles/" + profile.id()).header(AUTHORIZATION, bearer("alice", "CANDIDATE"))
			.header("If-Match", "\"3\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(body)))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"4\""))
			.andExpect(jsonPath("$.displayName").value("Alice B. Doe"))
			.andExpect(jsonPath("$.version").value(4));
		ArgumentCaptor<OutboxEntry> appended = ArgumentCaptor.forClass(OutboxEntry.class);
		verify(repository).update(eq(profile), appended.capture());
		assertThat(event(appended.getValue())).isInstanceOfSatisfying(ProfileUpserted.class, upserted -> {
			assertThat(upserted.version()).isEqualTo(4);
			assertThat(upserted.profile().displayName()).isEqualTo("Alice B. Doe");
		});
		verify(relay).wake();
	}

	@Test
	void staleIfMatchIs412AndNothingIsWritten() throws Exception {
		Profile profile = stored("alice", 3);
		given(repository.findById(profile.id())).willReturn(Optional.of(profile));

		mvc.perform(put("/api/profiles/" + profile.id()).header(AUTHORIZATION, bearer("alice", "CANDIDATE"))
			.header("If-Match", "\"2\"")
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(ProfileFixtures.bodyWith("displayName", "Overwritten"))))
			.andExpect(status().isPreconditionFailed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		verify(repository, never()).update(any(), any());
		verify(relay, never()).wake();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "W/\"3\"|200", "\"1\", \"3\"|200", "*|200", "3|412", "\"03\"|412" })
	void ifMatchAcceptsTheCurrentVersionInEveryEtagForm(String ifMatch, int expectedStatus) throws Exception {
		Profile profile = stored("alice", 3);
		given(repository.findById(profile.id())).willReturn(Optional.of(profile));
		given(repository.update(eq(profile), any())).willAnswer(call -> withVersion(call.getArgument(0), 4));

		send(put("/api/profiles/" + profile.id()).header("If-Match", ifMatch), "alice", "CANDIDATE")
			.andExpect(status().is(expectedStatus));
	}

	@Test
	void concurrentChangeBetweenReadAndWriteIs409() throws Exception {
		Profile profile = stored("alice", 3);
		given(repository.findById(profile.id())).willReturn(Optional.of(profile));
		given(repository.update(eq(profile), any()))
			.willThrow(new OptimisticLockingFailureException("version 3 is gone"));

		send(put("/api/profiles/" + profile.id()), "alice", "CANDIDATE").andExpect(status().isConflict());
		verify(relay, never()).wake();
	}

	@Test
	void anotherCandidateCannotChangeOrDeleteAProfile() throws Exception {
		Profile profile = stored("alice", 3);
		given(repository.findById(profile.id())).willReturn(Optional.of(profile));

		send(put("/api/profiles/" + profile.id()), "bob", "CANDIDATE").andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(delete("/api/profiles/" + profile.id()).header(AUTHORIZATION, bearer("bob", "CANDIDATE")))
			.andExpect(status().isForbidden());
		// an admin may delete but not edit someone else's profile
		send(put("/api/profiles/" + profile.id()), "root", "ADMIN").andExpect(status().isForbidden());
		verify(repository, never()).update(any(), any());
		verify(repository, never()).tombstone(any(), any());
		verify(relay, never()).wake();
	}

	@Test
	void ownerOrAdminDeletesAndADeletionEventFollowsTheLastVersion() throws Exception {
		Profile profile = stored("alice", 3);
		given(repository.findById(profile.id())).willReturn(Optional.of(profile));

		mvc.perform(delete("/api/profiles/" + profile.id()).header(AUTHORIZATION, bearer("root", "ADMIN")))
			.andExpect(status().isNoContent());
		mvc.perform(delete("/api/profiles/" + profile.id()).header(AUTHORIZATION, bearer("alice", "CANDIDATE")))
			.andExpect(status().isNoContent());
		verify(repository, times(2)).tombstone(eq(profile),
				argThat(entry -> event(entry) instanceof ProfileDeleted deleted && deleted.version() == 4
						&& deleted.candidateId().equals(profile.id())));
		verify(relay, times(2)).wake();
	}

	@Test
	void aDeletedProfileWhoseEventIsNotPublishedYetIs404() throws Exception {
		Profile tombstone = stored("alice", 4);
		ReflectionTestUtils.setField(tombstone, "deleted", true);
		given(repository.findById(tombstone.id())).willReturn(Optional.of(tombstone));

		mvc.perform(get("/api/profiles/" + tombstone.id()).header(AUTHORIZATION, bearer("acme", "RECRUITER")))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		send(put("/api/profiles/" + tombstone.id()), "alice", "CANDIDATE").andExpect(status().isNotFound());
		mvc.perform(delete("/api/profiles/" + tombstone.id()).header(AUTHORIZATION, bearer("alice", "CANDIDATE")))
			.andExpect(status().isNotFound());
		verify(repository, never()).update(any(), any());
		verify(repository, never()).tombstone(any(), any());
	}

	@Test
	void candidatesCannotSearchProfiles() throws Exception {
		mvc.perform(get("/api/profiles?skill=Java").header(AUTHORIZATION, bearer("alice", "CANDIDATE")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void recruitersSearchByANormalisedSkillAndGetAPage() throws Exception {
		PageRequest request = PageRequest.of(1, 5, Sort.by("id"));
		Profile profile = stored("alice", 1);
		given(repository.findBySkillKeys("java", request)).willReturn(new PageImpl<>(List.of(profile), request, 6));

		mvc.perform(get("/api/profiles?skill= JaVa &page=1&size=5").header(AUTHORIZATION, bearer("acme", "RECRUITER")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.items[0].id").value(profile.id()))
			.andExpect(jsonPath("$.items[0].version").value(1))
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(5))
			.andExpect(jsonPath("$.total").value(6));
	}

	@Test
	void withoutASkillAgenciesAndAdminsListAllProfilesInPagesOfTwenty() throws Exception {
		PageRequest request = PageRequest.of(0, 20, Sort.by("id"));
		given(repository.findByDeletedIsNull(request)).willReturn(new PageImpl<>(List.of(), request, 0));

		for (String role : List.of("AGENCY", "ADMIN")) {
			mvc.perform(get("/api/profiles").header(AUTHORIZATION, bearer("someone", role)))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.items").isEmpty())
				.andExpect(jsonPath("$.size").value(20))
				.andExpect(jsonPath("$.total").value(0));
		}
	}

	private ResultActions send(MockHttpServletRequestBuilder request, String user, String role) throws Exception {
		return mvc.perform(request.header(AUTHORIZATION, bearer(user, role))
			.contentType(MediaType.APPLICATION_JSON)
			.content(json(body())));
	}

}
