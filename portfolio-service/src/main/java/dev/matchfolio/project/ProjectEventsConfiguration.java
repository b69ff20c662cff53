package dev.matchfolio.project;

import dev.matchfolio.TopicProperties;
import dev.matchfolio.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Declares the portfolio topic, so Kafka's admin creates it with the intended partitions at start-up. The events
 * themselves are published by the outbox relay of service-support ({@code matchfolio.outbox.*}).
 */
@Configuration(proxyBeanMethods = false)
class ProjectEventsConfiguration {

	@Bean
	NewTopic portfolioEventsTopic(TopicProperties topics) {
		return topics.topic(Topics.PORTFOLIO_EVENTS);
	}

}
