package dev.matchfolio.support;

import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.web.ApiException;
import dev.matchfolio.testsupport.TestTokens;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@SpringBootTest(classes = ServiceSupportTest.App.class, properties = { "spring.kafka.bootstrap-servers=127.0.0.1:1",
		"management.endpoint.health.group.readiness.include=readinessState,kafka" })
@AutoConfigureMockMvc
class ServiceSupportTest {

	@DynamicPropertySource
	static void keys(DynamicPropertyRegistry registry) {
		registry.add("spring.security.oauth2.resourceserver.jwt.public-key-location", TestTokens::publicKeyLocation);
	}

	@Autowired
	MockMvc mvc;

	@Test
	void noTokenGivesProblem401WithRequestId() throws Exception {
		mvc.perform(get("/things/1"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(header().string("X-Request-Id", matchesPattern("[0-9a-f-]{36}")));
	}

	@Test
	void expiredForgedOrForeignAudienceTokensAreRejected() throws Exception {
		for (String token : new String[] { TestTokens.expiredToken("alice", "CANDIDATE"),
				TestTokens.forgedToken("alice", "CANDIDATE"),
				TestTokens.tokenForAudience("someone-else", "alice", "CANDIDATE") }) {
			mvc.perform(get("/whoami").header("Authorization", "Bearer " + token))
				.andExpect(status().isUnauthorized());
		}
	}

	@Test
	void callerComesFromTheTokenNotFromHeaders() throws Exception {
		mvc.perform(get("/whoami").header("Authorization", TestTokens.bearer("alice", "CANDIDATE", "BOGUS"))
			.header("X-User-Id", "mallory")
			.header("X-Request-Id", "req-42"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Request-Id", "req-42"))
			.andExpect(jsonPath("$.id").value("alice"))
			.andExpect(jsonPath("$.roles[0]").value("CANDIDATE"));
	}

	@Test
	void missingRoleGivesProblem403() throws Exception {
		mvc.perform(get("/admin").header("Authorization", TestTokens.bearer("alice", "CANDIDATE")))
			.andExpect(status().isForbidden())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/admin").header("Authorization", TestTokens.bearer("root", "ADMIN")))
			.andExpect(status().isOk());
	}

	@Test
	void invalidFieldsAreListed() throws Exception {
		mvc.perform(post("/things").header("Authorization", TestTokens.bearer("alice", "CANDIDATE"))
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"\",\"count\":0}"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.errors[*].field", hasItem("name")))
			.andExpect(jsonPath("$.errors[*].field", hasItem("count")));
	}

	@Test
	void malformedJsonWrongTypesAndUnknownFieldsAreProblem400() throws Exception {
		for (String body : new String[] { "{\"name\":", "{\"name\":\"x\",\"count\":\"many\"}",
				"{\"name\":\"x\",\"count\":1,\"admin\":true}", "[]" }) {
			mvc.perform(post("/things").header("Authorization", TestTokens.bearer("alice", "CANDIDATE"))
				.contentType(MediaType.APPLICATION_JSON)
				.content(body))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("about:blank"));
		}
	}

	@Test
	void unusableContentTypesAreProblem415() throws Exception {
		for (String contentType : new String[] { "application/*", "text/xml", "application/x-www-form-urlencoded" }) {
			mvc.perform(post("/things").header("Authorization", TestTokens.bearer("alice", "CANDIDATE"))
				.header("Content-Type", contentType)
				.content("{\"name\":\"x\",\"count\":1}"))
				.andExpect(status().isUnsupportedMediaType())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		}
	}

	@Test
	void apiExceptionsKeepTheirStatusAndUnknownPathsAre404() throws Exception {
		mvc.perform(get("/things/404").header("Authorization", TestTokens.bearer("alice", "CANDIDATE")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.title").value("Not Found"))
			.andExpect(jsonPath("$.detail").value("Thing 404 does not exist"));
		mvc.perform(get("/nowhere").header("Authorization", TestTokens.bearer("alice", "CANDIDATE")))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void unexpectedFailuresAre500WithoutInternals() throws Exception {
		mvc.perform(get("/things/boom").header("Authorization", TestTokens.bearer("alice", "CANDIDATE")))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value("about:blank"))
			.andExpect(jsonPath("$.detail").value("An unexpected error occurred"));
	}

	@SpringBootApplication
	static class App {

		@RestController
		static class Things {

			record NewThing(@NotBlank String name, @Min(1) int count) {
			}

			@PostMapping("/things")
			NewThing create(@Valid @RequestBody NewThing thing) {
				return thing;
			}

			@GetMapping("/things/{id}")
			String read(@PathVariable String id) {
				if (id.equals("boom")) {
					throw new IllegalStateException("secret internals");
				}
				throw ApiException.notFound("Thing", id);
			}

			@GetMapping("/whoami")
			Caller whoami(Caller caller) {
				return caller;
			}

			@GetMapping("/admin")
			@PreAuthorize("hasRole('ADMIN')")
			String admin() {
				return "ok";
			}

		}

	}

}
