package dev.matchfolio.project;

import dev.matchfolio.TopicProperties;
import dev.matchfolio.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;

@Configuration(proxyBeanMethods = false)
class ProjectEventsConfiguration {

	@Bean
	ProjectEventPublisher projectEventPublisher(KafkaOperations<String, byte[]> kafka) {
		return new ProjectEventPublisher(kafka);
	}

	@Bean
	NewTopic portfolioEventsTopic(TopicProperties topics) {
		return topics.topic(Topics.PORTFOLIO_EVENTS);
	}

}
