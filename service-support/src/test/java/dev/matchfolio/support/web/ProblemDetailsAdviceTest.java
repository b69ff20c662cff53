package dev.matchfolio.support.web;

import java.time.Duration;

import com.mongodb.MongoSocketOpenException;
import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import dev.matchfolio.support.store.StoreProperties;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A store that cannot be reached is a 503 the client may retry; anything else unexpected stays a 500. */
class ProblemDetailsAdviceTest {

	private static final StoreProperties STORE = new StoreProperties(Duration.ofSeconds(3), Duration.ofSeconds(2),
			Duration.ofSeconds(15), Duration.ofSeconds(7), 10_000, Duration.ofMinutes(10));

	private final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Failing())
		.setControllerAdvice(new ProblemDetailsAdvice(STORE))
		.build();

	@Test
	void storeOutagesAreProblem503WithRetryAfter() throws Exception {
		for (String kind : new String[] { "spring", "timeout", "socket-open", "socket-read", "wrapped" }) {
			mvc.perform(get("/fail/" + kind))
				.andExpect(status().isServiceUnavailable())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(header().string("Retry-After", "7"))
				.andExpect(jsonPath("$.status").value(503))
				.andExpect(jsonPath("$.type").value("about:blank"))
				.andExpect(jsonPath("$.title").value("Service unavailable"))
				.andExpect(jsonPath("$.detail").value("The data store is unavailable; try again shortly"));
		}
	}

	@Test
	void otherFailuresStayProblem500WithoutRetryAfter() throws Exception {
		mvc.perform(get("/fail/bug"))
			.andExpect(status().isInternalServerError())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().doesNotExist("Retry-After"))
			.andExpect(jsonPath("$.detail").value("An unexpected error occurred"));
	}

	@RestController
	static class Failing {

		@GetMapping("/fail/{kind}")
		String fail(@PathVariable String kind) {
			ServerAddress store = new ServerAddress("127.0.0.1", 1);
			throw switch (kind) {
				case "spring" -> new DataAccessResourceFailureException("store away");
				case "timeout" -> new MongoTimeoutException("no server within 3000 ms");
				case "socket-open" -> new MongoSocketOpenException("refused", store);
				case "socket-read" -> new MongoSocketReadException("reset", store);
				case "wrapped" -> new IllegalStateException("GridFS read failed",
						new MongoSocketReadException("reset", store));
				default -> new IllegalStateException("a bug");
			};
		}

	}

}
