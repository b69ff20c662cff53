package dev.matchfolio.match;

import java.util.List;
import java.util.Optional;

import dev.matchfolio.WithServiceWebSupport;
import dev.matchfolio.candidate.CandidateReadModel;
import dev.matchfolio.candidate.CandidateState;
import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.events.ProjectSnapshot;
import dev.matchfolio.opening.Opening;
import dev.matchfolio.opening.OpeningKind;
import dev.matchfolio.opening.Openings;
import dev.matchfolio.opening.SkillRequirement;
import dev.matchfolio.ranking.CandidateIndex;
import dev.matchfolio.support.store.LastKnown.Read;
import dev.matchfolio.support.web.ApiException;
import dev.matchfolio.testsupport.TestTokens;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@WebMvcTest(MatchController.class)
@WithServiceWebSupport
@Import({ Matches.class, RankingConfiguration.class })
class MatchControllerTest {

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	CandidateIndex index;

	@MockitoBean
	Openings openings;

	@MockitoBean
	CandidateReadModel candidates;

	@BeforeEach
	void oneOpeningTwoCandidates() {
		Opening internship = mock(Opening.class);
		when(internship.getId()).thenReturn("o-1");
		when(internship.getOwnerId()).thenReturn("agency-1");
		when(internship.isOwnedBy("agency-1")).thenReturn(true);
		when(internship.getKind()).thenReturn(OpeningKind.INTERNSHIP);
		when(internship.getTitle()).thenReturn("Java intern");
		when(internship.getRequiredSkills())
			.thenReturn(List.of(new SkillRequirement("Java", 1, 2.0), new SkillRequirement("SQL", 1, 1.0)));
		when(internship.getNiceToHaveSkills()).thenReturn(List.of());
		when(internship.getRequiredSkillKeys()).thenReturn(List.of("java", "sql"));
		when(openings.read("o-1")).thenReturn(new Read<>(internship, false));
		when(openings.read("o-404")).thenThrow(ApiException.notFound("Opening", "o-404"));
		when(openings.open()).thenReturn(List.of(internship));

		CandidateState alice = candidate("p-alice", "alice", "Java", "SQL");
		CandidateState bob = candidate("p-bob", "bob", "java");
		index.upsert(RankingInputs.candidate(alice));
		index.upsert(RankingInputs.candidate(bob));
		when(candidates.find("p-alice")).thenReturn(Optional.of(alice));
		when(candidates.find("p-404")).thenReturn(Optional.empty());
	}

	@Test
	void recruitersAdminsAndTheOwningAgencySeeTheRanking() throws Exception {
		for (String bearer : new String[] { TestTokens.bearer("any-recruiter", "RECRUITER"),
				TestTokens.bearer("root", "ADMIN"), TestTokens.bearer("agency-1", "AGENCY") }) {
			matches("/api/openings/o-1/matches", bearer).andExpect(status().isOk())
				.andExpect(jsonPath("$.openingId").value("o-1"))
				.andExpect(jsonPath("$.computedAt").isString())
				.andExpect(jsonPath("$.total").value(2))
				.andExpect(jsonPath("$.items[0].rank").value(1))
				.andExpect(jsonPath("$.items[0].candidateId").value("p-alice"))
				.andExpect(jsonPath("$.items[0].displayName").value("Name of alice"))
				.andExpect(jsonPath("$.items[0].score").value(65.4))
				.andExpect(jsonPath("$.items[0].breakdown.requiredSkills").value(1.0))
				.andExpect(jsonPath("$.items[0].breakdown.length()").value(8))
				.andExpect(jsonPath("$.items[0].breakdown.compensation").value(0.5))
				.andExpect(jsonPath("$.items[0].matchedSkills[0].skill").value("Java"))
				.andExpect(jsonPath("$.items[0].matchedSkills[0].via").value("EXACT"))
				.andExpect(jsonPath("$.items[0].matchedSkills[0].evidence[0]").value("pr-p-alice"))
				.andExpect(jsonPath("$.items[1].candidateId").value("p-bob"))
				.andExpect(jsonPath("$.items[1].matchedSkills[0].matchedBy").value("java"))
				.andExpect(jsonPath("$.items[1].missingSkills[0]").value("SQL"))
				.andExpect(jsonPath("$.items[1].explanation").value(
						"Covers 1 of 2 required skills; Java shown in 1 portfolio project; 0 years of experience; missing SQL; "
								+ "weak on education"));
		}
	}

