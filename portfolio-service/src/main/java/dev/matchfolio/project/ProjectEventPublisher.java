package dev.matchfolio.project;

import dev.matchfolio.events.EventJson;
import dev.matchfolio.events.PortfolioEvent;
import dev.matchfolio.events.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.kafka.core.KafkaOperations;

/**
 * Sends portfolio events right after the successful write, keyed by candidate id. A failed send is logged and the
 * write stands: until the transactional outbox replaces this class, an event can be lost when Kafka is down.
 */
class ProjectEventPublisher {

	private static final Logger log = LoggerFactory.getLogger(ProjectEventPublisher.class);

	private final KafkaOperations<String, byte[]> kafka;

	ProjectEventPublisher(KafkaOperations<String, byte[]> kafka) {
		this.kafka = kafka;
	}

	void publish(PortfolioEvent event) {
		try {
			kafka.send(Topics.PORTFOLIO_EVENTS, event.candidateId(), EventJson.write(event))
				.whenComplete((result, ex) -> {
					if (ex != null) {
						logFailure(event, ex);
					}
				});
		}
		catch (RuntimeException ex) {
			logFailure(event, ex);
		}
	}

	private static void logFailure(PortfolioEvent event, Throwable ex) {
		log.error("Could not publish {} of project {} (candidate {}, version {})", event.getClass().getSimpleName(),
				event.projectId(), event.candidateId(), event.version(), ex);
	}

}
