package dev.matchfolio;

import jakarta.validation.constraints.Positive;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.validation.annotation.Validated;

/**
 * How the topics this service owns are created: {@code portfolio-events} and the dead-letter topic of what it
 * consumes. Partitions are per candidate id, so more partitions only spread candidates, never reorder one.
 */
@Validated
@ConfigurationProperties("portfolio.topics")
public record TopicProperties(@Positive int partitions, @Positive short replicas) {

	public NewTopic topic(String name) {
		return TopicBuilder.name(name).partitions(partitions).replicas(replicas).build();
	}

}
