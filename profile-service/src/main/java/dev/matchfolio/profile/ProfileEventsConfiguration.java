package dev.matchfolio.profile;

import dev.matchfolio.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** Declares the profile topic, so Kafka's admin creates it with the intended partitions at start-up. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ProfileProperties.class)
class ProfileEventsConfiguration {

	@Bean
	NewTopic profileEventsTopic(ProfileProperties properties) {
		return TopicBuilder.name(Topics.PROFILE_EVENTS)
			.partitions(properties.events().partitions())
			.replicas(properties.events().replicas())
			.build();
	}

}
