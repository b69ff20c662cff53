package dev.matchfolio.profile;

import java.util.function.Function;

import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.ProfileDeleted;
import dev.matchfolio.events.ProfileEvent;
import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.events.ProfileUpserted;
import dev.matchfolio.events.Topics;
import dev.matchfolio.support.outbox.OutboxEntry;

/**
 * The one place where a stored profile becomes an event, so the wire contract changes in one file when the model
 * does.
 */
final class ProfileEvents {

	private ProfileEvents() {
	}

	static ProfileUpserted upserted(Profile profile) {
		return upserted(profile, profile.version());
	}

	/** The profile's content as it will be stored at {@code version}: the event is written before the store sets it. */
	static ProfileUpserted upserted(Profile profile, long version) {
		return ProfileUpserted.of(snapshot(profile), version);
	}

	/** A deletion is one more change to the profile, so consumers order it after the last upsert. */
	static ProfileDeleted deleted(Profile profile) {
		return ProfileDeleted.of(profile.id(), profile.version() + 1);
	}

	/** The event as it waits in the outbox: keyed by the profile id, so one candidate's events keep their order. */
	static OutboxEntry outboxEntry(ProfileEvent event) {
		return OutboxEntry.of(Topics.PROFILE_EVENTS, event.candidateId(), event.eventId(), event.occurredAt(),
				EventJson.write(event));
	}

	static ProfileSnapshot snapshot(Profile profile) {
		ProfileContent content = profile.content();
		return new ProfileSnapshot(profile.id(), profile.ownerId(), content.displayName(), content.headline(),
				map(content.location(), ProfileEvents::location), content.timezone(), content.workModes(),
				content.engagements(), content.yearsOfExperience(),
				content.skills().stream().map(ProfileEvents::skill).toList(),
				map(content.hourlyRate(), ProfileEvents::money), map(content.annualSalary(), ProfileEvents::money),
				content.availableFrom(), content.hoursPerWeek(),
				content.education().stream().map(ProfileEvents::education).toList());
	}

	private static ProfileSnapshot.Location location(Location location) {
		return new ProfileSnapshot.Location(location.city(), location.country());
	}

	private static ProfileSnapshot.Skill skill(Skill skill) {
		return new ProfileSnapshot.Skill(skill.name(), skill.level(), skill.years());
	}

	private static ProfileSnapshot.Money money(Money money) {
		return new ProfileSnapshot.Money(money.amount(), money.currency());
	}

	private static ProfileSnapshot.Education education(Education education) {
		return new ProfileSnapshot.Education(education.institution(), education.degree(), education.field(),
				education.graduationYear());
	}

	private static <S, T> T map(S value, Function<S, T> mapper) {
		return (value != null) ? mapper.apply(value) : null;
	}

}
