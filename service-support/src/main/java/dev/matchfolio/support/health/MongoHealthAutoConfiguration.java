package dev.matchfolio.support.health;

import com.mongodb.client.MongoClient;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/** Replaces Boot's MongoDB health check with {@link MongoPingHealthIndicator}. */
@AutoConfiguration(afterName = "org.springframework.boot.mongodb.autoconfigure.MongoAutoConfiguration",
		beforeName = "org.springframework.boot.mongodb.autoconfigure.health.MongoHealthContributorAutoConfiguration")
@ConditionalOnClass(MongoClient.class)
public class MongoHealthAutoConfiguration {

	/** Named like Boot's own, which then stands back. */
	@Bean(name = "mongoHealthIndicator")
	@ConditionalOnBean(MongoClient.class)
	MongoPingHealthIndicator mongoHealthIndicator(MongoClient client) {
		return new MongoPingHealthIndicator(client);
	}

}
