package dev.matchfolio.profile;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import dev.matchfolio.events.Engagement;
import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.ProfileDeleted;
import dev.matchfolio.events.ProfileEvent;
import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.events.ProfileUpserted;
import dev.matchfolio.events.WorkMode;
import org.junit.jupiter.api.Test;

import static dev.matchfolio.profile.ProfileFixtures.stored;
import static org.assertj.core.api.Assertions.assertThat;

class ProfileEventsTest {

	@Test
	void snapshotCarriesEveryFieldOfTheProfile() {
		Profile profile = stored("alice", 3);

		ProfileSnapshot snapshot = ProfileEvents.snapshot(profile);

		assertThat(snapshot).isEqualTo(new ProfileSnapshot(profile.id(), "alice", "Alice Doe",
				"Back-end engineer, payments", new ProfileSnapshot.Location("Berlin", "DE"), "Europe/Berlin",
				List.of(WorkMode.REMOTE, WorkMode.HYBRID),
				List.of(Engagement.FULL_TIME, Engagement.FREELANCE, Engagement.INTERNSHIP), 4,
				List.of(new ProfileSnapshot.Skill("Java", 3, null), new ProfileSnapshot.Skill("Postgres", 3, null)),
				new ProfileSnapshot.Money(new BigDecimal("60"), "EUR"),
				new ProfileSnapshot.Money(new BigDecimal("65000"), "EUR"), LocalDate.of(2026, 12, 1), 40,
				List.of(new ProfileSnapshot.Education("TU Berlin", "BSc", "Computer Science", 2027))));
	}

	@Test
	void optionalPartsLeftOutStayNullOrEmpty() {
		Profile profile = Profile.create("bo", new ProfileContent("Bo", null, null, null, null, null, null, null,
				null, null, null, null, null));

		ProfileSnapshot snapshot = ProfileEvents.snapshot(profile);

		assertThat(snapshot.location()).isNull();
		assertThat(snapshot.hourlyRate()).isNull();
		assertThat(snapshot.annualSalary()).isNull();
		assertThat(snapshot.skills()).isEmpty();
		assertThat(snapshot.education()).isEmpty();
		assertThat(snapshot.workModes()).isEmpty();
	}

	@Test
	void upsertCarriesTheStoredVersionAndIsKeyedByTheProfileId() {
		Profile profile = stored("alice", 3);

		ProfileUpserted event = ProfileEvents.upserted(profile);

		assertThat(event.candidateId()).isEqualTo(profile.id());
		assertThat(event.version()).isEqualTo(3);
		assertThat(event.schemaVersion()).isEqualTo(ProfileEvent.SCHEMA_VERSION);
		assertThat(event.profile()).isEqualTo(ProfileEvents.snapshot(profile));
	}

	@Test
	void deletionIsOneVersionAfterTheLastStoredOne() {
		Profile profile = stored("alice", 3);

		ProfileDeleted event = ProfileEvents.deleted(profile);

		assertThat(event.candidateId()).isEqualTo(profile.id());
		assertThat(event.version()).isEqualTo(4);
	}

	@Test
	void eventsSurviveTheWireFormat() {
		ProfileUpserted upserted = ProfileEvents.upserted(stored("alice", 3));

		assertThat(EventJson.readProfileEvent(EventJson.write(upserted))).isEqualTo(upserted);
	}

}
