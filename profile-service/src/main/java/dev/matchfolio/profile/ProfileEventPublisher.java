package dev.matchfolio.profile;

import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.ProfileEvent;
import dev.matchfolio.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Sends profile events keyed by the profile id, so all events of one candidate stay in order on one partition.
 * Sent right after the database write and not awaited: a failure is logged and the event is lost until the
 * transactional outbox replaces this class.
 */
@Component
class ProfileEventPublisher {

	private static final Logger log = LoggerFactory.getLogger(ProfileEventPublisher.class);

	private final KafkaTemplate<String, byte[]> kafka;

	ProfileEventPublisher(KafkaTemplate<String, byte[]> kafka) {
		this.kafka = kafka;
	}

	void publish(ProfileEvent event) {
		String type = event.getClass().getSimpleName();
		try {
			kafka.send(Topics.PROFILE_EVENTS, event.candidateId(), EventJson.write(event))
				.whenComplete((result, failure) -> {
					if (failure != null) {
						log.error("Could not publish {} {} of profile {} version {}", type, event.eventId(),
								event.candidateId(), event.version(), failure);
					}
				});
		}
		catch (RuntimeException ex) {
			// the profile is already saved: the request succeeds, the event is reported as lost
			log.error("Could not publish {} {} of profile {} version {}", type, event.eventId(), event.candidateId(),
					event.version(), ex);
		}
	}

}
