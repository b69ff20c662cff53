package dev.matchfolio.profile;

import java.util.function.Function;

import dev.matchfolio.events.ProfileDeleted;
import dev.matchfolio.events.ProfileSnapshot;
import dev.matchfolio.events.ProfileUpserted;

/**
 * The one place where a stored profile becomes an event, so the wire contract changes in one file when the model
 * does.
 */
final class ProfileEvents {

	private ProfileEvents() {
	}

	static ProfileUpserted upserted(Profile profile) {
		return ProfileUpserted.of(snapshot(profile), profile.version());
	}

	/** A deletion is one more change to the profile, so consumers order it after the last upsert. */
	static ProfileDeleted deleted(Profile profile) {
		return ProfileDeleted.of(profile.id(), profile.version() + 1);
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