	@Test
	void whileTheStoreIsAwayTheRankingOfALastKnownOpeningIsServedAndSaysSo() throws Exception {
		Opening copy = openings.read("o-1").value();
		when(openings.read("o-1")).thenReturn(new Read<>(copy, true));

		matches("/api/openings/o-1/matches", TestTokens.bearer("r", "RECRUITER")).andExpect(status().isOk())
			.andExpect(header().string("Cache-Status", "matching-service; hit; detail=\"store unavailable\""))
			.andExpect(jsonPath("$.items[0].candidateId").value("p-alice"));
	}

	@Test
	void offsetKeepsRanksCountedFromTheTop() throws Exception {
		matches("/api/openings/o-1/matches?limit=1&offset=1", TestTokens.bearer("r", "RECRUITER"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.total").value(2))
			.andExpect(jsonPath("$.items.length()").value(1))
			.andExpect(jsonPath("$.items[0].rank").value(2));
	}

	@Test
	void candidatesAndOtherAgenciesAreForbidden() throws Exception {
		matches("/api/openings/o-1/matches", TestTokens.bearer("alice", "CANDIDATE")).andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		matches("/api/openings/o-1/matches", TestTokens.bearer("agency-2", "AGENCY")).andExpect(status().isForbidden());
	}

	@Test
	void unknownOpeningIsNotFoundAndBadPagingIsRejected() throws Exception {
		matches("/api/openings/o-404/matches", TestTokens.bearer("r", "RECRUITER")).andExpect(status().isNotFound());
		for (String query : new String[] { "limit=0", "limit=101", "offset=-1", "limit=ten" }) {
			matches("/api/openings/o-1/matches?" + query, TestTokens.bearer("r", "RECRUITER"))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void aCandidateSeesTheirOwnOpenMatchesOnly() throws Exception {
		matches("/api/candidates/p-alice/matches", TestTokens.bearer("alice", "CANDIDATE")).andExpect(status().isOk())
			.andExpect(jsonPath("$.candidateId").value("p-alice"))
			.andExpect(jsonPath("$.total").value(1))
			.andExpect(jsonPath("$.items[0].openingId").value("o-1"))
			.andExpect(jsonPath("$.items[0].title").value("Java intern"))
			.andExpect(jsonPath("$.items[0].kind").value("INTERNSHIP"))
			.andExpect(jsonPath("$.items[0].rank").value(1))
			.andExpect(jsonPath("$.items[0].score").value(65.4))
			.andExpect(jsonPath("$.items[0].missingSkills").isEmpty());
		matches("/api/candidates/p-alice/matches", TestTokens.bearer("bob", "CANDIDATE"))
			.andExpect(status().isForbidden());
		matches("/api/candidates/p-404/matches", TestTokens.bearer("alice", "CANDIDATE"))
			.andExpect(status().isNotFound());
	}

	private ResultActions matches(String path, String bearer) throws Exception {
		return mvc.perform(get(path).header("Authorization", bearer));
	}

	private static CandidateState candidate(String id, String owner, String... skills) {
		ProfileSnapshot profile = new ProfileSnapshot(id, owner, "Name of " + owner, null, null, null, List.of(),
				List.of(Engagement.INTERNSHIP), 0,
				java.util.Arrays.stream(skills).map(name -> new ProfileSnapshot.Skill(name, 2, null)).toList(), null,
				null, null, null, List.of());
		ProjectSnapshot project = new ProjectSnapshot("pr-" + id, id, "Thesis", "A project", null, List.of("Java"), null,
				null, null, null);
		return new CandidateState(id, 1, false, profile, List.of(new CandidateState.Project("pr-" + id, 1, project)));
	}

}
