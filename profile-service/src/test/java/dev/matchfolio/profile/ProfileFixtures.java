package dev.matchfolio.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.ProfileEvent;
import dev.matchfolio.events.WorkMode;
import dev.matchfolio.support.outbox.OutboxEntry;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.util.ReflectionTestUtils;

/** The API's example profile, as a request body and as stored state. */
final class ProfileFixtures {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private ProfileFixtures() {
	}

	/** The example body of the API contract; tests change one field of it at a time. */
	static Map<String, Object> body() {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("displayName", "Alice Doe");
		body.put("headline", "Back-end engineer, payments");
		body.put("location", Map.of("city", "Berlin", "country", "DE"));
		body.put("timezone", "Europe/Berlin");
		body.put("workModes", List.of("REMOTE", "HYBRID"));
		body.put("engagements", List.of("FULL_TIME", "FREELANCE", "INTERNSHIP"));
		body.put("yearsOfExperience", 4);
		body.put("skills", List.of(Map.of("name", "Java", "level", 4, "years", 4),
				Map.of("name", "Postgres", "level", 3)));
		body.put("hourlyRate", Map.of("amount", 60, "currency", "EUR"));
		body.put("annualSalary", Map.of("amount", 65000, "currency", "EUR"));
		body.put("availableFrom", "2026-12-01");
		body.put("hoursPerWeek", 40);
		body.put("education", List.of(Map.of("institution", "TU Berlin", "degree", "BSc", "field",
				"Computer Science", "graduationYear", 2027)));
		return body;
	}

	static Map<String, Object> bodyWith(String field, Object value) {
		Map<String, Object> body = body();
		body.put(field, value);
		return body;
	}

	static String json(Object value) {
		return JSON.writeValueAsString(value);
	}

	/** The same example as a validated content record. */
	static ProfileContent content(String... skills) {
		List<Skill> skillList = new ArrayList<>();
		for (String skill : skills) {
			skillList.add(new Skill(skill, 3, null));
		}
		return new ProfileContent("Alice Doe", "Back-end engineer, payments", new Location("Berlin", "DE"),
				"Europe/Berlin", List.of(WorkMode.REMOTE, WorkMode.HYBRID),
				List.of(Engagement.FULL_TIME, Engagement.FREELANCE, Engagement.INTERNSHIP), 4, skillList,
				new Money(new BigDecimal("60"), "EUR"), new Money(new BigDecimal("65000"), "EUR"),
				LocalDate.of(2026, 12, 1), 40,
				List.of(new Education("TU Berlin", "BSc", "Computer Science", 2027)));
	}

	static ProfileContent content() {
		return content("Java", "Postgres");
	}

	/** A profile as the store would return it, with the version the store would have set. */
	static Profile stored(String ownerId, long version) {
		Profile profile = Profile.create(ownerId, content());
		return withVersion(profile, version);
	}

	/** The event an outbox entry holds, read back from its wire form. */
	static ProfileEvent event(OutboxEntry entry) {
		return EventJson.readProfileEvent(entry.payloadBytes());
	}

	static Profile withVersion(Profile profile, long version) {
		ReflectionTestUtils.setField(profile, "version", version);
		return profile;
	}

}
