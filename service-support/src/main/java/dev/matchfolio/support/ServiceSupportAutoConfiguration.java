package dev.matchfolio.support;

import java.time.Duration;

import com.mongodb.client.MongoClient;
import dev.matchfolio.support.health.KafkaHealthIndicator;
import dev.matchfolio.support.health.MongoPingHealthIndicator;
import dev.matchfolio.support.security.Caller;
import dev.matchfolio.support.web.ProblemDetailsAdvice;
import dev.matchfolio.support.web.RequestIdFilter;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.Ordered;
import org.springframework.kafka.core.KafkaAdmin;

/** Wires the shared web glue into each service: problem details, request ids, and MongoDB and Kafka health. */
@AutoConfiguration(afterName = { "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
		"org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration" },
		beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@Import(ProblemDetailsAdvice.class)
public class ServiceSupportAutoConfiguration {

	@Bean
	FilterRegistrationBean<RequestIdFilter> requestIdFilter() {
		FilterRegistrationBean<RequestIdFilter> registration = new FilterRegistrationBean<>(new RequestIdFilter());
		// before Spring Security, so that even a 401 carries the request id
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	@Bean(name = "kafkaHealthIndicator")
	@ConditionalOnBean(KafkaAdmin.class)
	KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin) {
		return new KafkaHealthIndicator(kafkaAdmin.getConfigurationProperties(), Duration.ofSeconds(2));
	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(MongoClient.class)
	static class MongoHealth {

		/** Named like Boot's own, which then stands back. */
		@Bean(name = "mongoHealthIndicator")
		@ConditionalOnBean(MongoClient.class)
		MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
			return new MongoPingHealthIndicator(client);
		}

	}

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnClass(SpringDocUtils.class)
	static class ApiDocs {

		static {
			// the caller is resolved from the token, not sent by clients
			SpringDocUtils.getConfig().addRequestWrapperToIgnore(Caller.class);
		}

	}

}
