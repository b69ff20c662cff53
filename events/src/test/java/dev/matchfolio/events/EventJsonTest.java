package dev.matchfolio.events;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EventJsonTest {

	private static ProfileSnapshot alice() {
		return new ProfileSnapshot("p-1", "alice", "Alice Doe", "Back-end engineer",
				new ProfileSnapshot.Location("Berlin", "DE"), "Europe/Berlin", List.of(WorkMode.REMOTE),
				List.of(Engagement.FULL_TIME, Engagement.FREELANCE), 4,
				List.of(new ProfileSnapshot.Skill("Java", 4, 4), new ProfileSnapshot.Skill("Postgres", 3, null)),
				new ProfileSnapshot.Money(new BigDecimal("60"), "EUR"), null, LocalDate.parse("2026-12-01"), 40,
				List.of(new ProfileSnapshot.Education("TU Berlin", "BSc", "Computer Science", 2027)));
	}

	@Test
	void profileEventsSurviveARoundTripWithTheirType() {
		ProfileEvent upserted = ProfileUpserted.of(alice(), 3);
		ProfileEvent deleted = ProfileDeleted.of("p-1", 4);

		assertThat(EventJson.readProfileEvent(EventJson.write(upserted))).isEqualTo(upserted);
		assertThat(EventJson.readProfileEvent(EventJson.write(deleted))).isEqualTo(deleted);
	}

	@Test
	void portfolioEventsSurviveARoundTripWithTheirType() {
		ProjectSnapshot project = new ProjectSnapshot("pr-1", "p-1", "Ledger", "Double-entry ledger", "Lead",
				List.of("Java", "Kafka"), "https://example.org/ledger", null, LocalDate.parse("2025-01-01"),
				LocalDate.parse("2025-06-30"));
		PortfolioEvent upserted = ProjectUpserted.of(project, 2);
		PortfolioEvent deleted = ProjectDeleted.of("p-1", "pr-1", 3);

		assertThat(EventJson.readPortfolioEvent(EventJson.write(upserted))).isEqualTo(upserted);
		assertThat(EventJson.readPortfolioEvent(EventJson.write(deleted))).isEqualTo(deleted);
	}

	@Test
	void wireFormatNamesTheTypeAndWritesIsoDates() {
		String json = new String(EventJson.write(ProfileUpserted.of(alice(), 1)), StandardCharsets.UTF_8);

		assertThat(json).contains("\"type\":\"ProfileUpserted\"")
			.contains("\"availableFrom\":\"2026-12-01\"")
			.contains("\"schemaVersion\":1");
	}

	@Test
	void readsAnOlderSchemaWithMissingFieldsAndIgnoresUnknownOnes() {
		String v0 = """
				{"type":"ProfileUpserted","eventId":"7f1c2b9e-1d2a-4c55-9a77-1f1f1f1f1f1f",
				 "occurredAt":"2026-11-01T10:00:00Z","candidateId":"p-9","version":2,"schemaVersion":0,
				 "profile":{"id":"p-9","ownerId":"bob","displayName":"Bob","skills":[{"name":"Go"}],
				            "legacyField":"ignored"}}
				""";

		ProfileEvent event = EventJson.readProfileEvent(v0.getBytes(StandardCharsets.UTF_8));

		assertThat(event).isInstanceOf(ProfileUpserted.class);
		ProfileUpserted upserted = (ProfileUpserted) event;
		assertThat(upserted.schemaVersion()).isZero();
		assertThat(upserted.profile().skills()).containsExactly(new ProfileSnapshot.Skill("Go", null, null));
		assertThat(upserted.profile().workModes()).isEmpty();
		assertThat(upserted.profile().education()).isEmpty();
	}

	@Test
	void onSiteIsAcceptedInEitherSpelling() {
		String json = """
				{"type":"ProfileUpserted","eventId":"7f1c2b9e-1d2a-4c55-9a77-1f1f1f1f1f1f",
				 "occurredAt":"2026-11-01T10:00:00Z","candidateId":"p-9","version":1,"schemaVersion":1,
				 "profile":{"id":"p-9","workModes":["ON_SITE","ONSITE"]}}
				""";

		ProfileUpserted event = (ProfileUpserted) EventJson.readProfileEvent(json.getBytes(StandardCharsets.UTF_8));

		assertThat(event.profile().workModes()).containsExactly(WorkMode.ONSITE, WorkMode.ONSITE);
	}

}
