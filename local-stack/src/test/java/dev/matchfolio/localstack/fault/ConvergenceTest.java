package dev.matchfolio.localstack.fault;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

/** The end-of-fault check must see every way a write can go missing or be applied twice. */
class ConvergenceTest {

	private static final Map<String, Acknowledged> EXPECTED = Map.of("p-a",
			new Acknowledged("p-a", 7, "A rev 7", Set.of("x1", "x2"), 6), "p-b",
			new Acknowledged("p-b", 3, "B rev 3", Set.of(), 2));

	@Test
	void aRankingThatShowsExactlyTheAcknowledgedWritesHasNoDifferences() {
		assertThat(Convergence.rankingDifferences(matches(2, item("p-a", "A rev 7", "x1", "x2"), item("p-b", "B rev 3")),
				EXPECTED)).isEmpty();
	}

	@Test
	void aStaleVersionAMissingProjectAndAMissingCandidateAreEachReported() {
		List<String> differences = Convergence.rankingDifferences(matches(1, item("p-a", "A rev 6", "x1")), EXPECTED);

		assertThat(differences).anyMatch(d -> d.contains("ranked as 'A rev 6', last written 'A rev 7'"))
			.anyMatch(d -> d.contains("shows 1 of 2 projects (missing [x2], extra [])"))
			.anyMatch(d -> d.contains("p-b ('B rev 3') is missing"))
			.anyMatch(d -> d.contains("total 1, expected 2"));
	}

	@Test
	void aCandidateRankedTwiceAnUnknownOneAndAPhantomProjectAreReported() {
		List<String> differences = Convergence.rankingDifferences(matches(2, item("p-a", "A rev 7", "x1", "x2", "x9"),
				item("p-b", "B rev 3"), item("p-b", "B rev 3"), item("p-z", "Z")), EXPECTED);

		assertThat(differences).contains("p-b is ranked twice", "unknown candidate p-z is ranked")
			.anyMatch(d -> d.contains("extra [x9]"));
	}

	private static JsonNode matches(int total, String... items) {
		return Http.JSON.readTree("{\"total\": " + total + ", \"items\": [" + String.join(",", items) + "]}");
	}

	private static String item(String id, String name, String... evidence) {
		String ids = evidence.length == 0 ? "" : "\"" + String.join("\", \"", evidence) + "\"";
		return """
				{"candidateId": "%s", "displayName": "%s", "matchedSkills": [
				  {"skill": "Java", "evidence": [%s]}, {"skill": "Spring Boot", "evidence": []}]}"""
			.formatted(id, name, ids);
	}

}
