package dev.matchfolio.candidate;

import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.PortfolioEvent;
import dev.matchfolio.events.ProfileEvent;
import dev.matchfolio.events.ProfileUpserted;
import dev.matchfolio.events.ProjectUpserted;
import dev.matchfolio.events.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Feeds the candidate read model from the profile and portfolio topics and announces every change
 * ({@link CandidateChanged}) so the ranking index follows at once.
 */
@Component
class CandidateEventListener {

	private static final Logger log = LoggerFactory.getLogger(CandidateEventListener.class);

	private final CandidateReadModel readModel;

	private final ApplicationEventPublisher publisher;

	CandidateEventListener(CandidateReadModel readModel, ApplicationEventPublisher publisher) {
		this.readModel = readModel;
		this.publisher = publisher;
	}

	@KafkaListener(topics = Topics.PROFILE_EVENTS)
	void onProfileEvent(ConsumerRecord<String, byte[]> record) {
		ProfileEvent event = parse(record, EventJson::readProfileEvent);
		if (event.candidateId() == null || (event instanceof ProfileUpserted upserted && upserted.profile() == null)) {
			throw new InvalidEventException("Incomplete profile event at " + position(record));
		}
		boolean applied = readModel.apply(event);
		announce(applied, event.candidateId());
		log.debug("Profile event {} v{} for {}: {}", event.getClass().getSimpleName(), event.version(),
				event.candidateId(), applied ? "applied" : "stale, ignored");
	}

	@KafkaListener(topics = Topics.PORTFOLIO_EVENTS)
	void onPortfolioEvent(ConsumerRecord<String, byte[]> record) {
		PortfolioEvent event = parse(record, EventJson::readPortfolioEvent);
		if (event.candidateId() == null || event.projectId() == null
				|| (event instanceof ProjectUpserted upserted && upserted.project() == null)) {
			throw new InvalidEventException("Incomplete portfolio event at " + position(record));
		}
		boolean applied = readModel.apply(event);
		announce(applied, event.candidateId());
		log.debug("Portfolio event {} v{} for {}/{}: {}", event.getClass().getSimpleName(), event.version(),
				event.candidateId(), event.projectId(), applied ? "applied" : "stale, ignored");
	}

	private void announce(boolean applied, String candidateId) {
		if (applied) {
			publisher.publishEvent(new CandidateChanged(candidateId));
		}
	}

	private static <T> T parse(ConsumerRecord<String, byte[]> record, Parser<T> parser) {
		if (record.value() == null) {
			throw new InvalidEventException("Empty message at " + position(record));
		}
		try {
			return parser.parse(record.value());
		}
		catch (JacksonException | IllegalArgumentException ex) {
			throw new InvalidEventException("Unreadable event at " + position(record), ex);
		}
	}

	private static String position(ConsumerRecord<?, ?> record) {
		return record.topic() + "-" + record.partition() + "@" + record.offset();
	}

	@FunctionalInterface
	private interface Parser<T> {

		T parse(byte[] json);

	}

}
