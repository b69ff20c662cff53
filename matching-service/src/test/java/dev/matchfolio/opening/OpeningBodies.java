package dev.matchfolio.opening;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import tools.jackson.databind.json.JsonMapper;

/** Request bodies for opening tests: a valid one, and variations of it. */
final class OpeningBodies {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private OpeningBodies() {
	}

	static Map<String, Object> validFields() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("kind", "BACKEND_JOB");
		body.put("title", "Senior Java back-end engineer");
		body.put("organization", "Acme");
		body.put("requiredSkills", List.of(Map.of("name", "Java", "minLevel", 3, "weight", 2.0),
				Map.of("name", "PostgreSQL")));
		body.put("workMode", "HYBRID");
		body.put("location", Map.of("city", "Berlin", "country", "DE"));
		body.put("annualSalaryMax", Map.of("amount", 80000, "currency", "EUR"));
		body.put("startDate", "2027-01-15");
		body.put("hoursPerWeek", 40);
		return body;
	}

	static String validBody() {
		return with(body -> {
		});
	}

	static String with(Consumer<Map<String, Object>> change) {
		Map<String, Object> body = validFields();
		change.accept(body);
		return JSON.writeValueAsString(body);
	}

}
