package dev.matchfolio.profile;

import java.util.Objects;

import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.ProfileDeleted;
import dev.matchfolio.events.ProfileEvent;
import dev.matchfolio.events.ProfileUpserted;
import dev.matchfolio.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps {@link KnownProfiles} up to date from {@code profile-events}. A record that cannot be read or applied throws,
 * and {@link ProfileEventsConfiguration} retries it and then sends it to the dead-letter topic.
 */
@Component
class ProfileEventListener {

	private static final Logger log = LoggerFactory.getLogger(ProfileEventListener.class);

	private final KnownProfiles profiles;

	private final ApplicationEventPublisher applicationEvents;

	ProfileEventListener(KnownProfiles profiles, ApplicationEventPublisher applicationEvents) {
		this.profiles = profiles;
		this.applicationEvents = applicationEvents;
	}

	@KafkaListener(topics = Topics.PROFILE_EVENTS)
	void onRecord(ConsumerRecord<String, byte[]> record) {
		ProfileEvent event = EventJson.readProfileEvent(Objects.requireNonNull(record.value(), "empty record"));
		Objects.requireNonNull(event.candidateId(), "event without candidateId");
		if (event instanceof ProfileUpserted upserted) {
			String ownerId = Objects.requireNonNull(upserted.profile(), "ProfileUpserted without profile").ownerId();
			apply(KnownProfile.live(upserted.candidateId(), ownerId, upserted.version()));
		}
		else if (event instanceof ProfileDeleted deleted) {
			apply(KnownProfile.tombstone(deleted.candidateId(), deleted.version()));
			// also when the tombstone was already there: a redelivered record may mean the clean-up failed half-way,
			// and running it again is harmless
			if (profiles.isDeleted(deleted.candidateId())) {
				applicationEvents.publishEvent(new ProfileRemoved(deleted.candidateId()));
			}
		}
	}

	private void apply(KnownProfile state) {
		if (!profiles.applyIfNewer(state)) {
			log.debug("Ignored profile event for {} at version {}: not newer than what is stored",
					state.candidateId(), state.version());
		}
	}

}
